// The graph model: data, separate from rendering. A graphology graph whose node and edge attributes hold
// domain data (kind, caption…) plus layout positions. What sigma draws (colour, size, label, highlight) is
// derived from it by the reducers in display.ts; nothing visual is stored here.
import type { MultiDirectedGraph } from "graphology";

export interface NodeData {
  /** Schema label (Person, Account…), or "Entity". */
  kind: string;
  caption: string;
  placeholder: boolean;
  /** Layout position (graph coordinates). */
  x: number;
  y: number;
}

// Attribute names avoid the ones sigma reads for drawing (type, color, size, label, hidden, zIndex…).
export interface EdgeData {
  /** Relationship type (OPERATES, PAID…). Not `type`: sigma reads that as the edge program. */
  relationship: string;
  weight: number | null;
  /** ISO date-time of the event, for timed relationships. */
  at: string | null;
}

export type GraphModel = MultiDirectedGraph<NodeData, EdgeData>;

/** What the API sends (Subgraph in api/schema.graphql). */
export interface ApiNode {
  id: string;
  kind: string;
  caption: string;
  placeholder: boolean;
}

export interface ApiEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight?: number | null;
  at?: string | null;
}

export interface ApiSubgraph {
  nodes: readonly ApiNode[];
  edges: readonly ApiEdge[];
  truncated: boolean;
}
