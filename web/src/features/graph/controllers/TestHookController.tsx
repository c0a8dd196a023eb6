import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { testHook, updateTestHook } from "../../../testing/hook";
import type { EdgeData, NodeData } from "../types";

/** Publishes the read-only `window.__ariadne.sigma` hook (see testing/hook.ts). Renders nothing. */
export function TestHookController() {
  const sigma = useSigma<NodeData, EdgeData>();
  useEffect(() => {
    const graph = sigma.getGraph();
    const onRender = () => {
      testHook().renders += 1;
    };
    sigma.on("afterRender", onRender);
    updateTestHook({
      sigma: {
        nodes: () => graph.mapNodes((id, a) => ({ id, kind: a.kind })),
        nodePosition: (id) => {
          const display = sigma.getNodeDisplayData(id);
          if (!graph.hasNode(id) || !display || display.hidden) return null;
          const { x, y } = graph.getNodeAttributes(id);
          const viewport = sigma.graphToViewport({ x, y });
          const rect = sigma.getContainer().getBoundingClientRect();
          return { x: rect.left + viewport.x, y: rect.top + viewport.y, radius: sigma.scaleSize(display.size) };
        },
      },
    });
    return () => {
      sigma.off("afterRender", onRender);
      delete testHook().sigma;
    };
  }, [sigma]);
  return null;
}
