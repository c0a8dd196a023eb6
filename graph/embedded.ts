// Runs the embedded Neo4j (graph/neo4j, a Java launcher over Neo4j Community 5.26 jars from Maven Central)
// as a child process. Used only when NEO4J_URI is not set; everything else talks Bolt to whatever URI results.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { repoRoot } from "./config.js";

export const LAUNCHER_DIR = path.join(repoRoot, "graph", "neo4j");
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, "target", "ariadne-neo4j.jar");
const LAUNCHER_LIB = path.join(LAUNCHER_DIR, "target", "lib");
const READY = "ARIADNE_NEO4J_READY ";

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  neo4jVersion: string;
  apoc: string | null;
  gds: string | null;
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  password?: string;
  heap?: string;
  pagecache?: string;
  /** Where the launcher's own log goes (Neo4j's logs are under dataDir/logs). */
  logFile?: string;
  startTimeoutMs?: number;
}

/** Newest modification time of a file, or of any file below a folder; 0 when it does not exist. */
export function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when the launcher jar is missing or older than its sources or pom. */
export function launcherNeedsBuild(): boolean {
  if (!fs.existsSync(LAUNCHER_JAR) || !fs.existsSync(LAUNCHER_LIB)) return true;
  const built = fs.statSync(LAUNCHER_JAR).mtimeMs;
  const sources = Math.max(
    fs.statSync(path.join(LAUNCHER_DIR, "pom.xml")).mtimeMs,
    newestMtime(path.join(LAUNCHER_DIR, "src")),
  );
  return sources > built;
}

/** Fetches the Neo4j jars from Maven Central (first time only) and compiles the launcher. */
export function buildLauncher(log: (line: string) => void = console.log): void {
  if (!launcherNeedsBuild()) return;
  log("Fetching Neo4j 5.26 jars and building the launcher (first run only, about a minute)…");
  const mvn = spawnSync("mvn", ["-q", "-B", "-f", path.join(LAUNCHER_DIR, "pom.xml"), "package", "-DskipTests"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (mvn.error) throw new Error(`Could not run Maven (mvn): ${mvn.error.message}. Install Maven and Java 17.`);
  if (mvn.status !== 0) throw new Error(`Maven failed to build graph/neo4j (exit ${mvn.status}); see its output above.`);
}

/** The embedded DBMS password: NEO4J_PASSWORD when set, else generated once and kept in the data dir. */
export function embeddedPassword(dataDir: string, fromEnv?: string): string {
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, "neo4j-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(18).toString("base64url");
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}

export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A free TCP port on loopback chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  buildLauncher();
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  if (!(await portIsFree(options.port))) {
    throw new Error(
      `Port ${options.port} on 127.0.0.1 is in use, so the embedded Neo4j cannot listen there. ` +
        `Another Ariadne may be running; stop it, or set NEO4J_BOLT_PORT to another port, or NEO4J_URI to use that server.`,
    );
  }
  const password = embeddedPassword(dataDir, options.password);
  const logFile = options.logFile ?? path.join(dataDir, "launcher.log");
  const logStream = fs.createWriteStream(logFile, { flags: "a" });
  const tail: string[] = [];

  const child: ChildProcess = spawn(
    "java",
    [
      `-Xmx${options.heap ?? "1g"}`,
      "-XX:+UseG1GC",
      "-XX:+ExitOnOutOfMemoryError",
      "-cp",
      `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_LIB, "*")}`,
      "ariadne.Launcher",
    ],
    {
      // stdin stays open as a lifeline: when this process dies, the launcher sees EOF and shuts down.
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        ARIADNE_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: String(options.port),
        NEO4J_PASSWORD: password,
        ARIADNE_NEO4J_LIB: LAUNCHER_LIB,
        ARIADNE_PAGECACHE: options.pagecache ?? "512m",
      },
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.stderr!.on("data", (chunk: Buffer) => {
    logStream.write(chunk);
    tail.push(...chunk.toString().split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 30));
  });

  const ready = new Promise<{ neo4jVersion: string; apoc: string | null; gds: string | null }>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      logStream.write(`${line}\n`);
      if (line.startsWith(READY)) resolve(JSON.parse(line.slice(READY.length)));
    });
    child.once("error", (err) => reject(new Error(`Could not start java: ${err.message}. Install Java 17.`)));
    void exited.then((code) =>
      reject(
        new Error(
          `The embedded Neo4j exited (code ${code}) before it was ready. Last lines of ${logFile}:\n${tail.join("\n")}`,
        ),
      ),
    );
  });
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The embedded Neo4j was not ready after ${timeoutMs / 1000} s; see ${logFile}`)), timeoutMs);
  });

  let info: { neo4jVersion: string; apoc: string | null; gds: string | null };
  try {
    info = await Promise.race([ready, timeout]);
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  } finally {
    clearTimeout(timer);
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(killer);
      }
      logStream.end();
    })());

  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    user: "neo4j",
    password,
    pid: child.pid!,
    ...info,
    stop,
  };
}
