import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { InteractionUpdate } from "../features/graph/controllers/EventsController";
import { EmptyState, ErrorState, LoadingState } from "../features/graph/GraphStates";
import { GraphView } from "../features/graph/GraphView";
import { clearSelection, forgetMissing, initialInteraction, selectNode } from "../features/graph/interaction";
import type { Interaction } from "../features/graph/interaction";
import { useGraphSample } from "../features/graph/useGraphSample";
import { NodePanel } from "../features/selection/NodePanel";
import { updateTestHook } from "../testing/hook";
import { Header } from "./Header";

export function App() {
  const { t } = useTranslation();
  const { load, retry } = useGraphSample();
  const [interaction, setInteraction] = useState<Interaction>(initialInteraction);
  const onInteraction: InteractionUpdate = useCallback((update) => setInteraction(update), []);
  const graph = load.status === "ready" ? load.graph : null;

  useEffect(() => updateTestHook({ graph: load.status }), [load.status]);
  useEffect(() => {
    if (graph) setInteraction(forgetMissing((n) => graph.hasNode(n)));
  }, [graph]);

  const closePanel = useCallback(() => {
    const focusWasInPanel = document.activeElement?.closest(".side-panel") != null;
    setInteraction(clearSelection());
    if (focusWasInPanel) document.getElementById("graph-stage")?.focus();
  }, []);

  // Esc closes the side panel from anywhere.
  const panelOpen = interaction.selectedNode !== null;
  useEffect(() => {
    if (!panelOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) closePanel();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [panelOpen, closePanel]);

  return (
    <div className="app">
      <a className="skip-link" href="#graph-stage">
        {t("app.skipToGraph")}
      </a>
      <Header />
      <main className="workspace" aria-label={t("graph.region")}>
        <div className="graph-area">
          {load.status === "loading" && <LoadingState />}
          {load.status === "empty" && <EmptyState />}
          {load.status === "error" && <ErrorState failure={load} onRetry={retry} />}
          {load.status === "ready" && (
            <GraphView graph={load.graph} layout={load.layout} truncated={load.truncated} interaction={interaction} onInteraction={onInteraction} />
          )}
        </div>
        {graph && interaction.selectedNode !== null && (
          <NodePanel
            graph={graph}
            node={interaction.selectedNode}
            onClose={closePanel}
            onSelect={(node) => setInteraction(selectNode(node))}
          />
        )}
      </main>
    </div>
  );
}
