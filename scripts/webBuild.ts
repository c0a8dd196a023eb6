// Builds web/dist when it is missing or older than its sources (and the schema it draws colours from).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../graph/config.js";
import { newestMtime } from "../graph/embedded.js";

const SOURCES = ["web/src", "web/index.html", "web/vite.config.ts", "graph/schema.ts", "package-lock.json"];

export function ensureWebBuilt(log: (s: string) => void = console.log): void {
  const index = path.join(repoRoot, "web", "dist", "index.html");
  const built = newestMtime(index);
  const sources = Math.max(...SOURCES.map((s) => newestMtime(path.join(repoRoot, s))));
  if (built >= sources) return;
  log("Building the web app…");
  const result = spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
    cwd: repoRoot,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("Building the web app failed; see the output above.");
}
