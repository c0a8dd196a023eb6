/**
 * `window.__ariadne`: a small, read-only hook for the browser tests (test/browser/) and for support staff in
 * the devtools console. It exposes nothing the screen does not already show and changes nothing.
 *
 *   __ariadne.graph                 "loading" | "error" | "empty" | "ready"  (ready: laid out, given to sigma)
 *   __ariadne.layout                "none" | "running" | "done"             (a worker layout may still move nodes)
 *   __ariadne.renders               sigma renders so far (> 0: the canvas has been drawn)
 *   __ariadne.sigma.nodes()         [{ id, kind }] of the nodes in the canvas
 *   __ariadne.sigma.nodePosition(id)
 *                                   { x, y, radius } of a node in page CSS pixels (what page.mouse.click takes),
 *                                   from sigma's graphToViewport; null when the node is not drawn
 *
 *   __ariadne.session               "anonymous" | "authenticated"           (login screen or workspace)
 *   __ariadne.selection             ids of the selected nodes, in the order chosen (the last one is in the panel)
 *   __ariadne.highlight             { nodes, edges } of the highlighted path(s), or null
 *   __ariadne.expanding             true while a neighbourhood is being loaded
 *
 * `sigma` is present only while a canvas is mounted.
 */
export interface AriadneHook {
  session?: "anonymous" | "authenticated";
  selection?: string[];
  highlight?: { nodes: string[]; edges: string[] } | null;
  expanding?: boolean;
  graph: "loading" | "error" | "empty" | "ready";
  layout: "none" | "running" | "done";
  renders: number;
  sigma?: {
    nodes(): Array<{ id: string; kind: string }>;
    nodePosition(id: string): { x: number; y: number; radius: number } | null;
  };
}

declare global {
  interface Window {
    __ariadne?: AriadneHook;
  }
}

export function testHook(): AriadneHook {
  if (typeof window === "undefined") return { graph: "loading", layout: "none", renders: 0 };
  window.__ariadne ??= { graph: "loading", layout: "none", renders: 0 };
  return window.__ariadne;
}

export function updateTestHook(patch: Partial<AriadneHook>): void {
  Object.assign(testHook(), patch);
}
