/**
 * Side files of node attributes (e.g. Montagna's montagna_attributes.csv): a CSV with a header, one row per node,
 * an id column. Column types are inferred: all Y/N (yes/no, true/false) = boolean, all numbers = number, else text.
 */
import { readFile } from "node:fs/promises";
import { readCsvRows, sniffDelimiter } from "./delimited.js";
import { NetworkFileError } from "./errors.js";
import { decodeFile, parseNumber, quote } from "./text.js";
import type { AttributeValue } from "./types.js";

export interface NodeAttributeRow {
  /** Node key as in the network files (after `stripPrefix`). */
  key: string;
  line: number;
  attributes: Record<string, AttributeValue>;
}

export interface NodeAttributeTable {
  idColumn: string;
  columns: string[];
  rows: NodeAttributeRow[];
  warnings: string[];
}

export interface NodeAttributeOptions {
  /** Column holding the node key; default the first column. */
  idColumn?: string;
  /** Prefix to remove from ids so they match the network's keys (Montagna: "N" — N18 in the attributes is 18 in the edge lists). */
  stripPrefix?: string;
}

const TRUE = new Set(["y", "yes", "true"]);
const FALSE = new Set(["n", "no", "false"]);

export async function parseNodeAttributes(path: string, options: NodeAttributeOptions = {}): Promise<NodeAttributeTable> {
  const decoded = decodeFile(await readFile(path));
  const delimiter = sniffDelimiter(decoded.text);
  if (delimiter === "whitespace") throw new NetworkFileError(path, 1, "an attribute file must be comma, tab or semicolon separated with a header row");
  const rows = readCsvRows(decoded.bytes, path, delimiter);
  const [header, ...body] = rows;
  if (!header) throw new NetworkFileError(path, 1, "the file is empty");
  const columns = header.cells.map((c) => c.trim());
  columns.forEach((c, i) => {
    if (c === "") throw new NetworkFileError(path, header.line, `header column ${i + 1} is empty`);
    if (columns.indexOf(c) !== i) throw new NetworkFileError(path, header.line, `header column ${quote(c)} is repeated`);
  });
  const idColumn = options.idColumn ?? (columns[0] as string);
  const idIndex = columns.indexOf(idColumn);
  if (idIndex < 0) throw new NetworkFileError(path, header.line, `no column ${quote(idColumn)} (columns: ${columns.join(", ")})`);

  const raw: { key: string; line: number; cells: string[] }[] = [];
  for (const r of body) {
    if (r.cells.length !== columns.length) throw new NetworkFileError(path, r.line, `the row has ${r.cells.length} cells, the header ${columns.length}`);
    let key = (r.cells[idIndex] as string).trim();
    if (key === "") throw new NetworkFileError(path, r.line, `empty ${quote(idColumn)}`);
    if (options.stripPrefix) {
      if (!key.startsWith(options.stripPrefix)) throw new NetworkFileError(path, r.line, `id ${quote(key)} does not start with ${quote(options.stripPrefix)}`);
      key = key.slice(options.stripPrefix.length);
    }
    raw.push({ key, line: r.line, cells: r.cells.map((c) => c.trim()) });
  }

  const kinds = columns.map((_, c) => {
    const values = raw.map((r) => r.cells[c] as string).filter((v) => v !== "");
    if (values.length === 0) return "string";
    if (values.every((v) => TRUE.has(v.toLowerCase()) || FALSE.has(v.toLowerCase()))) return "boolean";
    if (values.every((v) => parseNumber(v) !== undefined)) return "number";
    return "string";
  });

  const warnings: string[] = [];
  const byKey = new Map<string, NodeAttributeRow>();
  for (const r of raw) {
    const attributes: Record<string, AttributeValue> = {};
    columns.forEach((name, c) => {
      if (c === idIndex) return;
      const v = r.cells[c] as string;
      if (v === "") return;
      attributes[name] = kinds[c] === "boolean" ? TRUE.has(v.toLowerCase()) : kinds[c] === "number" ? (parseNumber(v) as number) : v;
    });
    const prev = byKey.get(r.key);
    if (prev) {
      warnings.push(`id ${quote(r.key)} is listed again at line ${r.line} (first at line ${prev.line}); the rows were merged, the first value kept`);
      prev.attributes = { ...attributes, ...prev.attributes };
    } else byKey.set(r.key, { key: r.key, line: r.line, attributes });
  }
  return { idColumn, columns, rows: [...byKey.values()], warnings: [...decoded.warnings, ...warnings] };
}
