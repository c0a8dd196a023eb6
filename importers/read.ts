// Streams rows out of canonical CSV and NDJSON files with the line an editor shows for each row.
import { parse, type CsvError } from "csv-parse";
import fs from "node:fs";
import readline from "node:readline";
import { Transform, type TransformCallback } from "node:stream";

export type RawRecord = Record<string, unknown>;

export type ReadItem =
  | { line: number; record: RawRecord }
  /** A row the parser itself could not read (bad quoting, wrong number of fields). */
  | { line: number; error: string };

export type FileFormat = "csv" | "ndjson";

export function formatOf(file: string): FileFormat {
  return /\.(ndjson|jsonl)$/i.test(file) ? "ndjson" : "csv";
}

/**
 * CRLF to LF before parsing: csv-parse counts a CRLF inside a quoted field as two lines, which would put
 * every later error on the wrong line. Text values end up with LF line breaks, the usual normal form.
 */
class CrlfToLf extends Transform {
  private pendingCr = false;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let text = chunk.toString("latin1");
    if (this.pendingCr) text = `\r${text}`;
    this.pendingCr = text.endsWith("\r");
    if (this.pendingCr) text = text.slice(0, -1);
    done(null, Buffer.from(text.replace(/\r\n/g, "\n"), "latin1"));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.pendingCr ? Buffer.from("\r", "latin1") : null);
  }
}

export interface ReadOptions {
  /** Called with the bytes read so far, for progress. */
  onBytes?: (bytes: number) => void;
}

function trackBytes(stream: fs.ReadStream, onBytes?: (bytes: number) => void): void {
  if (!onBytes) return;
  let bytes = 0;
  stream.on("data", (chunk) => {
    bytes += chunk.length;
    onBytes(bytes);
  });
}

async function* readCsv(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const input = fs.createReadStream(file);
  trackBytes(input, options.onBytes);
  const skipped: ReadItem[] = [];
  const parser = parse({
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      if (err) skipped.push({ line: Number(err.lines ?? 0), error: csvErrorText(err) });
    },
  });
  const records = input.pipe(new CrlfToLf()).pipe(parser);
  for await (const item of records as AsyncIterable<{ record: RawRecord; raw: string; info: { lines: number } }>) {
    while (skipped.length > 0) yield skipped.shift()!;
    // info.lines is where the record ends; a quoted multi-line field started that many lines earlier.
    const inner = item.raw.replace(/^\n+|\n+$/g, "");
    const newlines = inner.split("\n").length - 1;
    yield { line: item.info.lines - newlines, record: item.record };
  }
  while (skipped.length > 0) yield skipped.shift()!;
}

function csvErrorText(err: CsvError): string {
  switch (err.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
      return "wrong number of fields for the header";
    case "INVALID_OPENING_QUOTE":
      return "a quote inside an unquoted field (quote the whole field and double inner quotes)";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "text after a closing quote";
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is never closed (the rest of the file was read as one field)";
    default:
      return err.message.replace(/ at line \d+.*$/, "");
  }
}

async function* readNdjson(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const input = fs.createReadStream(file, { encoding: "utf8" });
  trackBytes(input, options.onBytes);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (let text of lines) {
    line += 1;
    if (line === 1) text = text.replace(/^\uFEFF/, "");
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    try {
      const value: unknown = JSON.parse(trimmed);
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        yield { line, error: "expected a JSON object on this line" };
      } else {
        yield { line, record: value as RawRecord };
      }
    } catch (err) {
      yield { line, error: `invalid JSON (${(err as Error).message})` };
    }
  }
}

export function readRows(file: string, format: FileFormat = formatOf(file), options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  return format === "csv" ? readCsv(file, options) : readNdjson(file, options);
}
