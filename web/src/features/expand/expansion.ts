// What to ask for when a node is expanded, and what to tell the investigator afterwards. Pure.
import { neighbourIds } from "../graph/model";
import type { MergeResult } from "../graph/model";
import type { GraphModel } from "../graph/types";
import { EXPAND_LIMIT } from "./neighbourhood.query";
import type { NeighbourhoodVariables } from "./neighbourhood.query";

/**
 * The neighbourhood request for a node: its neighbours not on the canvas yet (those already drawn are
 * excluded, so "+N more" pages through a hub), at most EXPAND_LIMIT of them.
 */
export function expansionRequest(graph: GraphModel, node: string, limit = EXPAND_LIMIT): NeighbourhoodVariables {
  const exclude = neighbourIds(graph, node);
  return { ids: [node], depth: 1, limit: limit + 1, ...(exclude.length > 0 ? { exclude } : {}) };
}

export interface ExpansionOutcome {
  node: string;
  added: number;
  /** Relationships of the node still not on the canvas, when known. */
  remaining: number | null;
}

export function expansionOutcome(node: string, result: MergeResult, remaining: number | null): ExpansionOutcome {
  return { node, added: result.addedNodes.length, remaining };
}
