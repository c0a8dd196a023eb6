// First step of `npm start` and `npm test` on a fresh clone: installs what the project needs.
// Plain Node (no dependencies), because it runs before node_modules exists.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const forTests = process.argv.includes("--test");

function run(command, args, what) {
  console.log(`[bootstrap] ${what}…`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.error || result.status !== 0) {
    console.error(`[bootstrap] ${what} failed${result.error ? `: ${result.error.message}` : ` (exit ${result.status})`}`);
    process.exit(2);
  }
}

function which(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

// npm dependencies: install when missing or when package-lock.json changed since the last install.
const lock = path.join(root, "package-lock.json");
const installed = path.join(root, "node_modules", ".package-lock.json");
if (!fs.existsSync(installed) || (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs)) {
  run("npm", fs.existsSync(lock) ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"], "Installing npm dependencies");
}

for (const tool of ["java", "mvn"]) {
  if (!which(tool)) {
    console.error(`[bootstrap] ${tool} is missing: Ariadne's embedded Neo4j needs Java 17 and Maven (apt-get install openjdk-17-jdk maven).`);
    if (!process.env.NEO4J_URI) process.exit(2);
  }
}

// Browser tests drive Debian's chromium (Playwright's own browser download cannot work offline); Japanese
// screenshots need a CJK font, else every kanji is an empty box.
const missing = [];
if (forTests && !fs.existsSync("/usr/bin/chromium")) missing.push("chromium");
if (forTests && !fs.existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")) missing.push("fonts-noto-cjk");
// Posts are full of emoji codes (🍁 ❄️ 🔌); without a colour emoji font screenshots show empty boxes.
if (forTests && !fs.existsSync("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")) missing.push("fonts-noto-color-emoji");
if (missing.length > 0) {
  if (process.getuid?.() === 0 && which("apt-get")) {
    run("apt-get", ["update", "-qq"], "Updating apt package lists");
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], `Installing ${missing.join(", ")} for browser tests`);
  } else {
    console.error(`[bootstrap] missing ${missing.join(", ")}; install them (sudo apt-get install ${missing.join(" ")}).`);
    process.exit(2);
  }
}
