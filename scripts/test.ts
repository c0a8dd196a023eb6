// `npm test`: unit tests, then its own throwaway Neo4j for integration and browser tests, then cleanup.
// It never touches a database named by NEO4J_URI: tests write and delete data.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { randomBytes } from "node:crypto";
import { repoRoot } from "../graph/config.js";
import { buildLauncher, freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from "../graph/embedded.js";
import { ensureWebBuilt } from "./webBuild.js";

const say = (line: string) => console.log(`[test] ${line}`);
const resultsDir = path.join(repoRoot, "test-results");
const vitest = path.join(repoRoot, "node_modules", "vitest", "vitest.mjs");

interface Outcome {
  project: string;
  passed: number;
  failed: number;
  exitCode: number;
}

function runVitest(project: string, env: NodeJS.ProcessEnv, extra: string[] = []): Promise<Outcome> {
  const report = path.join(resultsDir, `${project}.json`);
  fs.rmSync(report, { force: true });
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [vitest, "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra],
      { cwd: repoRoot, env, stdio: "inherit" },
    );
    child.on("exit", (code) => {
      let passed = 0;
      let failed = 0;
      try {
        const json = JSON.parse(fs.readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
        passed = json.numPassedTests;
        failed = json.numFailedTests;
      } catch {
        failed = 1; // no report: the run itself broke
      }
      resolve({ project, passed, failed, exitCode: code ?? 1 });
    });
  });
}

/** Starts `npm start`'s server against the test database and resolves with its URL. */
function startApp(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts", "start.ts")], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      console.log(`  ${line}`);
      const m = /ready in .*?: (http:\/\/\S+?)\/ /.exec(line);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once("exit", (code) => reject(new Error(`the app exited (code ${code}) before it was ready`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function main(): Promise<number> {
  fs.mkdirSync(resultsDir, { recursive: true });
  buildLauncher(say);
  ensureWebBuilt(say);

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" };
  for (const key of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "ARIADNE_TEST_URL"]) delete baseEnv[key];

  const outcomes: Outcome[] = [];
  say("unit tests");
  outcomes.push(await runVitest("unit", baseEnv));

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ariadne-test-"));
  let neo4j: EmbeddedNeo4j | undefined;
  let app: ChildProcess | undefined;
  const cleanup = async () => {
    if (app) await stopChild(app);
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
  process.once("SIGTERM", () => void cleanup().then(() => process.exit(143)));

  try {
    say(`starting a throwaway Neo4j (data in ${dataDir})`);
    neo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), password: randomBytes(12).toString("hex"), heap: "1g", pagecache: "256m" });
    say(`Neo4j ${neo4j.neo4jVersion} on ${neo4j.uri} (APOC ${neo4j.apoc ?? "-"}, GDS ${neo4j.gds ?? "-"})`);
    const dbEnv: NodeJS.ProcessEnv = {
      ...baseEnv,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: "neo4j",
      ARIADNE_TEST_DATA_DIR: dataDir,
    };

    say("browser tests (the app with its demo data, driven by Debian's chromium)");
    const adminPassword = randomBytes(12).toString("hex");
    const started = await startApp({
      ...dbEnv,
      PORT: String(await freePort()),
      ARIADNE_DEMO: "1",
      ARIADNE_DATA_DIR: path.join(dataDir, "app"),
      ARIADNE_ADMIN_PASSWORD: adminPassword,
    });
    app = started.child;
    outcomes.push(await runVitest("browser", { ...dbEnv, ARIADNE_TEST_URL: started.url, ARIADNE_TEST_USER: "admin", ARIADNE_TEST_PASSWORD: adminPassword }));
    await stopChild(app);
    app = undefined;

    say("integration tests against the real Neo4j");
    outcomes.push(await runVitest("integration", dbEnv));
  } catch (err) {
    console.error(`[test] ${err instanceof Error ? err.message : String(err)}`);
    outcomes.push({ project: "setup", passed: 0, failed: 1, exitCode: 1 });
  } finally {
    await cleanup();
  }

  const passed = outcomes.reduce((n, o) => n + o.passed, 0);
  const failed = outcomes.reduce((n, o) => n + o.failed, 0);
  for (const o of outcomes) say(`${o.project}: ${o.passed} passed, ${o.failed} failed (exit ${o.exitCode})`);
  const ok = outcomes.every((o) => o.exitCode === 0 && o.failed === 0) && passed > 0;
  console.log(`${passed} passed, ${failed} failed`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[test] ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(2);
  },
);
