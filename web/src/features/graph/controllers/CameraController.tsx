import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { FocusRequest } from "../../workspace/useWorkspace";
import { fitNodes } from "../camera";

/** Moves the camera to the nodes of a focus request (after an expansion, a search hit, a path). Renders nothing. */
export function CameraController({ focus }: { focus: FocusRequest | null }) {
  const sigma = useSigma();
  useEffect(() => {
    if (!focus || focus.nodes.length === 0) return;
    sigma.refresh(); // the model just changed: let sigma place the new nodes before measuring them
    fitNodes(sigma, focus.nodes);
  }, [sigma, focus]);
  return null;
}
