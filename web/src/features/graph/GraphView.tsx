import { SigmaContainer } from "@react-sigma/core";
import { useMemo, useState } from "react";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { cameraKey } from "./camera";
import { CameraControls } from "./CameraControls";
import { CameraController } from "./controllers/CameraController";
import { EventsController } from "./controllers/EventsController";
import type { InteractionUpdate } from "./controllers/EventsController";
import { HighlightController } from "./controllers/HighlightController";
import { LayoutController } from "./controllers/LayoutController";
import { ResizeController } from "./controllers/ResizeController";
import { TestHookController } from "./controllers/TestHookController";
import { canvasColours } from "./display";
import type { Interaction } from "./interaction";
import type { LayoutPlan } from "./layout";
import { Legend } from "./Legend";
import { kindCounts } from "./model";
import type { EdgeData, GraphModel, NodeData } from "./types";
import type { FocusRequest } from "../workspace/useWorkspace";

const FONT = `"Inter", "Segoe UI", "Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, system-ui, sans-serif`;

export const SIGMA_SETTINGS: Partial<Settings<NodeData, EdgeData>> = {
  defaultEdgeType: "arrow",
  defaultEdgeColor: canvasColours.edge,
  labelFont: FONT,
  labelSize: 12,
  labelWeight: "500",
  labelColor: { color: canvasColours.label },
  labelDensity: 0.6,
  labelGridCellSize: 70,
  labelRenderedSizeThreshold: 7,
  zIndex: true,
  // A zero-sized container (hidden tab, tiny window) must not crash the app.
  allowInvalidContainer: true,
  minCameraRatio: 0.03,
  maxCameraRatio: 8,
};

export interface GraphViewProps {
  graph: GraphModel;
  /** Bumps when the model changes (legend, reducers). */
  version: number;
  layout: LayoutPlan;
  /** The first picture left entities out: how many it shows (the notice says so), else null. */
  truncated: number | null;
  interaction: Interaction;
  onInteraction: InteractionUpdate;
  onExpand?: (node: string) => void;
  focus?: FocusRequest | null;
}

/** The sigma canvas with its controllers, legend and camera controls. */
export function GraphView({ graph, version, layout, truncated, interaction, onInteraction, onExpand, focus = null }: GraphViewProps) {
  const { t } = useTranslation();
  const [sigma, setSigma] = useState<Sigma<NodeData, EdgeData> | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  // The model is mutable: `version` says when it changed.
  const counts = useMemo(() => kindCounts(graph), [graph, version]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || !sigma || event.altKey || event.ctrlKey || event.metaKey) return;
    if (cameraKey(sigma, event.key)) event.preventDefault();
  };

  return (
    <div className="graph-view" data-testid="graph-view">
      <div
        id="graph-stage"
        className="graph-stage"
        tabIndex={0}
        role="region"
        aria-label={t("graph.canvasLabel", { nodes: graph.order, edges: graph.size })}
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
      >
        <SigmaContainer<NodeData, EdgeData> ref={setSigma} graph={graph} settings={SIGMA_SETTINGS}>
          <HighlightController graph={graph} version={version} interaction={interaction} />
          <EventsController onInteraction={onInteraction} onExpand={onExpand} />
          <CameraController focus={focus} />
          <LayoutController graph={graph} plan={layout} onRunning={setLayoutRunning} />
          <ResizeController />
          <TestHookController />
          <CameraControls />
        </SigmaContainer>
      </div>
      {graph.order === 0 ? (
        <p className="canvas-hint" data-testid="canvas-empty">
          {t("graph.emptyCanvas")}
        </p>
      ) : (
        <Legend counts={counts} />
      )}
      {(truncated !== null || layoutRunning) && (
        <div className="graph-notices">
          {truncated !== null && (
            <p className="graph-notice" role="note" data-testid="graph-truncated">
              {t("graph.truncated", { count: truncated })}
            </p>
          )}
          {layoutRunning && (
            <p className="graph-notice" role="status">
              {t("graph.layingOut")}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

