import { int, type Gateway } from "../../../graph/gateway.js";
import { ENTITY_LABEL, captionOf, kindOf, relationships, isRelationshipType } from "../../../graph/schema.js";
import { nodeProps, relProps } from "../links/common.js";
import type { GraphEdge, GraphNode, Subgraph } from "./subgraph.type.js";

export interface RawNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface RawEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  props: Record<string, unknown>;
}

export function toGraphNode(n: RawNode, hidden?: number): GraphNode {
  const kind = kindOf(n.labels);
  return { id: n.id, kind, caption: captionOf(kind, n.props), placeholder: n.props.placeholder === true, hidden: hidden ?? null };
}

export function toGraphEdge(e: RawEdge): GraphEdge {
  const spec = isRelationshipType(e.type) ? relationships[e.type] : undefined;
  const weightKey = spec && "weightProperty" in spec ? spec.weightProperty : undefined;
  const timeKey = spec && "timeProperty" in spec ? spec.timeProperty : undefined;
  const weight = weightKey ? e.props[weightKey] : undefined;
  const at = timeKey ? e.props[timeKey] : undefined;
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    weight: typeof weight === "number" ? weight : null,
    at: typeof at === "string" ? at : null,
  };
}

/**
 * The best-connected entities and the relationships among them: a first picture of a graph. Messages are
 * left out (they would crowd the picture); degree comes from Neo4j's degree store, not by expanding.
 */
export async function graphSample(gateway: Gateway, limit: number): Promise<Subgraph> {
  const [row] = await gateway.query<{ nodes: RawNode[]; edges: RawEdge[]; truncated: boolean }>(
    `MATCH (n:${ENTITY_LABEL}) WHERE NOT n:Message
     WITH n, COUNT { (n)--() } AS degree
     ORDER BY degree DESC, n.id
     LIMIT $limit + 1
     WITH collect(n) AS ranked
     WITH ranked[0..$limit] AS picked, size(ranked) > $limit AS truncated
     CALL (picked) {
       UNWIND picked AS a
       MATCH (a)-[r]->(b) WHERE b IN picked
       RETURN collect({ id: elementId(r), source: a.id, target: b.id, type: type(r), props: ${relProps("r")} })[0..$edgeLimit] AS edges
     }
     RETURN [n IN picked | { id: n.id, labels: labels(n), props: ${nodeProps("n")} }] AS nodes, edges, truncated`,
    { limit: int(limit), edgeLimit: int(limit * 20) },
    { app: "graphql:graphSample" },
  );
  if (!row) return { nodes: [], edges: [], truncated: false };
  return { nodes: row.nodes.map((n) => toGraphNode(n)), edges: row.edges.map(toGraphEdge), truncated: row.truncated };
}
