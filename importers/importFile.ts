// Imports one canonical file: stream, validate, write in batches (one transaction each), record provenance.
// Memory stays flat: at most two batches are held at once (one being written, one being filled).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Gateway } from "../graph/gateway.js";
import type { FileKind } from "./kinds.js";
import { createProgress } from "./progress.js";
import { formatOf, readRows, type FileFormat } from "./read.js";
import { validateRow } from "./rows.js";
import { writeBatch, type BatchRow } from "./write.js";
import { raiseAlerts } from "./alerts.js";

export type OnError = "skip" | "abort";

export interface RowError {
  file: string;
  line: number;
  field: string;
  reason: string;
}

export interface ImportOptions {
  kind: FileKind;
  format?: FileFormat;
  dryRun?: boolean;
  onError?: OnError;
  batchSize?: number;
  source?: string;
  quiet?: boolean;
  /** Adds derived properties to a valid row before it is written (e.g. cyber-patrol scores for messages). */
  enrich?: (kind: FileKind, row: BatchRow) => void;
}

export interface FileReport {
  file: string;
  kind: string;
  batch: string | null;
  dryRun: boolean;
  aborted: boolean;
  read: number;
  imported: number;
  rejected: number;
  placeholders: number;
  /** Watchlist alerts raised by this file's flagged posts. */
  alerts: number;
  errors: RowError[];
  seconds: number;
}

/** `file:line: field: reason`, the form editors and CI logs turn into links. */
export function formatRowError(e: RowError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.reason}`;
}

export function newBatchId(): string {
  return `batch-${new Date().toISOString().replace(/[-:.TZ]/g, "").slice(0, 14)}-${randomBytes(4).toString("hex")}`;
}

/** Every row of a file, read and validated: a row ready to write, or the errors that reject its line. */
async function* checkedRows(
  file: string,
  displayName: string,
  options: ImportOptions,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<{ row: BatchRow } | { line: number; errors: RowError[] }> {
  for await (const item of readRows(file, options.format ?? formatOf(file), { onBytes })) {
    if ("error" in item) {
      yield { line: item.line, errors: [{ file: displayName, line: item.line, field: "(row)", reason: item.error }] };
      continue;
    }
    const result = validateRow(options.kind, item.record);
    if (result.ok) yield { row: { ...result.row, line: item.line } };
    else yield { line: item.line, errors: result.errors.map((e) => ({ file: displayName, line: item.line, ...e })) };
  }
}

/** Reads the whole file and validates every row; writes nothing. */
async function validateFile(file: string, displayName: string, options: ImportOptions): Promise<{ read: number; errors: RowError[] }> {
  const errors: RowError[] = [];
  let read = 0;
  for await (const checked of checkedRows(file, displayName, options)) {
    read += 1;
    if ("errors" in checked) errors.push(...checked.errors);
  }
  return { read, errors };
}

export async function importFile(gateway: Gateway, file: string, options: ImportOptions): Promise<FileReport> {
  const started = Date.now();
  const displayName = path.relative(process.cwd(), file) || file;
  const kind = options.kind;
  const onError = options.onError ?? "skip";
  const report: FileReport = {
    file: displayName,
    kind: kind.name,
    batch: null,
    dryRun: options.dryRun === true,
    aborted: false,
    read: 0,
    imported: 0,
    rejected: 0,
    placeholders: 0,
    alerts: 0,
    errors: [],
    seconds: 0,
  };

  // --dry-run and --on-error abort read the file once without writing: abort must write nothing from a bad file.
  if (options.dryRun || onError === "abort") {
    const checked = await validateFile(file, displayName, options);
    report.read = checked.read;
    report.errors = checked.errors;
    report.rejected = new Set(checked.errors.map((e) => e.line)).size;
    if (options.dryRun || checked.errors.length > 0) {
      report.aborted = !options.dryRun;
      report.seconds = (Date.now() - started) / 1000;
      return report;
    }
    report.read = 0;
  }

  const batchId = newBatchId();
  report.batch = batchId;
  const absolute = path.resolve(file);
  await gateway.mutate(
    "CREATE (b:ImportBatch {id: $id, source: $source, file: $file, kind: $kind, startedAt: datetime()})",
    { id: batchId, source: options.source ?? "cli", file: absolute, kind: kind.name },
    { app: `import:${kind.name}` },
  );

  const size = fs.statSync(file).size;
  let bytes = 0;
  const progress = createProgress(`${displayName}`, size, process.stderr, options.quiet);
  const batchSize = options.batchSize ?? 5000;
  let rows: BatchRow[] = [];
  let inFlight: Promise<void> | null = null;

  const flush = async (batch: BatchRow[]) => {
    // Parsing continues while this batch is written; a second flush waits for the first.
    if (inFlight) await inFlight;
    inFlight = gateway
      .write((tx) => writeBatch(tx, kind, batch, batchId, absolute), { app: `import:${kind.name}`, batch: batchId })
      .then((written) => {
        report.imported += written;
        progress.update(report.imported, bytes);
      });
    // The failure is raised where inFlight is awaited; this only keeps it from counting as unhandled meanwhile.
    inFlight.catch(() => {});
  };

  const rejectedLines = new Set<number>();
  for await (const checked of checkedRows(file, displayName, options, (b) => (bytes = b))) {
    report.read += 1;
    if ("errors" in checked) {
      report.errors.push(...checked.errors);
      rejectedLines.add(checked.line);
      continue;
    }
    const { row } = checked;
    options.enrich?.(kind, row);
    rows.push(row);
    if (rows.length >= batchSize) {
      await flush(rows);
      rows = [];
    }
  }
  if (rows.length > 0) await flush(rows);
  if (inFlight) await inFlight;
  report.rejected = rejectedLines.size;

  const [placeholders] = await gateway.query<{ n: number }>(
    "MATCH (n:Entity {placeholder: true}) WHERE n.importBatch = $batch RETURN count(n) AS n",
    { batch: batchId },
  );
  report.placeholders = placeholders?.n ?? 0;
  if (kind.name === "messages" && options.enrich) report.alerts = await raiseAlerts(gateway, batchId);
  report.seconds = (Date.now() - started) / 1000;
  await gateway.mutate(
    "MATCH (b:ImportBatch {id: $id}) SET b.finishedAt = datetime(), b.counts = $counts, b.errors = $errors",
    {
      id: batchId,
      counts: JSON.stringify({ read: report.read, imported: report.imported, rejected: report.rejected, placeholders: report.placeholders, alerts: report.alerts }),
      errors: JSON.stringify(report.errors.slice(0, 100)),
    },
    { app: `import:${kind.name}` },
  );
  progress.done(`${report.imported.toLocaleString("en")} imported, ${report.rejected} rejected`);
  return report;
}
