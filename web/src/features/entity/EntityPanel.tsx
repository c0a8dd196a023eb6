import { useQuery } from "@apollo/client/react";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { kindKey, relationshipKey } from "../../i18n/keys";
import { kindColour } from "../../schema/styling";
import { Tabs } from "../../ui/Tabs";
import { Annotations } from "../annotations/Annotations";
import type { SessionUser } from "../auth/session";
import { describeFailure } from "../graph/errors";
import { hiddenOnCanvas, neighboursOf } from "../graph/model";
import type { GraphModel } from "../graph/types";
import { Timeline } from "../timeline/Timeline";
import type { EventParticipant } from "../timeline/timeline.query";
import { ENTITY_QUERY } from "./entity.query";
import { EntityDetailsView } from "./EntityDetailsView";

/** Relationships in view listed in the panel; the rest are counted. */
const LISTED_MAX = 25;

export type EntityTab = "details" | "timeline" | "notes";

export interface EntityPanelProps {
  graph: GraphModel;
  version: number;
  node: string;
  user: SessionUser;
  tab: EntityTab;
  onTab: (tab: EntityTab) => void;
  onSelect: (node: string) => void;
  onExpand: (node: string) => void;
  expanding: boolean;
  onRemove: (nodes: string[]) => void;
  onShowEntity: (entity: { id: string; kind: string; caption: string }) => void;
  /** What the details say that the canvas should know (relationship count, placeholder flag). */
  onLearn: (node: string, facts: { totalDegree: number; placeholder: boolean; caption: string }) => void;
}

/** Who is this: the selected entity's details, timeline and notes, and the way to expand it. */
export function EntityPanel(props: EntityPanelProps) {
  const { graph, version, node, user, tab, onTab, onSelect, onExpand, expanding, onRemove, onShowEntity, onLearn } = props;
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ENTITY_QUERY, { variables: { id: node } });
  const entity = data?.entity.id === node ? data.entity : undefined;
  const attrs = graph.hasNode(node) ? graph.getNodeAttributes(node) : null;
  // The model is mutable: `version` says when it changed.
  const neighbours = useMemo(() => neighboursOf(graph, node), [graph, node, version]);
  const hidden = useMemo(() => hiddenOnCanvas(graph, node), [graph, node, version]);

  useEffect(() => {
    if (entity) onLearn(entity.id, { totalDegree: entity.totalDegree, placeholder: entity.placeholder, caption: entity.caption });
  }, [entity, onLearn]);

  if (!attrs) return null;
  const format = new Intl.NumberFormat(i18n.language);
  const listed = neighbours.slice(0, LISTED_MAX);
  const expandLabel = hidden === 0 ? t("entity.allShownShort") : neighbours.length === 0 ? t("entity.expand") : t("entity.expandMore");
  const notes = entity?.annotations.filter((a) => !a.deleted).length;

  return (
    <>
      <p className="node-caption" data-testid="panel-caption">
        <span className="swatch" style={{ background: kindColour(attrs.kind) }} aria-hidden="true" />
        <span className="visually-hidden">{t("panel.caption")}: </span>
        {attrs.caption}
      </p>
      <dl className="facts">
        <dt>{t("panel.kind")}</dt>
        <dd data-testid="panel-kind" data-kind={attrs.kind}>
          {t(kindKey(attrs.kind))}
          {attrs.placeholder && <span className="badge" title={t("panel.placeholderBody")}>{t("panel.placeholder")}</span>}
        </dd>
        <dt>{t("panel.id")}</dt>
        <dd data-testid="panel-id">
          <code>{node}</code>
        </dd>
        <dt>{t("entity.onCanvas")}</dt>
        <dd data-testid="panel-in-view">
          {hidden === null
            ? t("entity.inView", { count: neighbours.length })
            : t("entity.inViewOf", { count: neighbours.length, total: format.format(neighbours.length + hidden) })}
        </dd>
      </dl>
      <div className="panel-actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => onExpand(node)}
          aria-disabled={expanding || hidden === 0 || undefined}
          aria-keyshortcuts="E"
          title={hidden === 0 ? t("entity.allShown") : t("entity.expandHint")}
          data-testid="expand"
        >
          {expanding ? t("entity.expanding") : hidden ? `${expandLabel} (+${format.format(hidden)})` : expandLabel}
          <kbd className="key-hint" aria-hidden="true">
            E
          </kbd>
        </button>
        <button type="button" className="button button--quiet button--small" onClick={() => onRemove([node])} aria-keyshortcuts="Delete" data-testid="remove">
          {t("entity.remove")}
        </button>
      </div>
      {hidden !== null && hidden > 0 && (
        <p className="hidden-note" data-testid="hidden-note">
          {t("entity.hidden", { count: hidden })}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="entity-error">
          {t("entity.failed", { message: describeFailure(error).message })}
        </p>
      )}
      <Tabs<EntityTab>
        label={t("entity.tabs")}
        selected={tab}
        onSelect={onTab}
        tabs={[
          {
            id: "details",
            label: t("entity.details"),
            render: () => (
              <>
                {entity ? <EntityDetailsView entity={entity} /> : loading && <p className="muted">{t("entity.loading")}</p>}
                <h3>{t("panel.relationships")}</h3>
                {neighbours.length === 0 ? (
                  <p className="muted">{t("panel.noRelationships")}</p>
                ) : (
                  <ul className="relationships" data-testid="in-view">
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
              </>
            ),
          },
          {
            id: "timeline",
            label: t("timeline.tab"),
            render: () => <Timeline ids={[node]} onShow={(p: EventParticipant) => onShowEntity(p)} />,
          },
          {
            id: "notes",
            label: notes ? t("notes.tabCount", { count: notes }) : t("notes.tab"),
            render: () =>
              entity ? <Annotations entityId={entity.id} annotations={entity.annotations} user={user} /> : <p className="muted">{t("entity.loading")}</p>,
          },
        ]}
      />
    </>
  );
}
