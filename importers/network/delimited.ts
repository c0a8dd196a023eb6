/** Rows of delimited text (CSV, TSV, semicolon CSV via csv-parse; whitespace-separated via a tokenizer), with line numbers. */
import { CsvError, parse } from "csv-parse/sync";
import { NetworkFileError } from "./errors.js";
import { LineIndex, splitLines, tokenize } from "./text.js";

export interface Row {
  cells: string[];
  /** 1-based line where the record starts. */
  line: number;
}

export type Delimiter = "," | "\t" | ";" | "whitespace";

/** Guesses the delimiter from the first non-empty line: the most frequent of , TAB ; outside quotes, else whitespace. */
export function sniffDelimiter(text: string): Delimiter {
  let first = "";
  for (const { text: t } of splitLines(text.slice(0, 64 * 1024))) {
    if (t.trim() !== "") {
      first = t;
      break;
    }
  }
  const counts = { ",": 0, "\t": 0, ";": 0 };
  let inQuotes = false;
  for (const c of first) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "," || c === "\t" || c === ";")) counts[c]++;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] > 0) return best[0];
  return /\S\s+\S/.test(first) ? "whitespace" : ",";
}

/**
 * Reads every record with csv-parse (RFC 4180 quoting, BOM, CRLF/LF). Rows whose cells are all blank are dropped.
 * The line of a record is computed from csv-parse's byte offsets, so a quoted multi-line cell advances the count.
 */
export function readCsvRows(bytes: Buffer, file: string, delimiter: "," | "\t" | ";"): Row[] {
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(bytes, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = typeof (err as unknown as { lines?: unknown }).lines === "number" ? (err as unknown as { lines: number }).lines : undefined;
      throw new NetworkFileError(file, line, `not valid CSV: ${err.message}`);
    }
    throw err;
  }
  const index = new LineIndex(bytes);
  const rows: Row[] = [];
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (const { record, info } of records) {
    // Skip the line breaks of empty lines between the previous record and this one.
    while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
    const line = index.lineAt(start);
    start = info.bytes;
    if (record.every((c) => c.trim() === "")) continue;
    rows.push({ cells: record, line });
  }
  return rows;
}

/** Whitespace-separated rows (networkx/SNAP/KONECT style edge lists); `#` and `%` lines are comments. */
export function readWhitespaceRows(text: string, file: string): Row[] {
  const rows: Row[] = [];
  for (const { text: t, line } of splitLines(text)) {
    const s = t.trim();
    if (s === "" || s.startsWith("#") || s.startsWith("%")) continue;
    const cells = tokenize(s);
    if (!cells) throw new NetworkFileError(file, line, "a double quote is not closed");
    rows.push({ cells, line });
  }
  return rows;
}

export function readRows(bytes: Buffer, text: string, file: string, delimiter: Delimiter): Row[] {
  return delimiter === "whitespace" ? readWhitespaceRows(text, file) : readCsvRows(bytes, file, delimiter);
}
