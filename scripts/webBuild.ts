// Builds web/dist when it is missing or older than its sources (and the schema it draws colours from).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../graph/config.js";

const SOURCES = ["web/src", "web/index.html", "web/vite.config.ts", "graph/schema.ts", "package-lock.json"];

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) max = Math.max(max, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return max;
}

export function ensureWebBuilt(log: (s: string) => void = console.log): void {
  const index = path.join(repoRoot, "web", "dist", "index.html");
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => newest(path.join(repoRoot, s))));
  if (built >= sources) return;
  log("Building the web app…");
  const result = spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
    cwd: repoRoot,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("Building the web app failed; see the output above.");
}
