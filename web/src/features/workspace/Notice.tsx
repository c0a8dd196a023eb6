import { useTranslation } from "react-i18next";

export type WorkspaceNotice =
  | { kind: "expanded"; node: string; caption: string; added: number; remaining: number | null; truncated: boolean }
  | { kind: "expandFailed"; caption: string; message: string }
  | { kind: "allShown"; caption: string }
  | { kind: "removed"; count: number }
  | { kind: "pathsShown"; count: number }
  | { kind: "failed"; message: string };

/** What the last action did, announced politely; "Show more" continues an expansion that left some out. */
export function Notice({ notice, onMore, onDismiss }: { notice: WorkspaceNotice | null; onMore: (node: string) => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="workspace-notice-region" role="status" aria-live="polite" data-testid="notice-region">
      {notice && (
        <div className={`workspace-notice${notice.kind.endsWith("ailed") ? " workspace-notice--error" : ""}`} data-testid="notice" data-kind={notice.kind}>
          <span>
            <NoticeText notice={notice} />
          </span>
          {notice.kind === "expanded" && notice.remaining !== null && notice.remaining > 0 && (
            <button type="button" className="link-button" onClick={() => onMore(notice.node)} data-testid="notice-more">
              {t("notice.showMore")}
            </button>
          )}
          <button type="button" className="icon-button icon-button--small" onClick={onDismiss} aria-label={t("notice.dismiss")} title={t("notice.dismiss")}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
      )}
    </div>
  );
}

function NoticeText({ notice }: { notice: WorkspaceNotice }) {
  const { t } = useTranslation();
  switch (notice.kind) {
    case "expanded": {
      const added = notice.added === 0 ? t("notice.expandedNone", { caption: notice.caption }) : t("notice.expanded", { count: notice.added, caption: notice.caption });
      if (notice.remaining) return `${added} ${t("notice.remaining", { count: notice.remaining })}`;
      // The API cut the answer short (its limits) though no count says what is missing.
      return notice.truncated ? `${added} ${t("notice.truncated")}` : added;
    }
    case "expandFailed":
      return t("notice.expandFailed", { caption: notice.caption, message: notice.message });
    case "allShown":
      return t("notice.allShown", { caption: notice.caption });
    case "removed":
      return t("notice.removed", { count: notice.count });
    case "pathsShown":
      return t("notice.pathsShown", { count: notice.count });
    case "failed":
      return t("notice.failed", { message: notice.message });
  }
}
