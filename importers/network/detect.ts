/** Format detection: distinctive content first (XML root, Pajek star lines, JSON objects), then the extension, then the shape of delimited rows. */
import { extname } from "node:path";
import { readRows, sniffDelimiter, type Delimiter, type Row } from "./delimited.js";
import { looksLikeEdgeListHeader, looksLikeNamedEdgeListHeader } from "./edgelist.js";
import { NetworkFileError } from "./errors.js";
import { looksLikeOneModeMatrix } from "./matrix.js";
import { looksLikeNdjson } from "./ndjson.js";
import { looksLikePajek } from "./pajek.js";
import { parseNumber } from "./text.js";
import { xmlRoot } from "./xml.js";
import type { NetworkFormat } from "./types.js";

const BY_EXTENSION: Record<string, NetworkFormat> = {
  ".net": "pajek",
  ".paj": "pajek",
  ".pajek": "pajek",
  ".graphml": "graphml",
  ".gexf": "gexf",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "ndjson",
};
const DELIMITED_EXTENSIONS = new Set([".csv", ".tsv", ".tab", ".txt", ".dat", ".edges", ".edgelist", ".el", ""]);

export interface Detection {
  format: NetworkFormat;
  /** Delimited formats: the rows already read, so they are not read twice. */
  rows?: Row[];
  delimiter?: Delimiter;
}

/** Which of the two delimited formats the rows are. */
export function classifyRows(rows: Row[], file: string): "matrix-csv" | "edgelist" {
  const header = rows[0];
  if (!header) throw new NetworkFileError(file, 1, "the file is empty");
  if (looksLikeOneModeMatrix(rows)) return "matrix-csv";
  if (looksLikeNamedEdgeListHeader(header)) return "edgelist";
  const sample = rows.slice(0, 50);
  const width = Math.max(...sample.map((r) => r.cells.length));
  if (width >= 4) {
    // A two-mode matrix (numbers under a row of labels), or a damaged one-mode matrix that parseMatrix will explain;
    // an edge list with attribute columns has text in its body.
    const numericBody = sample.slice(1).every((r) => r.cells.slice(1).every((c) => c.trim() === "" || parseNumber(c) !== undefined));
    return !numericBody && looksLikeEdgeListHeader(rows) ? "edgelist" : "matrix-csv";
  }
  if (width >= 2) return "edgelist";
  throw new NetworkFileError(
    file,
    header.line,
    "cannot tell the format: one column only (expected an adjacency matrix, an edge list source,target[,weight], Pajek, GraphML, GEXF or NDJSON)",
  );
}

export function detectFormat(file: string, text: string, bytes: Buffer): Detection {
  const root = xmlRoot(text);
  if (root === "graphml" || root === "gexf") return { format: root };
  if (root === "other") throw new NetworkFileError(file, 1, "an XML file that is neither GraphML (<graphml>) nor GEXF (<gexf>)");
  if (looksLikePajek(text)) return { format: "pajek" };
  if (looksLikeNdjson(text)) return { format: "ndjson" };
  const ext = extname(file).toLowerCase();
  const byExt = BY_EXTENSION[ext];
  if (byExt === "graphml" || byExt === "gexf" || byExt === "pajek" || byExt === "ndjson") {
    // The extension promises a format whose signature the content lacks; let that parser say what is wrong.
    return { format: byExt };
  }
  if (!DELIMITED_EXTENSIONS.has(ext)) {
    throw new NetworkFileError(file, undefined, `unknown network file type ${quote(ext)}: expected .csv/.tsv/.txt (matrix or edge list), .net (Pajek), .graphml, .gexf, .json/.ndjson`);
  }
  const delimiter = sniffDelimiter(text);
  const rows = readRows(bytes, text, file, delimiter);
  if (rows.length === 0) throw new NetworkFileError(file, 1, "the file is empty");
  return { format: classifyRows(rows, file), rows, delimiter };
}

function quote(s: string): string {
  return JSON.stringify(s);
}
