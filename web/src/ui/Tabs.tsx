import { useId, useRef } from "react";
import type { KeyboardEvent, ReactNode } from "react";

export interface TabSpec<Id extends string> {
  id: Id;
  label: ReactNode;
  /** Rendered only while the tab is selected (so a tab's queries run when it is opened). */
  render: () => ReactNode;
}

/**
 * WAI-ARIA tabs with automatic activation: the arrow keys, Home and End move between tabs; Tab goes into the
 * panel. Only the selected panel is rendered.
 */
export function Tabs<Id extends string>({ tabs, selected, onSelect, label }: { tabs: ReadonlyArray<TabSpec<Id>>; selected: Id; onSelect: (id: Id) => void; label: string }) {
  const base = useId();
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  if (!current) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const i = tabs.findIndex((t) => t.id === current.id);
    let next = -1;
    if (event.key === "ArrowRight") next = (i + 1) % tabs.length;
    else if (event.key === "ArrowLeft") next = (i - 1 + tabs.length) % tabs.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            className="tab"
            data-testid={`tab-${tab.id}`}
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel-${current.id}`} aria-labelledby={`${base}-tab-${current.id}`} className="tab-panel" data-testid={`tabpanel-${current.id}`}>
        {current.render()}
      </div>
    </div>
  );
}
