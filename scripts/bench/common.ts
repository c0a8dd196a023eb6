// Shared pieces of the benchmarks: fresh throwaway Neo4j instances, timing, medians, and writing a section
// of docs/benchmarks.md between markers so each benchmark updates only its own part.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { repoRoot } from "../../graph/config.js";
import { buildLauncher, freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../graph/embedded.js";
import { Gateway } from "../../graph/gateway.js";
import { applyMigrations } from "../../graph/migrations.js";

export interface FreshNeo4j {
  neo4j: EmbeddedNeo4j;
  gateway: Gateway;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** A new embedded Neo4j on a free port with an empty store and the schema applied. */
export async function freshNeo4j(label: string, heap = "4g", pagecache = "2g"): Promise<FreshNeo4j> {
  buildLauncher();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ariadne-bench-${label}-`));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), password: randomBytes(12).toString("hex"), heap, pagecache });
  const gateway = new Gateway({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: "neo4j" }, { maxRetryMs: 60_000 });
  await applyMigrations(gateway);
  return {
    neo4j,
    gateway,
    dataDir,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: "neo4j" },
    async stop() {
      await gateway.close();
      await neo4j.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc: steadier than wall time on a shared machine. */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // After "pid (comm) ", utime and stime are fields 12 and 13 (0-based), in clock ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Graph counts by label and relationship type, to check that two loads produced the same graph. */
export async function graphCounts(gateway: Gateway): Promise<{ nodes: number; relationships: number; byLabel: Record<string, number> }> {
  const [row] = await gateway.query<{ nodes: number; relationships: number }>(
    "CALL () { MATCH (n:Entity) RETURN count(n) AS nodes } CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  const labels = await gateway.query<{ label: string; n: number }>("MATCH (n:Entity) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity' RETURN label, count(*) AS n ORDER BY label");
  return { nodes: row!.nodes, relationships: row!.relationships, byLabel: Object.fromEntries(labels.map((l) => [l.label, l.n])) };
}

export function machineLine(): string {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at start ${os.loadavg()[0]!.toFixed(1)}`;
}

/** Replaces the part of docs/benchmarks.md between `<!-- name:start -->` and `<!-- name:end -->`. */
export function writeBenchmarkSection(name: string, markdown: string): string {
  const file = path.join(repoRoot, "docs", "benchmarks.md");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let doc = fs.existsSync(file)
    ? fs.readFileSync(file, "utf8")
    : "# Benchmarks\n\nWritten by the `npm run bench:*` scripts; each run replaces its own section. The machine is shared and\nnoisy: figures are medians of repeated runs where a run is short, and every comparison runs the peer on the same\ndata in the same run.\n";
  const block = `${start}\n${markdown.trim()}\n${end}`;
  if (doc.includes(start) && doc.includes(end)) doc = doc.slice(0, doc.indexOf(start)) + block + doc.slice(doc.indexOf(end) + end.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, doc);
  return file;
}
