import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../i18n/format";
import { Tabs } from "../../ui/Tabs";
import { describeFailure } from "../graph/errors";
import type { ApiNode } from "../graph/types";
import { ALERTS_QUERY, FLAGGED_QUERY, PATROL_PAGE, PATROL_SCAN_QUERY } from "./patrol.query";
import type { PatrolResult, WatchlistAlert } from "./patrol.query";
import { accountCaption, alertEntities, DEFAULT_FILTER, messageEntities, parseLabel, parseMinScore, scannable, scoreBars, SCAN_MAX } from "./patrol";
import type { FlaggedFilter } from "./patrol";
import { EvidenceList, LabelBadge, labelText, PostView } from "./PatrolParts";
import { usePaged } from "./usePaged";
import type { Paged } from "./usePaged";

export type PatrolTab = "alerts" | "flagged" | "scan";

/** Puts entities on the canvas; `pair` are selected afterwards (two: "how are they connected?"). */
export type ShowOnCanvas = (nodes: ApiNode[], pair: string[]) => Promise<void>;

/** Cyber patrol: watchlist alerts, flagged posts, and scanning a post by hand. */
export function PatrolPanel({ tab, onTab, onShow }: { tab: PatrolTab; onTab: (tab: PatrolTab) => void; onShow: ShowOnCanvas }) {
  const { t } = useTranslation();
  return (
    <Tabs<PatrolTab>
      label={t("patrol.tabs")}
      selected={tab}
      onSelect={onTab}
      tabs={[
        { id: "alerts", label: t("patrol.alerts"), render: () => <Alerts onShow={onShow} /> },
        { id: "flagged", label: t("patrol.flagged"), render: () => <Flagged onShow={onShow} /> },
        { id: "scan", label: t("patrol.scan"), render: () => <Scan /> },
      ]}
    />
  );
}

function PagedList<T>({ paged, empty, testId, children }: { paged: Paged<T & { id: string; cursor: string }>; empty: string; testId: string; children: (item: T) => ReactNode }) {
  const { t } = useTranslation();
  if (paged.status === "loading" && paged.items.length === 0)
    return (
      <p className="muted" role="status" data-testid={`${testId}-loading`}>
        {t("patrol.loading")}
      </p>
    );
  return (
    <>
      {paged.items.length === 0 && !paged.error && (
        <p className="muted patrol-empty" data-testid={`${testId}-empty`}>
          {empty}
        </p>
      )}
      {paged.items.length > 0 && (
        <ul className="patrol-list" data-testid={testId}>
          {paged.items.map((item) => (
            <li key={item.id} className="patrol-item" data-testid={`${testId}-item`}>
              {children(item)}
            </li>
          ))}
        </ul>
      )}
      {paged.error && (
        <p className="form-error" role="alert">
          {t("patrol.failed", { message: paged.error })}{" "}
          <button type="button" className="link-button" onClick={paged.retry}>
            {t("patrol.retry")}
          </button>
        </p>
      )}
      {paged.hasMore && !paged.error && (
        <button type="button" className="button button--quiet button--small patrol-more" onClick={paged.loadMore} disabled={paged.status !== "idle"} data-testid={`${testId}-more`}>
          {paged.status === "more" ? t("patrol.loadingMore") : t("patrol.loadMore")}
        </button>
      )}
    </>
  );
}

function ShowButton({ label, onClick, testId }: { label: string; onClick: () => Promise<void>; testId: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button--small"
      disabled={busy}
      data-testid={testId}
      onClick={() => {
        setBusy(true);
        void onClick().finally(() => setBusy(false));
      }}
    >
      {label}
    </button>
  );
}

function Alerts({ onShow }: { onShow: ShowOnCanvas }) {
  const { t, i18n } = useTranslation();
  const paged = usePaged(ALERTS_QUERY, { first: PATROL_PAGE }, (d) => d.alerts, "alerts");
  return (
    <PagedList<WatchlistAlert> paged={paged} empty={t("patrol.noAlerts")} testId="patrol-alerts">
      {(alert) => (
        <article className="patrol-alert" aria-label={alert.reason}>
          <p className="patrol-reason">
            <strong>{alert.reason}</strong>
          </p>
          <p className="muted patrol-alert-meta">
            {formatDateTime(alert.createdAt, i18n.language)} · {t("patrol.identifier")} <mark className="patrol-identifier">{alert.identifier}</mark> · {t("patrol.linkedAccount")}{" "}
            <span className="patrol-account" data-testid="patrol-linked">{accountCaption(alert.linkedAccount)}</span>
            {alert.linkedAccount.platform ? ` (${alert.linkedAccount.platform})` : ""}
          </p>
          <PostView message={alert.message} highlight={[alert.identifier]} />
          <ShowButton label={t("patrol.showAlert")} testId="patrol-alert-show" onClick={() => onShow(alertEntities(alert), [alert.message.id, alert.linkedAccount.id])} />
        </article>
      )}
    </PagedList>
  );
}

function Flagged({ onShow }: { onShow: ShowOnCanvas }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FlaggedFilter>(DEFAULT_FILTER);
  const [minText, setMinText] = useState(String(Math.round(DEFAULT_FILTER.minScore * 100)));
  const paged = usePaged(FLAGGED_QUERY, { first: PATROL_PAGE, label: filter.label, minScore: filter.minScore }, (d) => d.flaggedMessages, `${filter.label ?? ""}:${filter.minScore}`);
  return (
    <>
      <form
        className="patrol-filter"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter((f) => ({ ...f, minScore: parseMinScore(minText, f.minScore) }));
        }}
      >
        <label>
          {t("patrol.filterLabel")}
          <select value={filter.label ?? ""} onChange={(e) => setFilter((f) => ({ ...f, label: parseLabel(e.target.value) }))} data-testid="patrol-filter-label">
            <option value="">{t("patrol.bothLabels")}</option>
            <option value="DRUG_SALE">{labelText(t, "DRUG_SALE")}</option>
            <option value="RECRUITMENT">{labelText(t, "RECRUITMENT")}</option>
          </select>
        </label>
        <label>
          {t("patrol.minScore")}
          <input
            type="number"
            min={0}
            max={100}
            step={5}
            value={minText}
            onChange={(e) => setMinText(e.target.value)}
            onBlur={() => setFilter((f) => ({ ...f, minScore: parseMinScore(minText, f.minScore) }))}
            data-testid="patrol-filter-min"
          />
          %
        </label>
      </form>
      <PagedList paged={paged} empty={t("patrol.noFlagged")} testId="patrol-flagged">
        {(message) => (
          <>
            <PostView message={message} highlight={message.identifiers} />
            <ShowButton label={t("patrol.showPost")} testId="patrol-post-show" onClick={() => onShow(messageEntities(message), [message.id])} />
          </>
        )}
      </PagedList>
    </>
  );
}

function Scan() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [text, setText] = useState("");
  const [state, setState] = useState<{ status: "idle" | "scanning"; result: PatrolResult | null; error: string | null }>({ status: "idle", result: null, error: null });
  const scan = async () => {
    if (!scannable(text)) return;
    setState((s) => ({ ...s, status: "scanning", error: null }));
    try {
      const result = await client.query({ query: PATROL_SCAN_QUERY, variables: { text: text.trim() }, fetchPolicy: "no-cache" });
      if (result.error) throw result.error;
      if (!result.data) throw new Error("no data");
      setState({ status: "idle", result: result.data.patrolScan, error: null });
    } catch (e) {
      setState({ status: "idle", result: null, error: describeFailure(e as Error).message });
    }
  };
  const result = state.result;
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
  return (
    <form
      className="patrol-scan"
      onSubmit={(e) => {
        e.preventDefault();
        void scan();
      }}
    >
      <label htmlFor="patrol-scan-text">{t("patrol.scanHint")}</label>
      <textarea
        id="patrol-scan-text"
        rows={4}
        maxLength={SCAN_MAX}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void scan();
          }
        }}
        data-testid="patrol-scan-text"
      />
      <button type="submit" className="button button--small" disabled={!scannable(text) || state.status === "scanning"} data-testid="patrol-scan-button">
        {state.status === "scanning" ? t("patrol.scanning") : t("patrol.scanButton")}
      </button>
      {state.error && (
        <p className="form-error" role="alert">
          {t("patrol.failed", { message: state.error })}
        </p>
      )}
      <div role="status" aria-live="polite">
        {result && (
          <div className="patrol-result" data-testid="patrol-scan-result" data-label={result.label}>
            <p>
              {t("patrol.verdict")} <LabelBadge label={result.label} />
            </p>
            <ul className="patrol-bars" aria-label={t("patrol.scores")}>
              {scoreBars(result).map((bar) => (
                <li key={bar.label} className="patrol-bar-row">
                  <span className="patrol-bar-label">{labelText(t, bar.label)}</span>
                  <span className="patrol-bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={bar.percent} aria-label={labelText(t, bar.label)}>
                    <span className={`patrol-bar-fill patrol-bar-fill--${bar.label}`} style={{ width: `${bar.percent}%` }} />
                  </span>
                  <span className="patrol-bar-value">{percent.format(bar.score)}</span>
                </li>
              ))}
            </ul>
            <h3>{t("patrol.evidence")}</h3>
            <EvidenceList evidence={result.evidence} testId="patrol-scan-evidence" />
            <p className="muted patrol-model">{t("patrol.model", { model: result.model })}</p>
          </div>
        )}
      </div>
    </form>
  );
}
