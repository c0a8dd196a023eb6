import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { SHORTCUTS } from "./shortcuts";
import type { ShortcutAction } from "./shortcuts";

const DESCRIPTION = {
  focusSearch: "shortcuts.focusSearch",
  expand: "shortcuts.expand",
  remove: "shortcuts.remove",
  closePanel: "shortcuts.closePanel",
  clearHighlight: "shortcuts.clearHighlight",
  help: "shortcuts.help",
} as const satisfies Record<ShortcutAction, string>;

/** The keyboard shortcuts, in a modal dialog (Esc or the button closes it; focus returns where it was). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose} data-testid="shortcuts-dialog">
      <h2 id="shortcuts-title">{t("shortcuts.title")}</h2>
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.action} className="shortcut-row">
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{t(DESCRIPTION[s.action])}</dd>
          </div>
        ))}
        <div className="shortcut-row">
          <dt>
            <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd>
          </dt>
          <dd>{t("shortcuts.searchKeys")}</dd>
        </div>
        <div className="shortcut-row">
          <dt>
            <kbd>Shift</kbd>+<kbd>Enter</kbd>
          </dt>
          <dd>{t("shortcuts.searchExtend")}</dd>
        </div>
        <div className="shortcut-row">
          <dt>
            <kbd>Shift</kbd>+{t("shortcuts.click")}
          </dt>
          <dd>{t("shortcuts.extendSelection")}</dd>
        </div>
        <div className="shortcut-row">
          <dt>{t("shortcuts.doubleClick")}</dt>
          <dd>{t("shortcuts.doubleClickExpand")}</dd>
        </div>
        <div className="shortcut-row">
          <dt>
            <kbd>+</kbd> <kbd>−</kbd> <kbd>0</kbd> <kbd>←</kbd> <kbd>→</kbd>
          </dt>
          <dd>{t("shortcuts.camera")}</dd>
        </div>
      </dl>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          {t("shortcuts.close")}
        </button>
      </form>
    </dialog>
  );
}
