import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { kindKey, relationshipKey } from "../../i18n/keys";
import { kindColour } from "../../schema/styling";
import { neighboursOf } from "../graph/model";
import type { GraphModel } from "../graph/types";

/** Relationships listed in the panel; the rest are counted. */
const LISTED_MAX = 25;

export interface NodePanelProps {
  graph: GraphModel;
  node: string;
  onClose: () => void;
  onSelect: (node: string) => void;
}

/** The selected node: id, kind, caption and its relationships in view. Esc closes it (see App). */
export function NodePanel({ graph, node, onClose, onSelect }: NodePanelProps) {
  const { t } = useTranslation();
  const attrs = graph.hasNode(node) ? graph.getNodeAttributes(node) : null;
  const neighbours = useMemo(() => neighboursOf(graph, node), [graph, node]);
  if (!attrs) return null;
  const listed = neighbours.slice(0, LISTED_MAX);

  return (
    <aside className="side-panel" aria-labelledby="panel-title" data-testid="node-panel">
      <header className="side-panel-header">
        <h2 id="panel-title">{t("panel.title")}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("panel.close")} title={t("panel.close")} data-testid="panel-close">
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
        </button>
      </header>
      <p className="node-caption" data-testid="panel-caption">
        <span className="swatch" style={{ background: kindColour(attrs.kind) }} aria-hidden="true" />
        <span className="visually-hidden">{t("panel.caption")}: </span>
        {attrs.caption}
      </p>
      <dl className="facts">
        <dt>{t("panel.kind")}</dt>
        <dd data-testid="panel-kind" data-kind={attrs.kind}>
          {t(kindKey(attrs.kind))}
        </dd>
        <dt>{t("panel.id")}</dt>
        <dd data-testid="panel-id">
          <code>{node}</code>
        </dd>
        {attrs.placeholder && (
          <>
            <dt>{t("panel.placeholder")}</dt>
            <dd>{t("panel.placeholderBody")}</dd>
          </>
        )}
      </dl>
      <h3>{t("panel.relationships")}</h3>
      {neighbours.length === 0 ? (
        <p className="muted">{t("panel.noRelationships")}</p>
      ) : (
        <ul className="relationships">
          {listed.map((n) => (
            <li key={n.edge}>
              <span className="direction" title={t(n.direction === "outgoing" ? "panel.outgoing" : "panel.incoming")}>
                <span aria-hidden="true">{n.direction === "outgoing" ? "→" : "←"}</span>
                <span className="visually-hidden">{t(n.direction === "outgoing" ? "panel.outgoing" : "panel.incoming")}</span>
              </span>
              <span className="rel-type">{t(relationshipKey(n.relationship))}</span>
              <button type="button" className="link-button" onClick={() => onSelect(n.node)} aria-label={t("panel.focusNeighbour", { caption: n.caption })}>
                <span className="swatch" style={{ background: kindColour(n.kind) }} aria-hidden="true" />
                {n.caption}
              </button>
            </li>
          ))}
        </ul>
      )}
      {neighbours.length > listed.length && <p className="muted">{t("panel.more", { count: neighbours.length - listed.length })}</p>}
    </aside>
  );
}
