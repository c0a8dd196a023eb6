// Pure functions from API data to the graph model (see types.ts). No React, no sigma: unit-testable.
import { MultiDirectedGraph } from "graphology";
import type { ApiEdge, ApiNode, ApiSubgraph, EdgeData, GraphModel, NodeData } from "./types";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A deterministic starting position: a sunflower spiral by index, so layouts are the same on every load. */
export function seedPosition(index: number): { x: number; y: number } {
  const r = Math.sqrt(index + 0.5) * 10;
  const a = index * GOLDEN_ANGLE;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

export interface BuildResult {
  graph: GraphModel;
  /** Edges left out because an end is not among the nodes. */
  droppedEdges: number;
}

export function emptyGraph(): GraphModel {
  return new MultiDirectedGraph<NodeData, EdgeData>();
}

/** Adds nodes and edges to `graph` (merging nodes seen before); new nodes get a seed position. */
export function mergeSubgraph(graph: GraphModel, subgraph: Pick<ApiSubgraph, "nodes" | "edges">): number {
  for (const node of subgraph.nodes) addNode(graph, node);
  let dropped = 0;
  for (const edge of subgraph.edges) if (!addEdge(graph, edge)) dropped++;
  return dropped;
}

export function buildGraph(subgraph: Pick<ApiSubgraph, "nodes" | "edges">): BuildResult {
  const graph = emptyGraph();
  const droppedEdges = mergeSubgraph(graph, subgraph);
  return { graph, droppedEdges };
}

function addNode(graph: GraphModel, node: ApiNode): void {
  const data = { kind: node.kind, caption: node.caption, placeholder: node.placeholder };
  if (graph.hasNode(node.id)) {
    graph.mergeNodeAttributes(node.id, data);
    return;
  }
  graph.addNode(node.id, { ...data, ...seedPosition(graph.order) });
}

function addEdge(graph: GraphModel, edge: ApiEdge): boolean {
  if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return false;
  const data: EdgeData = { relationship: edge.type, weight: edge.weight ?? null, at: edge.at ?? null };
  if (graph.hasEdge(edge.id)) graph.replaceEdgeAttributes(edge.id, data);
  else graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, data);
  return true;
}

/** Node count per kind, most frequent first (ties by name): the legend. */
export function kindCounts(graph: GraphModel): Array<{ kind: string; count: number }> {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

export interface Neighbour {
  edge: string;
  relationship: string;
  direction: "outgoing" | "incoming";
  node: string;
  kind: string;
  caption: string;
}

/** The relationships of a node in the model, for the side panel. */
export function neighboursOf(graph: GraphModel, node: string): Neighbour[] {
  if (!graph.hasNode(node)) return [];
  const out: Neighbour[] = [];
  graph.forEachEdge(node, (edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    const outgoing = source === node;
    const other = outgoing ? targetAttrs : sourceAttrs;
    out.push({
      edge,
      relationship: attrs.relationship,
      direction: outgoing ? "outgoing" : "incoming",
      node: outgoing ? target : source,
      kind: other.kind,
      caption: other.caption,
    });
  });
  return out;
}
