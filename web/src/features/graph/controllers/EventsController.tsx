import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { clearSelection, hoverNode, leaveNode, selectNode } from "../interaction";
import type { Interaction } from "../interaction";

export type InteractionUpdate = (update: (state: Interaction) => Interaction) => void;

/** Turns sigma's pointer events into interaction changes. Renders nothing. */
export function EventsController({ onInteraction }: { onInteraction: InteractionUpdate }) {
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
      clickNode: ({ node }) => onInteraction(selectNode(node)),
      clickStage: () => onInteraction(clearSelection()),
    });
  }, [sigma, registerEvents, onInteraction]);
  return null;
}
