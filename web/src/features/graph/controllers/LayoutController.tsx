import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { updateTestHook } from "../../../testing/hook";
import { forceAtlas2Layout } from "../layout";
import type { LayoutPlan } from "../layout";
import type { GraphModel } from "../types";

/**
 * Runs the layout in a web worker when the plan says so (large graphs); sigma redraws as positions change.
 * Small graphs were laid out synchronously before the first draw. Renders nothing.
 */
export function LayoutController({ graph, plan, onRunning }: { graph: GraphModel; plan: LayoutPlan; onRunning?: (running: boolean) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    if (plan.mode !== "worker") {
      updateTestHook({ layout: plan.mode === "sync" ? "done" : "none" });
      return;
    }
    const supervisor = new FA2LayoutSupervisor(graph, {
      settings: forceAtlas2Layout.settings(graph),
      getEdgeWeight: null,
    });
    updateTestHook({ layout: "running" });
    onRunning?.(true);
    supervisor.start();
    const timer = setTimeout(() => {
      supervisor.stop();
      updateTestHook({ layout: "done" });
      onRunning?.(false);
      sigma.getCamera().animatedReset().catch(() => undefined);
    }, plan.durationMs);
    return () => {
      clearTimeout(timer);
      supervisor.kill();
      onRunning?.(false);
    };
  }, [sigma, graph, plan, onRunning]);
  return null;
}
