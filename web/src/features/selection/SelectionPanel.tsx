import { useTranslation } from "react-i18next";
import { kindKey } from "../../i18n/keys";
import { kindColour } from "../../schema/styling";
import { Tabs } from "../../ui/Tabs";
import { CommonNeighbours } from "../common/CommonNeighbours";
import type { GraphModel } from "../graph/types";
import { ConnectionPanel } from "../paths/ConnectionPanel";
import type { ApiPath } from "../paths/paths.query";
import type { EntityRef } from "../search/search.query";
import { Timeline } from "../timeline/Timeline";

export type SelectionTab = "connection" | "timeline" | "common";

export interface SelectionPanelProps {
  graph: GraphModel;
  selected: readonly string[];
  tab: SelectionTab;
  onTab: (tab: SelectionTab) => void;
  onSelect: (node: string) => void;
  onDeselect: (node: string) => void;
  onRemove: (nodes: string[]) => void;
  onShowEntity: (entity: Pick<EntityRef, "id" | "kind" | "caption">) => void;
  onShowPaths: (paths: readonly ApiPath[]) => void;
}

/** Several entities selected: how two are connected, their joint timeline, what they have in common. */
export function SelectionPanel({ graph, selected, tab, onTab, onSelect, onDeselect, onRemove, onShowEntity, onShowPaths }: SelectionPanelProps) {
  const { t } = useTranslation();
  const nodes = selected.filter((n) => graph.hasNode(n)).map((id) => ({ id, ...graph.getNodeAttributes(id) }));
  const pair = nodes.length === 2 ? ([nodes[0]!, nodes[1]!] as const) : null;
  const tabs = [
    {
      id: "connection" as const,
      label: t("connection.tab"),
      render: () =>
        pair ? (
          <ConnectionPanel key={`${pair[0].id}|${pair[1].id}`} from={pair[0]} to={pair[1]} onShowPaths={onShowPaths} onSelect={onSelect} />
        ) : (
          <p className="muted" data-testid="connection-needs-two">
            {t("connection.needsTwo")}
          </p>
        ),
    },
    { id: "timeline" as const, label: t("timeline.tab"), render: () => <Timeline key={selected.join("|")} ids={selected} onShow={onShowEntity} /> },
    {
      id: "common" as const,
      label: t("common.tab"),
      render: () => <CommonNeighbours key={selected.join("|")} ids={selected.slice(0, 10)} onShow={onShowEntity} isOnCanvas={(id) => graph.hasNode(id)} />,
    },
  ];

  return (
    <>
      <ul className="selection-list" data-testid="selection-list">
        {nodes.map((n, i) => (
          <li key={n.id} data-id={n.id}>
            <span className="selection-order" aria-hidden="true">
              {pair ? (i === 0 ? "A" : "B") : i + 1}
            </span>
            <button type="button" className="link-button" onClick={() => onSelect(n.id)} title={t(kindKey(n.kind))} aria-label={t("panel.focusNeighbour", { caption: n.caption })}>
              <span className="swatch" style={{ background: kindColour(n.kind) }} aria-hidden="true" />
              {n.caption}
            </button>
            <button type="button" className="icon-button icon-button--small" onClick={() => onDeselect(n.id)} aria-label={t("selection.deselect", { caption: n.caption })} title={t("selection.deselect", { caption: n.caption })}>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <div className="panel-actions">
        <button type="button" className="button button--quiet button--small" onClick={() => onRemove([...selected])} aria-keyshortcuts="Delete" data-testid="remove">
          {t("selection.remove", { count: nodes.length })}
        </button>
      </div>
      <Tabs<SelectionTab> label={t("selection.tabs")} selected={tab} onSelect={onTab} tabs={tabs} />
    </>
  );
}
