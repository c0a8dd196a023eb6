// The investigation canvas as operations on the graph model: answers from the API (a neighbourhood, a path, a
// search hit) merge into the one model and their new nodes are placed next to what they link to. Pure
// functions over a graphology graph (no React, no sigma), unit-tested in test/unit/web-workspace.test.ts.
import { mergeSubgraph } from "../graph/model";
import type { MergeResult } from "../graph/model";
import { placeNewNodes, settleNewNodes } from "../graph/placement";
import type { Point } from "../graph/placement";
import type { ApiNode, ApiSubgraph, GraphModel } from "../graph/types";

/** Merges an answer into the canvas, placing and settling its new nodes; returns what changed. */
export function applySubgraph(graph: GraphModel, subgraph: Pick<ApiSubgraph, "nodes" | "edges">, near?: Point): MergeResult {
  const result = mergeSubgraph(graph, subgraph);
  if (result.addedNodes.length > 0) {
    placeNewNodes(graph, result.addedNodes, near);
    settleNewNodes(graph, result.addedNodes);
  }
  return result;
}

/** Puts entities (search hits) on the canvas, without relationships; those already there stay where they are. */
export function addEntities(graph: GraphModel, nodes: readonly ApiNode[], near?: Point): MergeResult {
  const result = mergeSubgraph(graph, { nodes, edges: [] });
  placeNewNodes(graph, result.addedNodes, near);
  return result;
}

/** Merges one path (or several) into the canvas and returns the nodes and edges to highlight. */
export function applyPaths(
  graph: GraphModel,
  paths: ReadonlyArray<Pick<ApiSubgraph, "nodes" | "edges">>,
): MergeResult & { highlight: { nodes: string[]; edges: string[] } } {
  const nodes = new Map<string, ApiNode>();
  const edges = new Map<string, ApiSubgraph["edges"][number]>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const e of p.edges) edges.set(e.id, e);
  }
  // A path's `hidden` counts are relative to the path, not to the entity: leave them out.
  const result = applySubgraph(graph, { nodes: [...nodes.values()].map(({ hidden: _hidden, ...n }) => n), edges: [...edges.values()] });
  return { ...result, highlight: { nodes: [...nodes.keys()], edges: [...edges.keys()].filter((e) => graph.hasEdge(e)) } };
}
