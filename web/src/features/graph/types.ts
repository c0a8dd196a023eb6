// The graph model: data, separate from rendering. A graphology graph whose node and edge attributes hold
// domain data (kind, caption…) plus layout positions. What sigma draws (colour, size, label, highlight) is
// derived from it by the reducers in display.ts; nothing visual is stored here.
import type { MultiDirectedGraph } from "graphology";

export interface NodeData {
  /** Schema label (Person, Account…), or "Entity". */
  kind: string;
  caption: string;
  placeholder: boolean;
  /**
   * Relationships the entity has in the database (annotations aside), when known: from a neighbourhood answer
   * (`hidden` + the relationships it returned) or from the entity's details. What the canvas does not show of
   * them is `hiddenOnCanvas` (model.ts).
   */
  totalDegree: number | null;
  /** Layout position (graph coordinates). */
  x: number;
  y: number;
  /** Layout only: pinned while newly added nodes settle around it (ForceAtlas2 reads it); absent otherwise. */
  fixed?: boolean;
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

/** What the API sends (GraphNode, GraphEdge and Subgraph in api/schema.graphql). */
export interface ApiNode {
  id: string;
  kind: string;
  caption: string;
  placeholder?: boolean | null;
  /** Relationships of this node left out of the answer it came in (neighbourhood), when the API says. */
  hidden?: number | null;
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
