import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { clearSelection, hoverNode, leaveNode, selectNode, toggleNode } from "../interaction";
import type { Interaction } from "../interaction";

export type InteractionUpdate = (update: (state: Interaction) => Interaction) => void;

/** Shift, Ctrl or ⌘ with a click adds the node to the selection (or takes it out) instead of selecting it alone. */
function extends_(event: MouseEvent | TouchEvent): boolean {
  return event.shiftKey || event.ctrlKey || event.metaKey;
}

/**
 * Turns sigma's pointer events into interaction changes: click selects, Shift-click adds to the selection,
 * double-click expands the node's neighbourhood (instead of sigma's zoom). Renders nothing.
 */
export function EventsController({ onInteraction, onExpand }: { onInteraction: InteractionUpdate; onExpand?: (node: string) => void }) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      enterNode: ({ node }) => {
        container.style.cursor = "pointer";
        onInteraction(hoverNode(node));
      },
      leaveNode: () => {
        container.style.cursor = "";
        onInteraction(leaveNode());
      },
      clickNode: ({ node, event }) => onInteraction(extends_(event.original) ? toggleNode(node) : selectNode(node)),
      doubleClickNode: ({ node, event, preventSigmaDefault }) => {
        preventSigmaDefault();
        if (extends_(event.original)) return;
        onInteraction(selectNode(node));
        onExpand?.(node);
      },
      clickStage: ({ event }) => {
        if (!extends_(event.original)) onInteraction(clearSelection());
      },
    });
  }, [sigma, registerEvents, onInteraction, onExpand]);
  return null;
}
