/**
 * Edge lists: one tie per row, `source, target[, weight]` (comma, tab, semicolon or whitespace separated), with or
 * without a header. With a header, a column named weight/value/count/… is the weight and further columns become
 * edge attributes; without one, the third column is the weight.
 */
import { EdgeCollector, NodeTable } from "./builder.js";
import type { Row } from "./delimited.js";
import { NetworkFileError } from "./errors.js";
import { parseNumber, quote } from "./text.js";
import type { ParsedNetwork, ParseNetworkOptions } from "./types.js";

const SOURCE_NAMES = new Set(["source", "from", "src", "sender", "caller", "ego", "node1", "node 1", "id1", "actor1", "actor 1", "v1", "i", "head", "origin"]);
const TARGET_NAMES = new Set(["target", "to", "dst", "receiver", "callee", "alter", "node2", "node 2", "id2", "actor2", "actor 2", "v2", "j", "tail", "destination"]);
const WEIGHT_NAMES = new Set(["weight", "value", "w", "count", "strength", "freq", "frequency", "calls"]);

/** A first row whose first two cells are source/target-like names (source,target; from,to; ego,alter; …). */
export function looksLikeNamedEdgeListHeader(first: Row): boolean {
  const a = (first.cells[0] ?? "").trim().toLowerCase();
  const b = (first.cells[1] ?? "").trim().toLowerCase();
  return SOURCE_NAMES.has(a) && TARGET_NAMES.has(b);
}

/** A first row that names its columns: source/target-like names, or a non-numeric third cell above numeric ones. */
export function looksLikeEdgeListHeader(rows: Row[]): boolean {
  const [first, second] = rows;
  if (!first) return false;
  if (looksLikeNamedEdgeListHeader(first)) return true;
  const third = first.cells[2];
  return third !== undefined && parseNumber(third) === undefined && second !== undefined && second.cells[2] !== undefined && parseNumber(second.cells[2]) !== undefined;
}

export function parseEdgeList(rows: Row[], file: string, options: ParseNetworkOptions): ParsedNetwork {
  if (rows.length === 0) throw new NetworkFileError(file, 1, "the file is empty");
  const warnings: string[] = [];
  let body = rows;
  let columns: string[] | undefined;
  let weightCol = 2;
  if (looksLikeEdgeListHeader(rows)) {
    const header = rows[0] as Row;
    columns = header.cells.map((c) => c.trim());
    body = rows.slice(1);
    weightCol = columns.findIndex((c, i) => i >= 2 && WEIGHT_NAMES.has(c.toLowerCase()));
    columns.forEach((c, i) => {
      if (c === "") throw new NetworkFileError(file, header.line, `header column ${i + 1} is empty`);
    });
  }
  const nodes = new NodeTable();
  const edges = new EdgeCollector();
  let missingWeights = 0;
  for (const r of body) {
    if (r.cells.length < 2) throw new NetworkFileError(file, r.line, `an edge needs a source and a target; the row has ${r.cells.length} cell(s)`);
    if (columns && r.cells.length > columns.length) {
      throw new NetworkFileError(file, r.line, `the row has ${r.cells.length} cells, the header names ${columns.length} columns`);
    }
    const source = (r.cells[0] as string).trim();
    const target = (r.cells[1] as string).trim();
    if (source === "") throw new NetworkFileError(file, r.line, "the source is empty");
    if (target === "") throw new NetworkFileError(file, r.line, "the target is empty");
    let weight = 1;
    const rawWeight = weightCol >= 0 ? r.cells[weightCol] : undefined;
    if (rawWeight !== undefined) {
      if (rawWeight.trim() === "") missingWeights++;
      else {
        const w = parseNumber(rawWeight);
        if (w === undefined) {
          throw new NetworkFileError(file, r.line, `the weight ${quote(rawWeight)} is not a number` + (columns ? "" : " (a file without a header row must be source, target[, weight])"));
        }
        weight = w;
      }
    }
    let attributes: Record<string, unknown> | undefined;
    for (let c = 2; c < r.cells.length; c++) {
      if (c === weightCol) continue;
      const v = (r.cells[c] as string).trim();
      if (v === "") continue;
      attributes ??= {};
      attributes[columns ? (columns[c] as string) : `column${c + 1}`] = v;
    }
    nodes.mention(source);
    nodes.mention(target);
    edges.add({ source, target, weight, line: r.line, ...(attributes ? { attributes } : {}) });
  }
  if (missingWeights > 0) warnings.push(`${missingWeights} edge(s) have an empty weight and were given weight 1`);
  const final = edges.finalize({ directed: options.directed, rule: "symmetry", fallbackDirected: false });
  return { format: "edgelist", directed: final.directed, twoMode: false, nodes: nodes.list(), edges: final.edges, warnings: [...warnings, ...final.warnings] };
}
