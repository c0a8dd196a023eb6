// Vite config for the Ariadne web client. `npm run build:web` writes web/dist, which `npm start` serves at "/";
// `npm run dev:web` serves the app with hot reload and forwards /graphql to the API on 127.0.0.1:4000
// (ARIADNE_API_URL overrides that target).
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const apiTarget = process.env.ARIADNE_API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  root: webRoot,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // sigma + graphology + Apollo make one ~600 kB chunk before gzip; that is expected for this app.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    host: "127.0.0.1",
    // The web code imports the one domain schema from graph/, outside web/.
    fs: { allow: [repoRoot] },
    proxy: { "/graphql": { target: apiTarget, changeOrigin: true } },
  },
  preview: {
    proxy: { "/graphql": { target: apiTarget, changeOrigin: true } },
  },
});
