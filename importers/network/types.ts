/** Formats of analysts' network files that {@link parseNetworkFile} reads. */
export type NetworkFormat = "matrix-csv" | "edgelist" | "pajek" | "graphml" | "gexf" | "ndjson";

export const NETWORK_FORMATS: readonly NetworkFormat[] = [
  "matrix-csv",
  "edgelist",
  "pajek",
  "graphml",
  "gexf",
  "ndjson",
];

export type AttributeValue = string | number | boolean;

export interface NetworkNode {
  /** Stable key of the node within its file: the label (matrix, edge list, Pajek) or id (GraphML, GEXF, NDJSON), trimmed. */
  key: string;
  label: string;
  attributes: Record<string, AttributeValue>;
  /** Two-mode networks only: 0 = actors (persons, matrix rows), 1 = events (matrix columns). */
  mode?: 0 | 1;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  attributes?: Record<string, unknown>;
  /** Line of the file the edge comes from (the first one, when several were merged). */
  line?: number;
}

export interface ParsedNetwork {
  format: NetworkFormat;
  /** true: every edge is an arc source -> target; false: every edge is an unordered pair, listed once. */
  directed: boolean;
  twoMode: boolean;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Things that were tolerated and how (repeated node lines merged, pairs collapsed, …). */
  warnings: string[];
}

export interface ParseNetworkOptions {
  /** Skip format detection. */
  format?: NetworkFormat;
  /**
   * Force the direction. Unset: taken from the file where it says (Pajek *Arcs/*Edges, GraphML edgedefault, GEXF
   * defaultedgetype; two-mode matrices are person -> event) and otherwise from symmetry (matrix, edge list,
   * NDJSON: undirected when every tie is matched by the reverse tie with the same weight).
   */
  directed?: boolean;
}
