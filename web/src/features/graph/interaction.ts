// What the investigator points at: the hovered node and the selected one. Pure transitions
// `(args) => (state) => state`, applied with `setInteraction(update)` and unit-testable without React.
export interface Interaction {
  hoveredNode: string | null;
  selectedNode: string | null;
}

export const initialInteraction: Interaction = { hoveredNode: null, selectedNode: null };

export const hoverNode = (node: string) => (s: Interaction): Interaction =>
  s.hoveredNode === node ? s : { ...s, hoveredNode: node };

export const leaveNode = () => (s: Interaction): Interaction => (s.hoveredNode === null ? s : { ...s, hoveredNode: null });

export const selectNode = (node: string) => (s: Interaction): Interaction =>
  s.selectedNode === node ? s : { ...s, selectedNode: node };

export const clearSelection = () => (s: Interaction): Interaction =>
  s.selectedNode === null ? s : { ...s, selectedNode: null };

/** Drops references to nodes that are no longer in the graph (after a reload). */
export const forgetMissing = (has: (node: string) => boolean) => (s: Interaction): Interaction => {
  const hoveredNode = s.hoveredNode !== null && has(s.hoveredNode) ? s.hoveredNode : null;
  const selectedNode = s.selectedNode !== null && has(s.selectedNode) ? s.selectedNode : null;
  return hoveredNode === s.hoveredNode && selectedNode === s.selectedNode ? s : { hoveredNode, selectedNode };
};

/** The node whose neighbourhood is highlighted: the hovered one, else the selected one. */
export function focusNode(s: Interaction): string | null {
  return s.hoveredNode ?? s.selectedNode;
}
