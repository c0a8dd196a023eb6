// Writing a world to a folder: one pass over the cells, every file written as rows are produced, buffered in
// chunks of about a megabyte, so memory stays flat however large the world is.

import { mkdir, open, writeFile, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { csvLine, ndjsonLine, type Cell } from "./csv.js";
import {
  CANONICAL_COLUMNS, CANONICAL_KINDS, GROUND_TRUTH_COLUMNS, MESSAGE_LABEL_COLUMNS, type CanonicalKind,
} from "./schema.js";
import { isExternalId } from "./ids.js";
import type { World, WorldCounts } from "./world.js";

export type OutputFormat = "csv" | "ndjson";

export interface WriteOptions {
  /** Canonical files as CSV (default) or NDJSON; the ground truth is always CSV. */
  format?: OutputFormat;
  /** Line ending of CSV files (default LF; RFC 4180 says CRLF, the importers accept both). */
  eol?: "\n" | "\r\n";
  /** Called after each cell. */
  onProgress?: (cellsDone: number, cellsTotal: number) => void;
}

export interface WriteResult {
  dir: string;
  format: OutputFormat;
  /** Rows per file name. */
  files: Record<string, number>;
  counts: WorldCounts;
  /** Distinct ids referenced on purpose but declared by no file (the importer makes placeholders of them). */
  undeclaredIds: number;
}

const FLUSH_AT = 1 << 20;

class Sink {
  private chunks: string[] = [];
  private size = 0;
  rows = 0;

  private constructor(
    readonly name: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(dir: string, name: string): Promise<Sink> {
    return new Sink(name, await open(join(dir, name), "w"));
  }

  push(s: string, row = true): void {
    this.chunks.push(s);
    this.size += s.length;
    if (row) this.rows++;
  }

  async flush(force = false): Promise<void> {
    if (this.size === 0 || (!force && this.size < FLUSH_AT)) return;
    const data = this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    await this.handle.write(data);
  }

  async close(): Promise<void> {
    await this.flush(true);
    await this.handle.close();
  }
}

/** Canonical file names for a format: persons.csv or persons.ndjson, and so on. */
export function fileNames(format: OutputFormat = "csv"): Record<CanonicalKind, string> {
  return Object.fromEntries(CANONICAL_KINDS.map((k) => [k, `${k}.${format}`])) as Record<CanonicalKind, string>;
}

export async function writeWorld(world: World, outDir: string, options: WriteOptions = {}): Promise<WriteResult> {
  const format = options.format ?? "csv";
  const eol = options.eol ?? "\n";
  await mkdir(outDir, { recursive: true });
  const names = fileNames(format);
  const sinks = {} as Record<CanonicalKind, Sink>;
  for (const kind of CANONICAL_KINDS) sinks[kind] = await Sink.open(outDir, names[kind]);
  const truth = await Sink.open(outDir, "ground_truth.csv");
  const labels = await Sink.open(outDir, "message_labels.csv");
  const orgs = await Sink.open(outDir, "organisations.json");
  const all = [...Object.values(sinks), truth, labels, orgs];

  const line = (kind: CanonicalKind, row: object): string => {
    const cols = CANONICAL_COLUMNS[kind] as readonly string[];
    const values = cols.map((c) => (row as Record<string, Cell>)[c]);
    return format === "csv" ? csvLine(values, eol) : ndjsonLine(cols, values);
  };
  if (format === "csv") for (const kind of CANONICAL_KINDS) sinks[kind].push(csvLine(CANONICAL_COLUMNS[kind], eol), false);
  truth.push(csvLine(GROUND_TRUTH_COLUMNS, eol), false);
  labels.push(csvLine(MESSAGE_LABEL_COLUMNS, eol), false);
  orgs.push("[\n", false);

  const external = new Set<string>();
  let messageBase = 0;
  let paymentBase = 0;
  let done = 0;
  try {
    for (const c of world.cells()) {
      for (const r of c.persons()) sinks.persons.push(line("persons", r));
      for (const r of c.accounts()) sinks.accounts.push(line("accounts", r));
      for (const r of c.wallets()) sinks.wallets.push(line("wallets", r));
      const messages = c.messages(messageBase);
      messageBase += messages.length;
      for (const m of messages) {
        if (m.row.to_account && isExternalId(m.row.to_account)) external.add(m.row.to_account);
        sinks.messages.push(line("messages", m.row));
        labels.push(csvLine(MESSAGE_LABEL_COLUMNS.map((k) => m.label[k]), eol));
      }
      const payments = c.payments(paymentBase);
      paymentBase += payments.length;
      for (const r of payments) {
        if (isExternalId(r.to_id)) external.add(r.to_id);
        sinks.payments.push(line("payments", r));
      }
      for (const r of c.shipments()) sinks.shipments.push(line("shipments", r));
      for (const r of c.arrests()) sinks.arrests.push(line("arrests", r));
      for (const r of c.groundTruth()) truth.push(csvLine(GROUND_TRUTH_COLUMNS.map((k) => r[k]), eol));
      for (const o of c.organisations()) orgs.push(`${orgs.rows > 0 ? ",\n" : ""}${JSON.stringify(o)}`);
      for (const s of all) await s.flush();
      options.onProgress?.(++done, world.organisationCount);
    }
    orgs.push("\n]\n", false);
  } finally {
    for (const s of all) await s.close();
  }

  const files: Record<string, number> = {};
  for (const kind of CANONICAL_KINDS) files[names[kind]] = sinks[kind].rows;
  files["ground_truth.csv"] = truth.rows;
  files["message_labels.csv"] = labels.rows;
  files["organisations.json"] = orgs.rows;
  const counts = {
    ...(Object.fromEntries(CANONICAL_KINDS.map((k) => [k, sinks[k].rows])) as Record<CanonicalKind, number>),
    groundTruth: truth.rows,
    messageLabels: labels.rows,
    organisations: orgs.rows,
  };
  const manifest = {
    generator: "ariadne seeds/generator",
    synthetic: true,
    scale: world.options.scale,
    seed: world.options.seed,
    placeholders: world.options.placeholders,
    format,
    organisations: world.organisationCount,
    files,
    undeclaredIds: external.size,
  };
  await writeFile(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir: outDir, format, files, counts, undeclaredIds: external.size };
}
