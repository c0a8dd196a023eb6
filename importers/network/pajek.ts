/**
 * Pajek .net: `*Vertices n [n1]` (n1 = size of the first mode of a two-mode network), vertex lines
 * `id "label" [x y z …]`, then `*Arcs` (directed) / `*Edges` (undirected) lines `i j [weight …]`, or their
 * `*Arcslist` / `*Edgeslist` forms `i j k …`, or a `*Matrix`. `%` starts a comment line.
 */
import { EdgeCollector, NodeTable } from "./builder.js";
import { NetworkFileError } from "./errors.js";
import { parseNumber, quote, splitLines, tokenize } from "./text.js";
import type { AttributeValue, ParsedNetwork, ParseNetworkOptions } from "./types.js";

type Section = "none" | "vertices" | "arcs" | "edges" | "arcslist" | "edgeslist" | "matrix" | "skip";

interface RawTie {
  from: number;
  to: number;
  weight: number;
  line: number;
  undirected: boolean;
  attributes?: Record<string, unknown>;
}

export function looksLikePajek(text: string): boolean {
  for (const { text: t } of splitLines(text.slice(0, 64 * 1024))) {
    const s = t.trim();
    if (s === "" || s.startsWith("%")) continue;
    return /^\*(vertices|network|arcs|edges)\b/i.test(s);
  }
  return false;
}

export function parsePajek(text: string, file: string, options: ParseNetworkOptions): ParsedNetwork {
  const warnings: string[] = [];
  let section: Section = "none";
  let n = -1;
  let n1 = 0;
  const labels = new Map<number, { label: string; line: number; attributes: Record<string, AttributeValue> }>();
  const ties: RawTie[] = [];
  let matrixRow = 0;
  let relation: string | undefined;
  let networks = 0;
  let stopped = false;

  const vertex = (tok: string, line: number): number => {
    const id = Number(tok);
    if (!/^\d+$/.test(tok) || id < 1 || id > n) {
      throw new NetworkFileError(file, line, `vertex ${quote(tok)} is not a vertex number between 1 and ${n}`);
    }
    return id;
  };

  for (const { text: raw, line } of splitLines(text)) {
    if (stopped) break;
    const s = raw.trim();
    if (s === "" || s.startsWith("%")) continue;
    if (s.startsWith("*")) {
      const tokens = tokenize(s) ?? s.split(/\s+/);
      const kw = (tokens[0] as string).toLowerCase();
      if (kw === "*network") {
        networks++;
        if (networks > 1 || n >= 0) {
          warnings.push(`the file holds more than one network; only the first was read (stopped at line ${line})`);
          stopped = true;
        }
        section = "none";
        continue;
      }
      if (kw === "*vertices") {
        if (n >= 0) throw new NetworkFileError(file, line, "a second *Vertices section (one network per file is read)");
        const count = tokens[1];
        if (count === undefined || !/^\d+$/.test(count)) throw new NetworkFileError(file, line, "*Vertices needs the number of vertices");
        n = Number(count);
        if (tokens[2] !== undefined) {
          if (!/^\d+$/.test(tokens[2]) || Number(tokens[2]) > n) throw new NetworkFileError(file, line, `*Vertices ${n} ${quote(tokens[2])}: the size of the first mode must be a number up to ${n}`);
          n1 = Number(tokens[2]);
        }
        section = "vertices";
        continue;
      }
      if (kw === "*arcs" || kw === "*edges" || kw === "*arcslist" || kw === "*edgeslist" || kw === "*matrix") {
        if (n < 0) throw new NetworkFileError(file, line, `${tokens[0]} before *Vertices`);
        section = kw.slice(1) as Section;
        // Multi-relational Pajek: `*Arcs :2 "name"`; the relation name is kept on each tie.
        const named = tokens.slice(1).filter((t) => !t.startsWith(":"));
        relation = named.length > 0 ? named.join(" ") : undefined;
        matrixRow = 0;
        continue;
      }
      // *Partition, *Vector, *Permutation, *Cluster, *Hierarchy … belong to Pajek project files: not network data.
      warnings.push(`section ${tokens[0]} (line ${line}) is not network data and was skipped`);
      section = "skip";
      continue;
    }
    if (section === "skip") continue;
    if (section === "none") throw new NetworkFileError(file, line, "data before any *Vertices, *Arcs or *Edges line");
    const tokens = tokenize(s);
    if (!tokens) throw new NetworkFileError(file, line, "a double quote is not closed");

    if (section === "vertices") {
      const id = vertex(tokens[0] as string, line);
      const label = (tokens[1] ?? String(id)).trim();
      const attributes: Record<string, AttributeValue> = { pajekId: id };
      const coords = tokens.slice(2, 5).map((t) => parseNumber(t));
      if (coords[0] !== undefined && coords[1] !== undefined) {
        attributes.x = coords[0];
        attributes.y = coords[1];
        if (coords[2] !== undefined) attributes.z = coords[2];
      }
      if (labels.has(id)) warnings.push(`vertex ${id} is listed again at line ${line}; the first line was kept`);
      else labels.set(id, { label: label === "" ? String(id) : label, line, attributes });
      continue;
    }

    if (section === "matrix") {
      matrixRow++;
      const rowsExpected = n1 > 0 ? n1 : n;
      const colsExpected = n1 > 0 ? n - n1 : n;
      if (matrixRow > rowsExpected) throw new NetworkFileError(file, line, `*Matrix has more than ${rowsExpected} rows`);
      if (tokens.length !== colsExpected) throw new NetworkFileError(file, line, `ragged *Matrix: row ${matrixRow} has ${tokens.length} values, expected ${colsExpected}`);
      tokens.forEach((t, j) => {
        const v = parseNumber(t);
        if (v === undefined) throw new NetworkFileError(file, line, `*Matrix cell (row ${matrixRow}, column ${j + 1}) is ${quote(t)}, not a number`);
        if (v !== 0) ties.push({ from: matrixRow, to: (n1 > 0 ? n1 : 0) + j + 1, weight: v, line, undirected: false });
      });
      continue;
    }

    const undirected = section === "edges" || section === "edgeslist";
    const attributes = relation ? { relation } : undefined;
    if (section === "arcslist" || section === "edgeslist") {
      const from = vertex(tokens[0] as string, line);
      for (const t of tokens.slice(1)) ties.push({ from, to: vertex(t, line), weight: 1, line, undirected, ...(attributes ? { attributes } : {}) });
      continue;
    }
    if (tokens.length < 2) throw new NetworkFileError(file, line, `a tie needs two vertex numbers; found ${quote(s)}`);
    const from = vertex(tokens[0] as string, line);
    const to = vertex(tokens[1] as string, line);
    let weight = 1;
    let rest = tokens.slice(2);
    if (rest.length > 0) {
      const w = parseNumber(rest[0] as string);
      if (w !== undefined) {
        weight = w;
        rest = rest.slice(1);
      } else if (!/^[a-z]/i.test(rest[0] as string)) {
        throw new NetworkFileError(file, line, `the weight ${quote(rest[0] as string)} is not a number`);
      }
    }
    // Trailing `key value` pairs (Pajek drawing options such as `c Blue`, `l "label"`) kept as attributes.
    let tieAttributes: Record<string, unknown> | undefined = attributes ? { ...attributes } : undefined;
    for (let k = 0; k + 1 < rest.length; k += 2) {
      tieAttributes ??= {};
      tieAttributes[rest[k] as string] = rest[k + 1];
    }
    ties.push({ from, to, weight, line, undirected, ...(tieAttributes ? { attributes: tieAttributes } : {}) });
  }

  if (n < 0) throw new NetworkFileError(file, 1, "no *Vertices line: not a Pajek network");

  // Keys: the labels, when they identify the vertices (all distinct); else the vertex numbers.
  const finalLabel = (id: number) => labels.get(id)?.label ?? String(id);
  const seen = new Set<string>();
  let unique = true;
  for (let id = 1; id <= n; id++) {
    const l = finalLabel(id);
    if (seen.has(l)) {
      unique = false;
      break;
    }
    seen.add(l);
  }
  if (!unique) warnings.push("vertex labels are not unique; vertex numbers were used as node keys");
  const keyOf = (id: number) => (unique ? finalLabel(id) : String(id));

  const nodes = new NodeTable();
  for (let id = 1; id <= n; id++) {
    const info = labels.get(id);
    nodes.add(keyOf(id), finalLabel(id), info?.attributes ?? { pajekId: id }, n1 > 0 ? (id <= n1 ? 0 : 1) : undefined);
  }
  const edges = new EdgeCollector();
  for (const t of ties) {
    edges.add({ source: keyOf(t.from), target: keyOf(t.to), weight: t.weight, line: t.line, undirected: t.undirected, ...(t.attributes ? { attributes: t.attributes } : {}) });
  }
  const final = edges.finalize({ directed: options.directed, rule: "declared", fallbackDirected: false });
  return { format: "pajek", directed: final.directed, twoMode: n1 > 0, nodes: nodes.list(), edges: final.edges, warnings: [...warnings, ...final.warnings] };
}
