import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { kindKey, relationshipKey } from "../../i18n/keys";
import { formatAmount, formatTime } from "../../i18n/format";
import { kindColour } from "../../schema/styling";
import { describeFailure } from "../graph/errors";
import { TIMELINE_PAGE, TIMELINE_QUERY } from "./timeline.query";
import type { EventParticipant } from "./timeline.query";
import { appendPage, groupByDay, otherParticipants } from "./timeline";

/** What happened when: messages, payments, shipments and arrests touching the entities, oldest first. */
export function Timeline({ ids, onShow }: { ids: readonly string[]; onShow: (entity: EventParticipant) => void }) {
  const { t, i18n } = useTranslation();
  const variables = { ids: [...ids], first: TIMELINE_PAGE };
  const { data, loading, error, fetchMore } = useQuery(TIMELINE_QUERY, { variables, notifyOnNetworkStatusChange: true });
  const [more, setMore] = useState<{ loading: boolean; done: boolean; error: string | null }>({ loading: false, done: false, error: null });
  const events = data?.timeline ?? [];
  const days = useMemo(() => groupByDay(events, i18n.language), [events, i18n.language]);
  const hasMore = !more.done && events.length > 0 && events.length % TIMELINE_PAGE === 0;

  const loadMore = async () => {
    const last = events.at(-1);
    if (!last) return;
    setMore({ loading: true, done: false, error: null });
    try {
      const result = await fetchMore({
        variables: { after: last.cursor },
        updateQuery: (previous, { fetchMoreResult }) => ({ timeline: appendPage(previous.timeline ?? [], fetchMoreResult.timeline) }),
      });
      setMore({ loading: false, done: (result.data?.timeline.length ?? 0) < TIMELINE_PAGE, error: null });
    } catch (e) {
      setMore({ loading: false, done: false, error: describeFailure(e as Error).message });
    }
  };

  if (loading && events.length === 0) {
    return (
      <p className="muted" role="status" data-testid="timeline-loading">
        {t("timeline.loading")}
      </p>
    );
  }
  if (error && events.length === 0) {
    return (
      <p className="form-error" role="alert" data-testid="timeline-error">
        {t("timeline.failed", { message: describeFailure(error).message })}
      </p>
    );
  }
  if (events.length === 0) {
    return (
      <p className="muted" data-testid="timeline-empty">
        {t("timeline.none")}
      </p>
    );
  }

  return (
    <section aria-label={t("timeline.title")} data-testid="timeline">
      <p className="muted timeline-count">{t("timeline.count", { count: events.length })}</p>
      <ol className="timeline">
        {days.map((day) => (
          <li key={day.key} className="timeline-day">
            <h3 className="timeline-date">{day.label}</h3>
            <ol className="timeline-events">
              {day.events.map((e) => (
                <li key={e.id} className="timeline-event" data-testid="timeline-event" data-kind={e.kind} data-at={e.at}>
                  <div className="timeline-head">
                    <time dateTime={e.at} className="timeline-time">
                      {formatTime(e.at, i18n.language)}
                    </time>
                    <span className="swatch" style={{ background: kindColour(e.kind) }} aria-hidden="true" />
                    <span className="timeline-kind">{t(kindKey(e.kind))}</span>
                    {e.amount !== null && <span className="timeline-amount">{formatAmount(e.amount, e.currency, i18n.language)}</span>}
                  </div>
                  <p className="timeline-summary" lang={/[\u3040-\u30ff\u4e00-\u9fff]/.test(e.summary) ? "ja" : undefined}>
                    {e.summary}
                  </p>
                  <ul className="timeline-parties">
                    {otherParticipants(e, ids).map((p) => (
                      <li key={`${p.id}-${p.role}`}>
                        <span className="rel-type">{t(relationshipKey(p.role))}</span>{" "}
                        <button type="button" className="link-button" onClick={() => onShow(p)} aria-label={t("timeline.show", { caption: p.caption })}>
                          <span className="swatch" style={{ background: kindColour(p.kind) }} aria-hidden="true" />
                          {p.caption}
                        </button>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {more.error && (
        <p className="form-error" role="alert">
          {t("timeline.failed", { message: more.error })}
        </p>
      )}
      {hasMore && (
        <button type="button" className="button button--quiet" onClick={() => void loadMore()} aria-disabled={more.loading || undefined} data-testid="timeline-more">
          {more.loading ? t("timeline.loading") : t("timeline.more")}
        </button>
      )}
    </section>
  );
}
