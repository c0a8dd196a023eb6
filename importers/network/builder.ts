/**
 * Node and edge bookkeeping shared by every format: repeated node lines merged, repeated edges summed, and the
 * decision between arcs and undirected pairs.
 */
import type { AttributeValue, NetworkEdge, NetworkNode } from "./types.js";

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function sameAttributes(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  const ka = a ? Object.keys(a) : [];
  const kb = b ? Object.keys(b) : [];
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!sameValue(a?.[k], b?.[k])) return false;
  return true;
}

function example(list: string[], total: number): string {
  const shown = list.slice(0, 3).join(", ");
  return total > list.length || list.length > 3 ? `${shown}, …` : shown;
}

/** Nodes in order of first appearance; a repeated key merges into the first (attributes united). */
export class NodeTable {
  private readonly byKey = new Map<string, NetworkNode>();
  private repeated = 0;
  private readonly repeatedExamples: string[] = [];
  private conflicts = 0;
  private implicit = 0;
  private readonly implicitExamples: string[] = [];

  get size(): number {
    return this.byKey.size;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): NetworkNode | undefined {
    return this.byKey.get(key);
  }

  /** Declares a node; a key seen before is merged: first label kept, attributes united, differing values joined with ";". */
  add(key: string, label: string, attributes: Record<string, AttributeValue> = {}, mode?: 0 | 1, line?: number): NetworkNode {
    const existing = this.byKey.get(key);
    if (!existing) {
      const node: NetworkNode = { key, label, attributes: { ...attributes } };
      if (mode !== undefined) node.mode = mode;
      this.byKey.set(key, node);
      return node;
    }
    this.repeated++;
    if (this.repeatedExamples.length < 3) this.repeatedExamples.push(line === undefined ? JSON.stringify(key) : `${JSON.stringify(key)} (line ${line})`);
    for (const [k, v] of Object.entries(attributes)) {
      const old = existing.attributes[k];
      if (old === undefined) existing.attributes[k] = v;
      else if (String(old) !== String(v)) {
        const parts = String(old).split(";");
        if (!parts.includes(String(v))) {
          existing.attributes[k] = `${String(old)};${String(v)}`;
          this.conflicts++;
        }
      }
    }
    return existing;
  }

  /** A node named by an edge in a format without node declarations (edge lists): created once, never a "repeat". */
  mention(key: string): void {
    if (!this.byKey.has(key)) this.byKey.set(key, { key, label: key, attributes: {} });
  }

  /** A node referred to by an edge; created (label = key) when no line declared it. */
  ensure(key: string, line?: number): void {
    if (this.byKey.has(key)) return;
    this.byKey.set(key, { key, label: key, attributes: {} });
    this.implicit++;
    if (this.implicitExamples.length < 3) this.implicitExamples.push(line === undefined ? JSON.stringify(key) : `${JSON.stringify(key)} (line ${line})`);
  }

  list(): NetworkNode[] {
    return [...this.byKey.values()];
  }

  warnings(): string[] {
    const w: string[] = [];
    if (this.repeated > 0) {
      w.push(
        `${this.repeated} node declaration(s) repeat an earlier key and were merged into it, e.g. ${example(this.repeatedExamples, this.repeated)}` +
          (this.conflicts > 0 ? `; ${this.conflicts} differing attribute value(s) were kept side by side, joined with ";"` : ""),
      );
    }
    if (this.implicit > 0) {
      w.push(`${this.implicit} node(s) appear in edges without being declared and were added, e.g. ${example(this.implicitExamples, this.implicit)}`);
    }
    return w;
  }
}

export interface RawEdge {
  source: string;
  target: string;
  weight: number;
  line?: number;
  attributes?: Record<string, unknown>;
  /** The file states this tie has no direction (Pajek *Edges, GraphML/GEXF undirected). */
  undirected?: boolean;
}

interface Merged extends RawEdge {
  repeats: number;
}

export interface FinalizeOptions {
  /** Direction asked for by the caller; wins over everything else. */
  directed?: boolean;
  /**
   * How to decide when the caller did not: "symmetry" (matrix, edge list, NDJSON: undirected when every arc is
   * matched by its reverse with the same weight and attributes) or "declared" (the per-edge flags; all undirected
   * means undirected).
   */
  rule: "symmetry" | "declared";
  /** Direction when there are no edges to judge by. */
  fallbackDirected: boolean;
}

export interface FinalEdges {
  directed: boolean;
  edges: NetworkEdge[];
  warnings: string[];
}

const SEP = "\u0000";

function toEdge(e: RawEdge, attributes?: Record<string, unknown>): NetworkEdge {
  const edge: NetworkEdge = { source: e.source, target: e.target, weight: e.weight };
  const attrs = attributes ?? e.attributes;
  if (attrs && Object.keys(attrs).length > 0) edge.attributes = attrs;
  if (e.line !== undefined) edge.line = e.line;
  return edge;
}

/** Collects edges as read, then turns them into arcs or undirected pairs. Linear in the number of edges. */
export class EdgeCollector {
  private readonly merged = new Map<string, Merged>();
  private repeatCount = 0;
  private readonly repeatExamples: string[] = [];
  private hasDirected = false;
  private hasUndirected = false;

  get size(): number {
    return this.merged.size;
  }

  /** Adds one tie; the same arc (or, for undirected ties, the same pair) seen again is merged by summing weights. */
  add(e: RawEdge): void {
    if (e.undirected) this.hasUndirected = true;
    else this.hasDirected = true;
    const key = e.undirected
      ? `u${SEP}${e.source < e.target ? e.source : e.target}${SEP}${e.source < e.target ? e.target : e.source}`
      : `d${SEP}${e.source}${SEP}${e.target}`;
    const old = this.merged.get(key);
    if (!old) {
      this.merged.set(key, { ...e, repeats: 0 });
      return;
    }
    old.weight += e.weight;
    old.repeats++;
    this.repeatCount++;
    if (this.repeatExamples.length < 3) {
      this.repeatExamples.push(`${e.source} ${e.undirected ? "--" : "->"} ${e.target}${e.line !== undefined ? ` (line ${e.line}, first at line ${old.line})` : ""}`);
    }
  }

  private isSymmetric(): boolean {
    for (const [key, e] of this.merged) {
      if (key.startsWith("u")) continue;
      if (e.source === e.target) continue;
      const rev = this.merged.get(`d${SEP}${e.target}${SEP}${e.source}`);
      if (!rev || rev.weight !== e.weight || !sameAttributes(rev.attributes, e.attributes)) return false;
    }
    return true;
  }

  finalize(options: FinalizeOptions): FinalEdges {
    const warnings: string[] = [];
    if (this.repeatCount > 0) {
      warnings.push(
        `${this.repeatCount} edge line(s) repeat an earlier edge and were merged into it with the weights summed, e.g. ${example(this.repeatExamples, this.repeatCount)}`,
      );
    }
    let directed: boolean;
    if (options.directed !== undefined) directed = options.directed;
    else if (this.merged.size === 0) directed = options.fallbackDirected;
    else if (this.hasDirected && this.hasUndirected) {
      directed = true;
      warnings.push("the file mixes directed and undirected ties; read as directed, each undirected tie as two arcs");
    } else if (this.hasUndirected) directed = false;
    else directed = options.rule === "symmetry" ? !this.isSymmetric() : true;

    return directed ? this.asArcs(warnings) : this.asPairs(warnings);
  }

  private asArcs(warnings: string[]): FinalEdges {
    const out = new Map<string, NetworkEdge>();
    let collisions = 0;
    const put = (e: RawEdge, source: string, target: string) => {
      const key = `${source}${SEP}${target}`;
      const old = out.get(key);
      if (old) {
        old.weight += e.weight;
        collisions++;
        return;
      }
      out.set(key, toEdge({ ...e, source, target }));
    };
    for (const e of this.merged.values()) {
      put(e, e.source, e.target);
      if (e.undirected && e.source !== e.target) put(e, e.target, e.source);
    }
    if (collisions > 0) warnings.push(`${collisions} arc(s) were given both as an arc and within an undirected tie; weights summed`);
    return { directed: true, edges: [...out.values()], warnings };
  }

  private asPairs(warnings: string[]): FinalEdges {
    const pairs = new Map<string, { first: RawEdge; weight: number; reverse?: RawEdge }>();
    let differing = 0;
    for (const e of this.merged.values()) {
      const a = e.source < e.target ? e.source : e.target;
      const b = e.source < e.target ? e.target : e.source;
      const key = `${a}${SEP}${b}`;
      const p = pairs.get(key);
      if (!p) {
        pairs.set(key, { first: e, weight: e.weight });
        continue;
      }
      // The other direction of a pair already seen (or an undirected tie listed next to an arc).
      p.weight = Math.max(p.weight, e.weight);
      if (!p.reverse) p.reverse = e;
      if (e.weight !== p.first.weight || !sameAttributes(e.attributes, p.first.attributes)) differing++;
    }
    const edges: NetworkEdge[] = [];
    for (const p of pairs.values()) {
      const { first, reverse } = p;
      let attributes = first.attributes;
      // Only an arc and its reverse carry direction worth keeping; an undirected tie next to an arc the same way does not.
      if (reverse && reverse.source !== first.source && (reverse.weight !== first.weight || !sameAttributes(reverse.attributes, first.attributes))) {
        attributes = { ...(first.attributes ?? {}) };
        attributes.weightSourceToTarget = first.weight;
        attributes.weightTargetToSource = reverse.weight;
        if (!sameAttributes(reverse.attributes, first.attributes) && reverse.attributes) attributes.reverseAttributes = reverse.attributes;
      }
      edges.push(toEdge({ ...first, weight: p.weight }, attributes));
    }
    if (differing > 0) {
      warnings.push(
        `read as undirected: ${differing} pair(s) are listed in both directions with different weights or attributes; ` +
          "each became one edge with the larger weight, the two directed weights kept as attributes weightSourceToTarget and weightTargetToSource",
      );
    }
    return { directed: false, edges, warnings };
  }
}
