// What the investigator points at: the hovered node, the selected nodes (in the order chosen; the last one is the
// one the side panel details) and a highlighted path. Pure transitions `(args) => (state) => state`, applied with
// `setInteraction(update)` and unit-testable without React. A transition that changes nothing returns the same
// state, so React skips the render.
export interface Highlight {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface Interaction {
  hoveredNode: string | null;
  selected: readonly string[];
  /** A path (or paths) drawn out over the rest of the graph: "how are these two connected". */
  highlight: Highlight | null;
}

export const initialInteraction: Interaction = { hoveredNode: null, selected: [], highlight: null };

/** The node the side panel details: the last one selected. */
export function primaryNode(s: Interaction): string | null {
  return s.selected.at(-1) ?? null;
}

export const hoverNode = (node: string) => (s: Interaction): Interaction =>
  s.hoveredNode === node ? s : { ...s, hoveredNode: node };

export const leaveNode = () => (s: Interaction): Interaction => (s.hoveredNode === null ? s : { ...s, hoveredNode: null });

/** Selects one node alone (a plain click). The highlighted path stays while both its ends are in question. */
export const selectNode = (node: string) => (s: Interaction): Interaction =>
  s.selected.length === 1 && s.selected[0] === node ? s : { ...s, selected: [node], highlight: keepHighlight(s.highlight, [node]) };

/** Adds a node to the selection or takes it out (Shift-click); it becomes the panel's node when added. */
export const toggleNode = (node: string) => (s: Interaction): Interaction => {
  const selected = s.selected.includes(node) ? s.selected.filter((n) => n !== node) : [...s.selected, node];
  return { ...s, selected, highlight: keepHighlight(s.highlight, selected) };
};

/** Adds a node to the selection (or makes it the panel's node when it is selected already). */
export const addToSelection = (node: string) => (s: Interaction): Interaction =>
  s.selected.at(-1) === node ? s : { ...s, selected: [...s.selected.filter((n) => n !== node), node] };

export const clearSelection = () => (s: Interaction): Interaction =>
  s.selected.length === 0 && s.highlight === null ? s : { ...s, selected: [], highlight: null };

export const highlightPath = (highlight: Highlight) => (s: Interaction): Interaction => ({ ...s, highlight });

export const clearHighlight = () => (s: Interaction): Interaction => (s.highlight === null ? s : { ...s, highlight: null });

/** A highlight is kept while the selection still contains a node of it (the two ends being compared). */
function keepHighlight(highlight: Highlight | null, selected: readonly string[]): Highlight | null {
  if (!highlight) return null;
  return selected.length > 0 && selected.every((n) => highlight.nodes.includes(n)) ? highlight : null;
}

/** Drops references to nodes (and edges) that are no longer in the graph (after removing nodes or a reload). */
export const forgetMissing = (has: (node: string) => boolean, hasEdge: (edge: string) => boolean = () => true) => (s: Interaction): Interaction => {
  const hoveredNode = s.hoveredNode !== null && has(s.hoveredNode) ? s.hoveredNode : null;
  const selected = s.selected.filter(has);
  const highlight = s.highlight && s.highlight.nodes.every(has) && s.highlight.edges.every(hasEdge) ? s.highlight : null;
  const same = hoveredNode === s.hoveredNode && selected.length === s.selected.length && highlight === s.highlight;
  return same ? s : { hoveredNode, selected, highlight };
};

/** The node whose neighbourhood is highlighted: the hovered one, else the panel's one. */
export function focusNode(s: Interaction): string | null {
  return s.hoveredNode ?? primaryNode(s);
}
