// What sigma draws, derived from the model (types.ts) and the interaction state (interaction.ts).
// Highlighting goes through sigma's node/edge reducers: the graph itself is never changed to highlight.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { kindColour, mixColours } from "../../schema/styling";
import { focusNode } from "./interaction";
import type { Interaction } from "./interaction";
import { hiddenOnCanvas } from "./model";
import type { EdgeData, GraphModel, NodeData } from "./types";

/** Canvas colours that are not kind colours (those come from the schema). */
export const canvasColours = {
  background: "#ffffff",
  edge: "#c3cad5",
  edgeFocus: "#3d4a5c",
  edgePath: "#1f5fbf",
  faded: "#e6e9ee",
  fadedEdge: "#eef0f3",
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

/** A node's label: its caption, and "+N" when N of its relationships are not on the canvas. */
export function nodeLabel(caption: string, hidden: number | null): string {
  return hidden ? `${caption}  +${hidden}` : caption;
}

export type NodeReducer = (node: string, data: NodeData) => Partial<NodeDisplayData>;
export type EdgeReducer = (edge: string, data: EdgeData) => Partial<EdgeDisplayData>;

/** Up to this many neighbours of the focused node get their labels forced on. */
const FORCED_LABELS_MAX = 40;

export function makeReducers(graph: GraphModel, interaction: Interaction): { nodeReducer: NodeReducer; edgeReducer: EdgeReducer } {
  const hidden = new Map<string, number | null>();
  graph.forEachNode((node) => hidden.set(node, hiddenOnCanvas(graph, node)));
  const selected = new Set(interaction.selected);
  const path = interaction.highlight;
  const pathNodes = path ? new Set(path.nodes) : null;
  const pathEdges = path ? new Set(path.edges) : null;
  // With a path drawn out, only hovering moves the focus (the selection is the path's ends).
  const focus = pathNodes ? interaction.hoveredNode : focusNode(interaction);
  const neighbours = focus !== null && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : null;

  const nodeReducer: NodeReducer = (node, data) => {
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: nodeLabel(data.caption, hidden.get(node) ?? null),
      color: nodeColour(data),
      size: nodeSize(graph.degree(node)),
      zIndex: 1,
    };
    if (pathNodes) {
      if (pathNodes.has(node)) Object.assign(display, { forceLabel: true, zIndex: 2 });
      else Object.assign(display, { color: canvasColours.faded, label: null, zIndex: 0 });
    }
    if (neighbours) {
      if (node === focus) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 3 });
      else if (neighbours.has(node)) Object.assign(display, { color: nodeColour(data), label: display.label ?? data.caption, zIndex: 2, forceLabel: neighbours.size <= FORCED_LABELS_MAX });
      else if (!pathNodes?.has(node)) Object.assign(display, { color: canvasColours.faded, label: null, zIndex: 0 });
    }
    if (selected.has(node)) Object.assign(display, { color: nodeColour(data), label: nodeLabel(data.caption, hidden.get(node) ?? null), highlighted: true, forceLabel: true, zIndex: 3 });
    return display;
  };

  const edgeReducer: EdgeReducer = (edge) => {
    if (pathEdges?.has(edge)) return { color: canvasColours.edgePath, size: 3, zIndex: 2 };
    if (neighbours && focus !== null) {
      return graph.hasExtremity(edge, focus) ? { color: canvasColours.edgeFocus, size: 1.6, zIndex: 1 } : { hidden: true };
    }
    if (pathEdges) return { color: canvasColours.fadedEdge, size: 1 };
    return { color: canvasColours.edge, size: 1 };
  };

  return { nodeReducer, edgeReducer };
}
