import { useCamera } from "@react-sigma/core";
import { useTranslation } from "react-i18next";

/** Zoom and fit buttons over the canvas (keyboard: + − 0 when the canvas has focus). */
export function CameraControls() {
  const { t } = useTranslation();
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 200, factor: 1.5 });
  return (
    <div className="camera-controls" role="group" aria-label={t("graph.controls")}>
      <button type="button" className="icon-button" onClick={() => zoomIn()} title={t("graph.zoomIn")} aria-label={t("graph.zoomIn")}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
      </button>
      <button type="button" className="icon-button" onClick={() => zoomOut()} title={t("graph.zoomOut")} aria-label={t("graph.zoomOut")}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
      </button>
      <button type="button" className="icon-button" onClick={() => reset()} title={t("graph.fit")} aria-label={t("graph.fit")}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
      </button>
    </div>
  );
}
