// Layouts declared as data: what runs, with which settings, synchronously or in a web worker.
// ForceAtlas2 runs synchronously before the first draw for graphs up to `syncMaxNodes` (the 300-node sample
// takes well under 100 ms); larger graphs are drawn at their seed positions and settle in a worker.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { GraphModel } from "./types";

export interface LayoutSpec {
  id: string;
  syncMaxNodes: number;
  /** Iterations when run synchronously. */
  iterations(order: number): number;
  /** How long the worker runs. */
  workerMs(order: number): number;
  settings(graph: GraphModel): ForceAtlas2Settings;
}

export const forceAtlas2Layout: LayoutSpec = {
  id: "forceAtlas2",
  syncMaxNodes: 1000,
  iterations: (order) => (order <= 300 ? 300 : order <= 600 ? 200 : 120),
  workerMs: (order) => Math.min(8000, 2000 + order),
  settings: (graph) => ({
    ...forceAtlas2.inferSettings(graph),
    // Hubs (organisations, busy accounts) push away from their leaves, which keeps clusters readable.
    outboundAttractionDistribution: true,
    adjustSizes: false,
  }),
};

export type LayoutPlan = { mode: "none" } | { mode: "sync"; iterations: number } | { mode: "worker"; durationMs: number };

export function planLayout(graph: GraphModel, spec: LayoutSpec = forceAtlas2Layout): LayoutPlan {
  if (graph.order < 2) return { mode: "none" };
  if (graph.order <= spec.syncMaxNodes) return { mode: "sync", iterations: spec.iterations(graph.order) };
  return { mode: "worker", durationMs: spec.workerMs(graph.order) };
}

/** Runs the layout in place (positions are model data). Returns the plan it followed. */
export function applySyncLayout(graph: GraphModel, spec: LayoutSpec = forceAtlas2Layout): LayoutPlan {
  const plan = planLayout(graph, spec);
  if (plan.mode === "sync") {
    forceAtlas2.assign(graph, { iterations: plan.iterations, settings: spec.settings(graph), getEdgeWeight: null });
  }
  return plan;
}
