/** Decoding and line bookkeeping shared by the format readers. */

const BOM = "\uFEFF";

export interface DecodedFile {
  /** Text without a leading BOM. */
  text: string;
  /** UTF-8 bytes of the file (BOM included when there was one); byte offsets of csv-parse refer to these. */
  bytes: Buffer;
  warnings: string[];
}

export function decodeFile(bytes: Buffer): DecodedFile {
  const warnings: string[] = [];
  let text: string;
  try {
    // Drops a leading BOM (ignoreBOM is false by default).
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Old Pajek and UCINET exports are often Windows-1252/Latin-1; better a readable label than a refusal.
    text = bytes.toString("latin1");
    bytes = Buffer.from(text, "utf8");
    warnings.push("the file is not valid UTF-8; it was read as Latin-1");
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  return { text, bytes, warnings };
}

/** Maps an offset (in characters of a string or bytes of a buffer) to a 1-based line number. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string | Uint8Array) {
    if (typeof source === "string") {
      for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) this.starts.push(i + 1);
    } else {
      for (let i = source.indexOf(0x0a); i !== -1; i = source.indexOf(0x0a, i + 1)) this.starts.push(i + 1);
    }
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** Splits text into lines (LF or CRLF), keeping 1-based numbers. */
export function splitLines(text: string): { text: string; line: number }[] {
  return text.split("\n").map((t, i) => ({ text: t.endsWith("\r") ? t.slice(0, -1) : t, line: i + 1 }));
}

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number as written in network files ("3", "2.5", "1e-3", "-1"); undefined for anything else. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (!NUMBER_RE.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Shortens a cell or label for an error message. */
export function quote(value: string, max = 60): string {
  const v = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(v);
}

/**
 * Splits a whitespace-separated line into tokens; "double-quoted tokens" may contain spaces (Pajek labels,
 * whitespace edge lists). Returns undefined when a quote is not closed.
 */
export function tokenize(line: string): string[] | undefined {
  const tokens: string[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i] as string;
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === '"') {
      const end = line.indexOf('"', i + 1);
      if (end === -1) return undefined;
      tokens.push(line.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < n && line[j] !== " " && line[j] !== "\t" && line[j] !== "\r") j++;
    tokens.push(line.slice(i, j));
    i = j;
  }
  return tokens;
}
