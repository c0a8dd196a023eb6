// Pure functions from API data to the graph model (see types.ts) and questions about it. No React, no sigma:
// unit-testable. Answers merge into one model (search hits, neighbourhoods, paths): nodes and edges are keyed by
// their ids, so merging the same answer twice changes nothing.
import { MultiDirectedGraph } from "graphology";
import type { ApiEdge, ApiNode, ApiSubgraph, EdgeData, GraphModel, NodeData } from "./types";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A deterministic starting position: a sunflower spiral by index, so layouts are the same on every load. */
export function seedPosition(index: number): { x: number; y: number } {
  const r = Math.sqrt(index + 0.5) * 10;
  const a = index * GOLDEN_ANGLE;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

export interface MergeResult {
  /** Nodes that were not in the model before, in answer order. */
  addedNodes: string[];
  addedEdges: number;
  /** Edges left out because an end is not among the nodes. */
  droppedEdges: number;
}

export interface BuildResult {
  graph: GraphModel;
  droppedEdges: number;
}

export function emptyGraph(): GraphModel {
  return new MultiDirectedGraph<NodeData, EdgeData>();
}

/**
 * Adds nodes and edges to `graph`, merging nodes seen before (their positions stay). New nodes get a seed
 * position (placement.ts moves them next to what they are linked to). Each node's `totalDegree` is learnt
 * from the answer when it says how many relationships it left out (`hidden`).
 */
export function mergeSubgraph(graph: GraphModel, subgraph: Pick<ApiSubgraph, "nodes" | "edges">): MergeResult {
  const totals = totalDegrees(subgraph);
  const addedNodes: string[] = [];
  for (const node of subgraph.nodes) if (addNode(graph, node, totals.get(node.id) ?? null)) addedNodes.push(node.id);
  let addedEdges = 0;
  let droppedEdges = 0;
  for (const edge of subgraph.edges) {
    const outcome = addEdge(graph, edge);
    if (outcome === "added") addedEdges++;
    else if (outcome === "dropped") droppedEdges++;
  }
  return { addedNodes, addedEdges, droppedEdges };
}

export function buildGraph(subgraph: Pick<ApiSubgraph, "nodes" | "edges">): BuildResult {
  const graph = emptyGraph();
  const { droppedEdges } = mergeSubgraph(graph, subgraph);
  return { graph, droppedEdges };
}

/**
 * Relationships each node has in the database, for the nodes of an answer that carry `hidden`: what the answer
 * left out plus the relationships it returned (a loop counts once).
 */
export function totalDegrees(subgraph: Pick<ApiSubgraph, "nodes" | "edges">): Map<string, number> {
  const included = new Map<string, number>();
  for (const e of subgraph.edges) {
    included.set(e.source, (included.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) included.set(e.target, (included.get(e.target) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const n of subgraph.nodes) if (typeof n.hidden === "number") out.set(n.id, n.hidden + (included.get(n.id) ?? 0));
  return out;
}

function addNode(graph: GraphModel, node: ApiNode, totalDegree: number | null): boolean {
  const data: Partial<NodeData> = { kind: node.kind, caption: node.caption };
  if (typeof node.placeholder === "boolean") data.placeholder = node.placeholder;
  if (totalDegree !== null) data.totalDegree = totalDegree;
  if (graph.hasNode(node.id)) {
    graph.mergeNodeAttributes(node.id, data);
    return false;
  }
  graph.addNode(node.id, { placeholder: false, totalDegree: null, ...data, ...seedPosition(graph.order) } as NodeData);
  return true;
}

function addEdge(graph: GraphModel, edge: ApiEdge): "added" | "updated" | "dropped" {
  if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return "dropped";
  const data: EdgeData = { relationship: edge.type, weight: edge.weight ?? null, at: edge.at ?? null };
  if (graph.hasEdge(edge.id)) {
    graph.replaceEdgeAttributes(edge.id, data);
    return "updated";
  }
  graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, data);
  return "added";
}

/** Records what the entity's details say about a node (its relationship count, placeholder flag). */
export function learnAboutNode(graph: GraphModel, node: string, facts: { totalDegree?: number; placeholder?: boolean; caption?: string }): boolean {
  if (!graph.hasNode(node)) return false;
  const current = graph.getNodeAttributes(node);
  const patch: Partial<NodeData> = {};
  if (facts.totalDegree !== undefined && facts.totalDegree !== current.totalDegree) patch.totalDegree = facts.totalDegree;
  if (facts.placeholder !== undefined && facts.placeholder !== current.placeholder) patch.placeholder = facts.placeholder;
  if (facts.caption !== undefined && facts.caption !== current.caption) patch.caption = facts.caption;
  if (Object.keys(patch).length === 0) return false;
  graph.mergeNodeAttributes(node, patch);
  return true;
}

/** Relationships of a node in the model (a loop counts once). */
export function edgesInView(graph: GraphModel, node: string): number {
  if (!graph.hasNode(node)) return 0;
  let n = 0;
  graph.forEachEdge(node, () => void n++);
  return n;
}

/**
 * How many of a node's relationships the canvas does not show ("+N more"), or null when its total is not
 * known yet (a node from the first sample, before its details are read).
 */
export function hiddenOnCanvas(graph: GraphModel, node: string): number | null {
  if (!graph.hasNode(node)) return null;
  const total = graph.getNodeAttribute(node, "totalDegree");
  if (total === null) return null;
  return Math.max(0, total - edgesInView(graph, node));
}

/** Removes nodes (and their edges) from the model; returns those that were there. */
export function removeNodes(graph: GraphModel, nodes: readonly string[]): string[] {
  const removed = nodes.filter((n) => graph.hasNode(n));
  for (const n of removed) graph.dropNode(n);
  return removed;
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

/** Ids of the nodes linked to `node` in the model. */
export function neighbourIds(graph: GraphModel, node: string): string[] {
  return graph.hasNode(node) ? graph.neighbors(node) : [];
}
