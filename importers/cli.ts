// `npm run import -- [options] <files or folders>`. Exit 0: every row imported; 1: rows rejected; 2: fatal.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../graph/config.js";
import { connectForCli } from "./connect.js";
import { KIND_NAMES, byImportOrder, canonicalFilesIn, fileKind, inferKind, type FileKind } from "./kinds.js";
import { formatRowError, importFile, type FileReport, type OnError } from "./importFile.js";
import type { NetworkReport } from "./networkImport.js";
import { NETWORK_FORMATS, type NetworkFormat } from "./network/types.js";
import { patrolEnricher } from "./enrich.js";

const HELP = `Usage: npm run import -- [options] <files or folders>

Loads canonical files (CSV or NDJSON) into Neo4j. Files import in any order; a rerun changes nothing.
Kinds: ${KIND_NAMES.join(", ")} (inferred from the file name, e.g. payments.csv, payments-2025.ndjson).

Options:
  --kind <kind>          file kind, when the file name does not say it
  --dry-run              read and validate everything, write nothing
  --on-error skip|abort  skip (default): import the good rows, report the bad ones;
                         abort: write nothing from a file that has any bad row
  --batch-size <n>       rows per transaction (default 5000)
  --source <name>        provenance label stored on the import batch (default "cli")
  --report <file>        write a machine-readable JSON report of every file and rejected row
  --network <file>       load an analyst's network file (adjacency-matrix CSV, edge list, Pajek .net,
                         GraphML, GEXF, NDJSON) as Person nodes and weighted ASSOCIATED_WITH relationships
  --dataset <name>       namespace for --network node ids (required with --network)
  --directed true|false  force the direction of a --network file (default: inferred)
  --format <format>      force the --network format: matrix-csv, edgelist, pajek, graphml, gexf, ndjson
  --no-patrol            do not score messages with the cyber-patrol model at import
  --quiet                no progress output
  -h, --help             this text

Connection: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, else the running npm start's Neo4j, else an embedded
Neo4j started for the duration of the import.
Exit codes: 0 every row imported, 1 some rows rejected (or a file aborted), 2 fatal error.`;

class UsageError extends Error {}

function collectFiles(inputs: string[], kindOption?: FileKind): { file: string; kind: FileKind }[] {
  const found: { file: string; kind: FileKind }[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) throw new UsageError(`${input}: no such file or folder`);
    if (fs.statSync(input).isDirectory()) {
      found.push(...canonicalFilesIn(input).map((f) => (kindOption ? { ...f, kind: kindOption } : f)));
      continue;
    }
    const kind = kindOption ?? inferKind(path.basename(input));
    if (!kind) throw new UsageError(`${input}: cannot tell its kind from the name; use --kind (${KIND_NAMES.join(", ")})`);
    found.push({ file: input, kind });
  }
  return found.sort(byImportOrder);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kind: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "on-error": { type: "string", default: "skip" },
      "batch-size": { type: "string", default: "5000" },
      source: { type: "string" },
      report: { type: "string" },
      network: { type: "string" },
      dataset: { type: "string" },
      directed: { type: "string" },
      format: { type: "string" },
      "no-patrol": { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const onError = values["on-error"] as OnError;
  if (onError !== "skip" && onError !== "abort") throw new UsageError(`--on-error must be skip or abort, not ${onError}`);
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) throw new UsageError("--batch-size must be a whole number from 1 to 100000");
  const kindOption = values.kind ? fileKind(values.kind) : undefined;
  if (values.kind && !kindOption) throw new UsageError(`--kind must be one of ${KIND_NAMES.join(", ")}`);
  if (values.network && !values.dataset) throw new UsageError("--network needs --dataset <name>");
  if (values.directed && !["true", "false"].includes(values.directed)) throw new UsageError("--directed must be true or false");
  if (values.format && !(NETWORK_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format must be one of ${NETWORK_FORMATS.join(", ")}`);
  const files = values.network ? [] : collectFiles(positionals, kindOption);
  if (!values.network && files.length === 0) throw new UsageError("nothing to import: name files or folders (see --help)");

  const say = values.quiet ? () => {} : (s: string) => console.error(`[import] ${s}`);
  const db = await connectForCli(loadConfig(), say);
  const reports: (FileReport | NetworkReport)[] = [];
  let rejected = 0;
  try {
    if (values.network) {
      const { importNetwork } = await import("./networkImport.js");
      const r = await importNetwork(db.gateway, values.network, {
        dataset: values.dataset!,
        source: values.source,
        directed: values.directed === undefined ? undefined : values.directed === "true",
        format: values.format as NetworkFormat | undefined,
      });
      reports.push(r);
      for (const w of r.warnings) console.error(`${r.file}: warning: ${w}`);
      console.log(`${r.file}: ${r.nodes} nodes, ${r.edges} ${r.directed ? "directed" : "undirected"} ties as dataset ${r.dataset} (${r.format})`);
    }
    const enrich = values["no-patrol"] ? undefined : await patrolEnricher();
    for (const { file, kind } of files) {
      const r = await importFile(db.gateway, file, {
        kind,
        dryRun: values["dry-run"],
        onError,
        batchSize,
        source: values.source,
        quiet: values.quiet,
        enrich,
      });
      reports.push(r);
      rejected += r.rejected;
      for (const e of r.errors.slice(0, 200)) console.error(formatRowError(e));
      if (r.errors.length > 200) console.error(`… and ${r.errors.length - 200} more errors (see --report)`);
      const verb = r.dryRun ? "checked" : r.aborted ? "ABORTED, nothing written" : "imported";
      console.log(
        `${r.file} (${r.kind}): ${r.read} rows read, ${r.dryRun || r.aborted ? r.read - r.rejected : r.imported} ${r.dryRun ? "valid" : verb === "imported" ? "imported" : "valid"}, ${r.rejected} rejected` +
          (r.placeholders ? `, ${r.placeholders} placeholders for ids not declared yet` : "") +
          (r.alerts ? `, ${r.alerts} watchlist alerts` : "") +
          (r.aborted ? ` — ${verb}` : ""),
      );
    }
  } finally {
    if (values.report) {
      const usage = process.resourceUsage();
      const peakRssMb = Math.round(usage.maxRSS / 1024);
      const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
      fs.writeFileSync(values.report, `${JSON.stringify({ peakRssMb, cpuSeconds, files: reports }, null, 2)}\n`);
    }
    await db.close();
  }
  return rejected > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`import: ${err instanceof Error ? err.message : String(err)}`);
      if (!(err instanceof UsageError) && process.env.DEBUG) console.error(err);
      process.exit(2);
    },
  );
}
