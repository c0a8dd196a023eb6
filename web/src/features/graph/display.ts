// What sigma draws, derived from the model (types.ts) and the interaction state (interaction.ts).
// Highlighting goes through sigma's node/edge reducers: the graph itself is never changed to highlight.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { kindColour, mixColours } from "../../schema/styling";
import { focusNode } from "./interaction";
import type { Interaction } from "./interaction";
import type { EdgeData, GraphModel, NodeData } from "./types";

/** Canvas colours that are not kind colours (those come from the schema). */
export const canvasColours = {
  background: "#ffffff",
  edge: "#c3cad5",
  edgeFocus: "#3d4a5c",
  faded: "#e6e9ee",
  label: "#1d2433",
} as const;

/** Placeholders (referred to, never declared) are drawn in a paler tone of their kind's colour. */
const PLACEHOLDER_PALENESS = 0.55;

export function nodeSize(degree: number): number {
  return Math.min(18, 3.5 + 1.8 * Math.sqrt(degree));
}

export function nodeColour(data: Pick<NodeData, "kind" | "placeholder">): string {
  const colour = kindColour(data.kind);
  return data.placeholder ? mixColours(colour, canvasColours.background, PLACEHOLDER_PALENESS) : colour;
}

export type NodeReducer = (node: string, data: NodeData) => Partial<NodeDisplayData>;
export type EdgeReducer = (edge: string, data: EdgeData) => Partial<EdgeDisplayData>;

/** Up to this many neighbours of the focused node get their labels forced on. */
const FORCED_LABELS_MAX = 40;

export function makeReducers(graph: GraphModel, interaction: Interaction): { nodeReducer: NodeReducer; edgeReducer: EdgeReducer } {
  const focus = focusNode(interaction);
  const neighbours = focus !== null && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : null;
  const selected = interaction.selectedNode;

  const nodeReducer: NodeReducer = (node, data) => {
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: data.caption,
      color: nodeColour(data),
      size: nodeSize(graph.degree(node)),
      zIndex: 1,
    };
    if (node === selected) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 3 });
    if (neighbours) {
      if (node === focus) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 3 });
      else if (neighbours.has(node)) Object.assign(display, { zIndex: 2, forceLabel: neighbours.size <= FORCED_LABELS_MAX });
      else Object.assign(display, { color: canvasColours.faded, label: null, zIndex: 0 });
    }
    return display;
  };

  const edgeReducer: EdgeReducer = (edge) => {
    if (!neighbours || focus === null) return { color: canvasColours.edge, size: 1 };
    return graph.hasExtremity(edge, focus)
      ? { color: canvasColours.edgeFocus, size: 1.6, zIndex: 1 }
      : { hidden: true };
  };

  return { nodeReducer, edgeReducer };
}
