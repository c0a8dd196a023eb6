import { defineConfig } from "vitest/config";

// Three test levels, each its own project: pure unit tests, integration tests against the real Neo4j
// that scripts/test.ts starts (NEO4J_URI is set for them), and browser tests driving Debian's chromium.
export default defineConfig({
  resolve: {
    // One graphql copy only: type-graphql and @apollo/server must see the same module instance.
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.int.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.browser.test.ts"],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
