/**
 * Adjacency matrices (UCINET-style CSV): header row of column labels after a corner cell ("" or "players" or
 * anything), then one row per actor, label first. Same labels in header and first column = one-mode (cell (i,j)
 * non-zero = tie i -> j, weight = value); disjoint labels = two-mode (rows = actors, mode 0; columns = events,
 * mode 1; tie actor -> event).
 */
import { EdgeCollector, NodeTable } from "./builder.js";
import type { Row } from "./delimited.js";
import { NetworkFileError } from "./errors.js";
import { parseNumber, quote } from "./text.js";
import type { ParsedNetwork, ParseNetworkOptions } from "./types.js";

export type MatrixShape = "one-mode" | "two-mode";

/** Labels of a matrix, checked: none empty, none repeated. */
function labels(cells: string[], line: (i: number) => number, file: string, what: string): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const label = raw.trim();
    if (label === "") throw new NetworkFileError(file, line(i), `${what} ${i + 1} has an empty label`);
    const prev = seen.get(label);
    if (prev !== undefined) throw new NetworkFileError(file, line(i), `${what} label ${quote(label)} is repeated (${what} ${prev + 1} and ${i + 1})`);
    seen.set(label, i);
    return label;
  });
}

/** Whether rows look like a one-mode matrix: the header labels are the first-column labels (any order). */
export function looksLikeOneModeMatrix(rows: Row[]): boolean {
  const [header, ...body] = rows;
  if (!header || body.length === 0 || header.cells.length - 1 !== body.length) return false;
  const cols = new Set(header.cells.slice(1).map((c) => c.trim()));
  if (cols.size !== body.length) return false;
  return body.every((r) => cols.has((r.cells[0] ?? "").trim()));
}

export function parseMatrix(rows: Row[], file: string, options: ParseNetworkOptions): ParsedNetwork {
  const [header, ...body] = rows;
  if (!header) throw new NetworkFileError(file, 1, "the file is empty");
  if (header.cells.length < 2) throw new NetworkFileError(file, header.line, "the header row has no column labels (an adjacency matrix starts with a corner cell, then one label per column)");
  if (body.length === 0) throw new NetworkFileError(file, header.line, "the matrix has a header but no rows");
  const width = header.cells.length;
  const colLabels = labels(header.cells.slice(1), () => header.line, file, "column");
  for (const r of body) {
    if (r.cells.length !== width) {
      throw new NetworkFileError(
        file,
        r.line,
        `ragged matrix: row ${quote((r.cells[0] ?? "").trim())} has ${r.cells.length - 1} value(s), the header has ${width - 1} column label(s)`,
      );
    }
  }
  const rowLabels = labels(
    body.map((r) => r.cells[0] as string),
    (i) => (body[i] as Row).line,
    file,
    "row",
  );

  const colSet = new Set(colLabels);
  const shared = rowLabels.filter((l) => colSet.has(l));
  let shape: MatrixShape;
  if (shared.length === rowLabels.length && rowLabels.length === colLabels.length) shape = "one-mode";
  else if (shared.length === 0) shape = "two-mode";
  else {
    const rowSet = new Set(rowLabels);
    const missingRows = colLabels.filter((l) => !rowSet.has(l));
    const missingCols = rowLabels.filter((l) => !colSet.has(l));
    const list = (xs: string[]) => xs.slice(0, 5).map((x) => quote(x)).join(", ") + (xs.length > 5 ? ", …" : "");
    throw new NetworkFileError(
      file,
      header.line,
      "the row labels and the column labels partly differ: a one-mode matrix needs the same labels in the header and " +
        "the first column, a two-mode matrix entirely different ones" +
        (missingRows.length ? `; columns without a row: ${list(missingRows)}` : "") +
        (missingCols.length ? `; rows without a column: ${list(missingCols)}` : ""),
    );
  }

  const warnings: string[] = [];
  const nodes = new NodeTable();
  const edges = new EdgeCollector();
  if (shape === "one-mode") {
    if (colLabels.some((l, i) => l !== rowLabels[i])) warnings.push("the columns are not in the order of the rows; cells were matched by label");
    for (const l of colLabels) nodes.add(l, l);
  } else {
    for (const l of rowLabels) nodes.add(l, l, {}, 0);
    for (const l of colLabels) nodes.add(l, l, {}, 1);
  }

  for (let i = 0; i < body.length; i++) {
    const r = body[i] as Row;
    const source = rowLabels[i] as string;
    for (let j = 1; j < width; j++) {
      const raw = r.cells[j] as string;
      const value = parseNumber(raw);
      if (value === undefined) {
        throw new NetworkFileError(
          file,
          r.line,
          `cell (row ${quote(source)}, column ${quote(colLabels[j - 1] as string)}) is ${raw.trim() === "" ? "empty" : quote(raw)}, not a number`,
        );
      }
      if (value !== 0) edges.add({ source, target: colLabels[j - 1] as string, weight: value, line: r.line });
    }
  }

  const twoMode = shape === "two-mode";
  const final = edges.finalize(
    twoMode
      ? { directed: options.directed, rule: "declared", fallbackDirected: true }
      : { directed: options.directed, rule: "symmetry", fallbackDirected: false },
  );
  return {
    format: "matrix-csv",
    directed: final.directed,
    twoMode,
    nodes: nodes.list(),
    edges: final.edges,
    warnings: [...warnings, ...final.warnings],
  };
}
