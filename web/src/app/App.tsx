import { useApolloClient } from "@apollo/client/react";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../features/auth/SessionContext";
import { EntityPanel } from "../features/entity/EntityPanel";
import type { EntityTab } from "../features/entity/EntityPanel";
import { expansionRequest } from "../features/expand/expansion";
import { NEIGHBOURHOOD_QUERY } from "../features/expand/neighbourhood.query";
import type { InteractionUpdate } from "../features/graph/controllers/EventsController";
import { describeFailure } from "../features/graph/errors";
import { EmptyState, ErrorState, LoadingState } from "../features/graph/GraphStates";
import { GraphView } from "../features/graph/GraphView";
import {
  addToSelection,
  clearHighlight,
  clearSelection,
  forgetMissing,
  highlightPath,
  initialInteraction,
  primaryNode,
  selectNode,
  toggleNode,
} from "../features/graph/interaction";
import type { Interaction } from "../features/graph/interaction";
import { hiddenOnCanvas, learnAboutNode, removeNodes } from "../features/graph/model";
import type { ApiPath } from "../features/paths/paths.query";
import type { EntityRef } from "../features/search/search.query";
import { PatrolPanel } from "../features/patrol/PatrolPanel";
import type { PatrolTab, ShowOnCanvas } from "../features/patrol/PatrolPanel";
import { SearchBox } from "../features/search/SearchBox";
import { SelectionPanel } from "../features/selection/SelectionPanel";
import type { SelectionTab } from "../features/selection/SelectionPanel";
import { SidePanel } from "../features/selection/SidePanel";
import { ShortcutHelp } from "../features/shortcuts/ShortcutHelp";
import { useShortcuts } from "../features/shortcuts/useShortcuts";
import { Notice } from "../features/workspace/Notice";
import type { WorkspaceNotice } from "../features/workspace/Notice";
import { useWorkspace } from "../features/workspace/useWorkspace";
import { addEntities, applyPaths, applySubgraph } from "../features/workspace/workspace";
import { updateTestHook } from "../testing/hook";

const focusGraph = () => document.getElementById("graph-stage")?.focus();

/** The investigation workspace: search, the canvas, and the side panel of what is selected. */
export function App({ patrolOpen = false, onClosePatrol = () => {} }: { patrolOpen?: boolean; onClosePatrol?: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const client = useApolloClient();
  const ws = useWorkspace();
  const { graph, version, change } = ws;
  const [interaction, setInteraction] = useState<Interaction>(initialInteraction);
  const [entityTab, setEntityTab] = useState<EntityTab>("details");
  const [selectionTab, setSelectionTab] = useState<SelectionTab>("connection");
  const [notice, setNotice] = useState<WorkspaceNotice | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [patrolTab, setPatrolTab] = useState<PatrolTab>("alerts");
  const onInteraction: InteractionUpdate = useCallback((update) => setInteraction(update), []);
  const primary = primaryNode(interaction);
  const showCanvas = ws.started || graph.order > 0;
  const status = showCanvas ? "ready" : ws.sample.status;

  useEffect(() => updateTestHook({ graph: status }), [status]);
  useEffect(() => {
    updateTestHook({ selection: [...interaction.selected], highlight: interaction.highlight ? { nodes: [...interaction.highlight.nodes], edges: [...interaction.highlight.edges] } : null });
  }, [interaction.selected, interaction.highlight]);
  useEffect(() => updateTestHook({ expanding: expanding !== null }), [expanding]);
  useEffect(() => {
    setInteraction(forgetMissing((n) => graph.hasNode(n), (e) => graph.hasEdge(e)));
  }, [graph, version]);

  const captionOf = useCallback((node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "caption") : node), [graph]);

  const expand = useCallback(
    async (node: string) => {
      if (expanding !== null || !graph.hasNode(node)) return;
      const caption = captionOf(node);
      if (hiddenOnCanvas(graph, node) === 0) {
        setNotice({ kind: "allShown", caption });
        return;
      }
      setExpanding(node);
      try {
        const result = await client.query({ query: NEIGHBOURHOOD_QUERY, variables: expansionRequest(graph, node), fetchPolicy: "no-cache" });
        if (result.error) throw result.error;
        if (!result.data) throw new Error("no data");
        const subgraph = result.data.neighbourhood;
        const merged = change((g) => applySubgraph(g, subgraph), (r) => [node, ...r.addedNodes]);
        setNotice({ kind: "expanded", node, caption, added: merged.addedNodes.length, remaining: hiddenOnCanvas(graph, node), truncated: subgraph.truncated });
      } catch (error) {
        setNotice({ kind: "expandFailed", caption, message: describeFailure(error as Error).message });
      } finally {
        setExpanding(null);
      }
    },
    [client, graph, change, captionOf, expanding],
  );

  /** Puts an entity on the canvas (if it is not there yet), selects it and shows it. */
  const showEntity = useCallback(
    (entity: Pick<EntityRef, "id" | "kind" | "caption">, extend = false) => {
      if (graph.hasNode(entity.id)) ws.requestFocus([entity.id]);
      else change((g) => addEntities(g, [entity]), () => [entity.id]);
      setInteraction(extend ? addToSelection(entity.id) : selectNode(entity.id));
    },
    [graph, change, ws],
  );

  /** Patrol: puts a post, its sender (and the known account) on the canvas with the post's relationships. */
  const showOnCanvas: ShowOnCanvas = useCallback(
    async (nodes, select) => {
      const message = nodes[0];
      if (!message) return;
      change((g) => addEntities(g, nodes), () => nodes.map((n) => n.id));
      try {
        const result = await client.query({ query: NEIGHBOURHOOD_QUERY, variables: { ids: [message.id], depth: 1, limit: 20 }, fetchPolicy: "no-cache" });
        if (result.error) throw result.error;
        if (result.data) change((g) => applySubgraph(g, result.data!.neighbourhood), () => nodes.map((n) => n.id));
      } catch (error) {
        setNotice({ kind: "expandFailed", caption: message.caption, message: describeFailure(error as Error).message });
      }
      const [first, ...others] = select.filter((id) => graph.hasNode(id));
      if (first) setInteraction((s) => others.reduce((i, id) => addToSelection(id)(i), selectNode(first)(s)));
    },
    [client, change, graph],
  );

  const remove = useCallback(
    (nodes: string[]) => {
      const removed = change((g) => removeNodes(g, nodes));
      if (removed.length > 0) setNotice({ kind: "removed", count: removed.length });
      focusGraph();
    },
    [change],
  );

  const showPaths = useCallback(
    (paths: readonly ApiPath[]) => {
      const { highlight } = change((g) => applyPaths(g, paths), (r) => r.highlight.nodes);
      setInteraction(highlightPath(highlight));
      setNotice({ kind: "pathsShown", count: paths.length });
    },
    [change],
  );

  const learn = useCallback(
    (node: string, facts: { totalDegree: number; placeholder: boolean; caption: string }) => {
      if (!graph.hasNode(node)) return;
      const { totalDegree, placeholder, caption } = graph.getNodeAttributes(node);
      if (totalDegree === facts.totalDegree && placeholder === facts.placeholder && caption === facts.caption) return;
      change((g) => learnAboutNode(g, node, facts));
    },
    [graph, change],
  );

  const closePanel = useCallback(() => {
    const focusWasInPanel = document.activeElement?.closest(".side-panel") != null;
    setInteraction(clearSelection());
    if (focusWasInPanel) focusGraph();
  }, []);

  useShortcuts({
    focusSearch: () => document.getElementById("search-input")?.focus(),
    expand: () => (primary ? void expand(primary) : false),
    remove: () => (interaction.selected.length > 0 ? remove([...interaction.selected]) : false),
    closePanel: () => {
      if (helpOpen) return false;
      if (interaction.selected.length > 0 || interaction.highlight) return closePanel();
      return false;
    },
    help: () => setHelpOpen(true),
  });

  const panel =
    interaction.selected.length === 1 && primary !== null ? (
      <SidePanel title={t("panel.title")} onClose={closePanel} testId="node-panel">
        <EntityPanel
          graph={graph}
          version={version}
          node={primary}
          user={user}
          tab={entityTab}
          onTab={setEntityTab}
          onSelect={(node) => setInteraction(selectNode(node))}
          onExpand={(node) => void expand(node)}
          expanding={expanding === primary}
          onRemove={remove}
          onShowEntity={(entity) => showEntity(entity)}
          onLearn={learn}
        />
      </SidePanel>
    ) : interaction.selected.length > 1 ? (
      <SidePanel title={t("selection.title", { count: interaction.selected.length })} onClose={closePanel} testId="selection-panel">
        <SelectionPanel
          graph={graph}
          selected={interaction.selected}
          tab={selectionTab}
          onTab={setSelectionTab}
          onSelect={(node) => setInteraction(selectNode(node))}
          onDeselect={(node) => setInteraction(toggleNode(node))}
          onRemove={remove}
          onShowEntity={(entity) => showEntity(entity, true)}
          onShowPaths={showPaths}
        />
      </SidePanel>
    ) : null;

  return (
    <main className="workspace" aria-label={t("graph.region")}>
      <div className="workspace-main">
        <div className="toolbar" data-testid="toolbar">
          <SearchBox
            onChoose={(ref, { extend }) => {
              showEntity(ref, extend);
              focusGraph();
            }}
            isOnCanvas={(id) => graph.hasNode(id)}
          />
          <div className="toolbar-actions">
            {interaction.highlight && (
              <button type="button" className="button button--quiet button--small" onClick={() => setInteraction(clearHighlight())} data-testid="clear-highlight">
                {t("toolbar.clearHighlight")}
              </button>
            )}
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                ws.clear();
                setInteraction(initialInteraction);
                setNotice(null);
              }}
              disabled={graph.order === 0}
              data-testid="clear-canvas"
            >
              {t("toolbar.clearCanvas")}
            </button>
            <button type="button" className="icon-button" onClick={() => setHelpOpen(true)} aria-label={t("shortcuts.title")} title={t("shortcuts.title")} aria-keyshortcuts="?" data-testid="shortcuts-button">
              <span aria-hidden="true">?</span>
            </button>
          </div>
        </div>
        <div className="graph-area">
          {!showCanvas && ws.sample.status === "loading" && <LoadingState />}
          {!showCanvas && ws.sample.status === "empty" && <EmptyState />}
          {!showCanvas && ws.sample.status === "error" && <ErrorState failure={ws.sample} onRetry={ws.retrySample} />}
          {showCanvas && (
            <GraphView
              graph={graph}
              version={version}
              layout={ws.layout}
              truncated={ws.truncatedSample}
              interaction={interaction}
              onInteraction={onInteraction}
              onExpand={(node) => void expand(node)}
              focus={ws.focus}
            />
          )}
          <Notice notice={notice} onMore={(node) => void expand(node)} onDismiss={() => setNotice(null)} />
          {expanding !== null && (
            <p className="graph-busy" role="status" data-testid="expanding">
              <span className="spinner spinner--small" aria-hidden="true" />
              {t("entity.expandingNamed", { caption: captionOf(expanding) })}
            </p>
          )}
        </div>
      </div>
      {patrolOpen && (
        <aside className="side-panel patrol-panel" id="patrol-panel" aria-labelledby="patrol-title" data-testid="patrol-panel">
          <header className="side-panel-header">
            <h2 id="patrol-title">{t("patrol.title")}</h2>
            <button type="button" className="icon-button" onClick={onClosePatrol} aria-label={t("patrol.close")} title={t("patrol.close")} data-testid="patrol-close">
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          </header>
          <PatrolPanel tab={patrolTab} onTab={setPatrolTab} onShow={showOnCanvas} />
        </aside>
      )}
      {panel}
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </main>
  );
}
