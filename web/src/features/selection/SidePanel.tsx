import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The side panel's frame: a title, a close button (Esc closes it too, see App) and the content. */
export function SidePanel({ title, onClose, testId, children }: { title: string; onClose: () => void; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <aside className="side-panel" aria-labelledby="panel-title" data-testid={testId}>
      <header className="side-panel-header">
        <h2 id="panel-title">{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("panel.close")} title={t("panel.close")} data-testid="panel-close">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>
      {children}
    </aside>
  );
}
