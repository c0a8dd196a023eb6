// `npm run bench:import [-- --scale 500 --seed 1]`: generates a world (scale 500: >1M messages, >200k
// payments), imports it with Ariadne's importer into a fresh Neo4j, imports it again (the rerun), and loads
// the same files into another fresh Neo4j with Neo4j's own LOAD CSV … CALL { … } IN TRANSACTIONS. Writes
// rows/s, the ratio, the rerun cost and peak memory to docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../../graph/config.js";
import { KIND_NAMES } from "../../importers/kinds.js";
import { generateWorld, writeWorld } from "../../seeds/generator/index.js";
import { cpuSeconds, fmt, freshNeo4j, graphCounts, machineLine, writeBenchmarkSection, type FreshNeo4j } from "./common.js";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "500" }, seed: { type: "string", default: "1" }, "batch-size": { type: "string", default: "5000" } },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
const batchSize = Number(values["batch-size"]);
const say = (s: string) => console.log(`[bench:import] ${s}`);


// The same graph as importers/write.ts builds (labels, typed properties, references with placeholders,
// relationship times and amounts, provenance), written as LOAD CSV the way a Neo4j user would.
const ref = (column: string, rel: string, dir: "in" | "out", label: string | null, extra = "") => `
  WITH n, row
  CALL (n, row) {
    WITH n, row WHERE row.${column} IS NOT NULL
    MERGE (t:Entity {id: row.${column}})
    ON CREATE SET ${label ? `t:${label}, ` : ""}t.placeholder = true, t.createdAt = datetime(), t.importBatch = $batch, t.sourceFile = $file
    MERGE ${dir === "in" ? `(t)-[r:${rel}]->(n)` : `(n)-[r:${rel}]->(t)`}
    SET r.importBatch = $batch, r.sourceFile = $file, r.sourceLine = linenumber()${extra}
  }`;

const PROV = "n.placeholder = false, n.importBatch = $batch, n.sourceFile = $file, n.sourceLine = linenumber(), n.updatedAt = datetime()";

const LOAD_CSV: Record<string, string> = {
  persons: `SET n:Person, n.name = row.name, n.aliases = split(row.aliases, ';'), n.nationality = row.nationality, n.birthDate = date(row.birth_date), ${PROV}`,
  accounts: `SET n:Account, n.platform = row.platform, n.handle = row.handle, n.displayName = row.display_name, n.accountCreatedAt = datetime(row.created_at), ${PROV}
  ${ref("person_id", "OPERATES", "in", "Person")}`,
  wallets: `SET n:Wallet, n.kind = row.kind, n.identifier = row.identifier, n.institution = row.institution, ${PROV}
  ${ref("owner_id", "OWNS", "in", null)}`,
  messages: `SET n:Message, n.platform = row.platform, n.sentAt = datetime(row.sent_at), n.text = row.text, n.lang = row.lang, ${PROV}
  ${ref("from_account", "SENT", "in", "Account", ", r.at = n.sentAt")}
  ${ref("to_account", "SENT_TO", "out", "Account", ", r.at = n.sentAt")}
  ${ref("reply_to", "REPLIED_TO", "out", "Message")}`,
  payments: `SET n:Payment, n.amount = toFloat(row.amount), n.currency = row.currency, n.method = row.method, n.paidAt = datetime(row.paid_at), n.reference = row.reference, ${PROV}
  ${ref("from_id", "PAID", "in", null, ", r.at = n.paidAt, r.amount = n.amount")}
  ${ref("to_id", "PAID_TO", "out", null, ", r.at = n.paidAt, r.amount = n.amount")}`,
  shipments: `SET n:Shipment, n.method = row.method, n.originCountry = row.origin_country, n.destinationCountry = row.destination_country, n.port = row.port,
    n.shippedAt = datetime(row.shipped_at), n.seized = toBoolean(row.seized), n.drug = row.drug, n.quantityG = toFloat(row.quantity_g), ${PROV}
  ${ref("sender_id", "SENT_SHIPMENT", "in", null, ", r.at = n.shippedAt")}
  ${ref("recipient_id", "ADDRESSED_TO", "out", null, ", r.at = n.shippedAt")}
  ${ref("courier_id", "CARRIED", "in", null, ", r.at = n.shippedAt")}`,
  arrests: `SET n:Arrest, n.arrestedAt = datetime(row.arrested_at), n.location = row.location, n.charges = split(row.charges, ';'), n.agency = row.agency, ${PROV}
  ${ref("person_id", "ARRESTED", "out", "Person", ", r.at = n.arrestedAt")}
  ${ref("shipment_id", "CONCERNS", "out", "Shipment")}`,
};

function loadCsvQuery(kind: string): string {
  return `LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (n:Entity {id: row.id})
  ON CREATE SET n.createdAt = datetime()
  ${LOAD_CSV[kind]}
} IN TRANSACTIONS OF ${batchSize} ROWS`;
}

interface Run {
  seconds: number;
  /** CPU seconds of Neo4j plus the loader process during the load. */
  cpu: number;
  peakRssMb: number | null;
}

function runImporter(db: FreshNeo4j, dir: string, files: string[], label: string): Run {
  const report = path.join(os.tmpdir(), `ariadne-bench-report-${process.pid}.json`);
  say(`${label}: Ariadne importer (${files.length} files)…`);
  const started = process.hrtime.bigint();
  const neo4jCpu = cpuSeconds(db.neo4j.pid);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "importers", "cli.ts"), "--quiet", "--no-patrol", "--batch-size", String(batchSize), "--report", report, ...files.map((f) => path.join(dir, f))],
    { cwd: repoRoot, env: db.env, stdio: ["ignore", "inherit", "inherit"] },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`the importer exited with ${result.status}`);
  const json = JSON.parse(fs.readFileSync(report, "utf8")) as { peakRssMb: number; cpuSeconds: number };
  fs.rmSync(report, { force: true });
  return { seconds, cpu: cpuSeconds(db.neo4j.pid) - neo4jCpu + json.cpuSeconds, peakRssMb: json.peakRssMb };
}

async function runLoadCsv(db: FreshNeo4j, dir: string, files: string[]): Promise<Run> {
  say("LOAD CSV … CALL { … } IN TRANSACTIONS …");
  const started = process.hrtime.bigint();
  const neo4jCpu = cpuSeconds(db.neo4j.pid);
  for (const file of files) {
    const kind = KIND_NAMES.find((k) => file.startsWith(k))!;
    await db.gateway.runAutoCommit(loadCsvQuery(kind), { url: `file://${path.join(dir, file)}`, batch: "load-csv", file });
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: cpuSeconds(db.neo4j.pid) - neo4jCpu, peakRssMb: null };
}

async function main(): Promise<void> {
  const worldDir = path.join(os.tmpdir(), `ariadne-bench-world-s${scale}-seed${seed}`);
  if (!fs.existsSync(path.join(worldDir, "manifest.json"))) {
    say(`generating a world at scale ${scale}, seed ${seed} into ${worldDir}…`);
    // No undeclared ids: both loaders then build exactly the same graph from the rows.
    await writeWorld(generateWorld({ scale, seed, placeholders: false }), worldDir);
  }
  const files = KIND_NAMES.map((k) => `${k}.csv`).filter((f) => fs.existsSync(path.join(worldDir, f)));
  const rows = Object.fromEntries(
    files.map((f) => [f, fs.readFileSync(path.join(worldDir, f), "utf8").split("\n").length - 2]),
  );
  // Line counts overcount rows with quoted newlines; the manifest has the generator's exact row counts.
  const manifest = JSON.parse(fs.readFileSync(path.join(worldDir, "manifest.json"), "utf8")) as { files?: Record<string, number> };
  for (const f of files) if (manifest.files?.[f] !== undefined) rows[f] = manifest.files[f]!;
  const totalRows = Object.values(rows).reduce((a, b) => a + b, 0);
  say(`${fmt(totalRows)} rows: ${files.map((f) => `${f} ${fmt(rows[f]!)}`).join(", ")}`);

  const ours = await freshNeo4j("ariadne");
  let first: Run, rerun: Run, ourCounts;
  try {
    first = runImporter(ours, worldDir, files, "first import");
    ourCounts = await graphCounts(ours.gateway);
    rerun = runImporter(ours, worldDir, files, "rerun");
    const again = await graphCounts(ours.gateway);
    if (JSON.stringify(again) !== JSON.stringify(ourCounts)) throw new Error(`the rerun changed counts: ${JSON.stringify(ourCounts)} → ${JSON.stringify(again)}`);
  } finally {
    await ours.stop();
  }

  const peer = await freshNeo4j("loadcsv");
  let loadCsv: Run, peerCounts;
  try {
    loadCsv = await runLoadCsv(peer, worldDir, files);
    peerCounts = await graphCounts(peer.gateway);
  } finally {
    await peer.stop();
  }

  const rate = (run: Run) => totalRows / run.seconds;
  const same = JSON.stringify(ourCounts) === JSON.stringify(peerCounts);
  const table = `## Import (\`npm run bench:import\`)

Run ${new Date().toISOString().slice(0, 16)}Z on ${machineLine()}. World: scale ${scale}, seed ${seed}, ${fmt(totalRows)} rows
(${files.map((f) => `${f.replace(".csv", "")} ${fmt(rows[f]!)}`).join(", ")}); each loader writes into a fresh embedded Neo4j
5.26 (heap 4g, page cache 2g) with the schema's constraints and indexes in place; batches of ${batchSize} rows. Ariadne's
importer runs without cyber-patrol scoring here (\`--no-patrol\`), so both sides do the same work.

| loader | wall seconds | rows/s | CPU seconds (Neo4j + loader) | rows per CPU second | peak RSS of the loader |
|---|---:|---:|---:|---:|---:|
| Ariadne importer, first import | ${fmt(first.seconds, 1)} | ${fmt(rate(first))} | ${fmt(first.cpu, 1)} | ${fmt(totalRows / first.cpu)} | ${first.peakRssMb} MB |
| Ariadne importer, rerun of the same files | ${fmt(rerun.seconds, 1)} | ${fmt(rate(rerun))} | ${fmt(rerun.cpu, 1)} | ${fmt(totalRows / rerun.cpu)} | ${rerun.peakRssMb} MB |
| Neo4j \`LOAD CSV … CALL { … } IN TRANSACTIONS\` | ${fmt(loadCsv.seconds, 1)} | ${fmt(rate(loadCsv))} | ${fmt(loadCsv.cpu, 1)} | ${fmt(totalRows / loadCsv.cpu)} | (inside Neo4j) |

- Ariadne ÷ LOAD CSV throughput: **${fmt(rate(first) / rate(loadCsv), 2)}×** by wall time, **${fmt(loadCsv.cpu / first.cpu, 2)}×** by CPU
  time (goal ≥ 1.0×). The machine is shared: CPU time is the steadier of the two.
- Rerun ÷ first import time: **${fmt(rerun.seconds / first.seconds, 2)}×** (goal ≤ 1.5×); the rerun changed no count.
- Same graph from both loaders: ${same ? "yes" : "NO"} (${fmt(ourCounts.nodes)} nodes, ${fmt(ourCounts.relationships)} relationships${same ? "" : `; LOAD CSV: ${fmt(peerCounts.nodes)} / ${fmt(peerCounts.relationships)}`}).
- One run each: at this size a run takes minutes, so the noise of the shared machine is small against it; rerun
  \`npm run bench:import -- --scale 20\` several times for quick repeated figures.`;
  const file = writeBenchmarkSection("bench:import", table);
  console.log(table);
  say(`wrote ${path.relative(repoRoot, file)}`);
}

await main();
