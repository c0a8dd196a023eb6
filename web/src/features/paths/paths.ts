// Paths as the connection panel lists them. Pure.
import type { ApiPath } from "./paths.query";

export interface PathStep {
  node: { id: string; kind: string; caption: string };
  /** The relationship to the next node, and whether it points forwards along the path. */
  next: { type: string; forward: boolean; at: string | null } | null;
}

/** A path as steps from start to end: each node and the relationship that leads on (API: edges[i] joins nodes[i], nodes[i+1]). */
export function pathSteps(path: ApiPath): PathStep[] {
  return path.nodes.map((node, i) => {
    const edge = path.edges[i];
    const next = edge ? { type: edge.type, forward: edge.source === node.id, at: edge.at ?? null } : null;
    return { node: { id: node.id, kind: node.kind, caption: node.caption }, next };
  });
}

/** The other end of a two-node selection, oriented as chosen: the first selected is where paths start. */
export function pathEnds(selected: readonly string[]): { from: string; to: string } | null {
  return selected.length === 2 ? { from: selected[0]!, to: selected[1]! } : null;
}

export const MAX_LENGTH_CHOICES = [2, 3, 4, 5, 6, 8, 10] as const;
export const DEFAULT_MAX_LENGTH = 6;
