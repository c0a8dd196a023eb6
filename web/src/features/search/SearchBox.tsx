import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { kindKey } from "../../i18n/keys";
import { kindColour } from "../../schema/styling";
import { describeFailure } from "../graph/errors";
import { SEARCH_PAGE, SEARCH_QUERY } from "./search.query";
import type { EntityRef } from "./search.query";
import { closeList, closedList, moveActive, pointAt, searchable, showResults } from "./searchState";
import type { SearchList } from "./searchState";

export const SEARCH_INPUT_ID = "search-input";
const DEBOUNCE_MS = 200;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export interface SearchBoxProps {
  /** An entity was chosen: Enter or a click (`extend`: Shift held, add it to the selection). */
  onChoose: (ref: EntityRef, options: { extend: boolean }) => void;
  isOnCanvas: (id: string) => boolean;
}

/**
 * Full-text search over names, handles, identifiers and message text (Japanese and English), as an ARIA combobox:
 * `/` focuses it from anywhere, the arrow keys move through the results, Enter puts the active one on the canvas
 * (Shift+Enter adds it to the selection), Esc closes the list and then clears the text.
 */
export function SearchBox({ onChoose, isOnCanvas }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [list, setList] = useState<SearchList>(closedList);
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  const skip = !searchable(query);
  const { data, previousData, loading, error } = useQuery(SEARCH_QUERY, { variables: { text: query, first: SEARCH_PAGE }, skip });
  const results = skip ? [] : (data ?? previousData)?.search ?? [];
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;
  const pending = searchable(text) && (text.trim() !== query || loading);
  /** The text the listed results are for (they stay listed while the next answer is on its way). */
  const [resultsFor, setResultsFor] = useState<string | null>(null);
  /** Enter pressed before the answer for the typed text came: take its first result when it comes. */
  const [waiting, setWaiting] = useState<{ extend: boolean } | null>(null);

  useEffect(() => {
    if (skip || !data) return;
    setResultsFor(query);
    setList(showResults(data.search.length));
  }, [data, skip, query]);

  const open = list.open && !skip && text.trim() !== "";
  const active = open && list.active >= 0 && list.active < results.length ? list.active : -1;

  const choose = (ref: EntityRef | undefined, extend: boolean) => {
    setWaiting(null);
    if (!ref) return;
    setList(closeList());
    onChoose(ref, { extend });
  };

  useEffect(() => {
    if (!waiting || pending) return;
    if (skip) setWaiting(null);
    else choose(results[0], waiting.extend);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        event.preventDefault();
        setList(moveActive(event.key === "ArrowDown" ? 1 : -1, results.length));
        break;
      case "Enter":
        event.preventDefault();
        if (pending) setWaiting({ extend: event.shiftKey }); // the results listed are for older text
        else choose(results[active >= 0 ? active : 0], event.shiftKey);
        break;
      case "Escape":
        // Esc closes the list, then clears the text, then leaves for the graph; the app's Esc (close the panel)
        // does not apply while typing.
        event.preventDefault();
        if (open) setList(closeList());
        else if (text !== "") setText("");
        else document.getElementById("graph-stage")?.focus();
        break;
    }
  };

  let status: string | null = null;
  if (!skip && open) {
    if (error) status = t("search.error", { message: describeFailure(error).message });
    else if (!pending && results.length === 0) status = t("search.noResults", { text: query });
  }

  return (
    <div className="search" data-testid="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t("search.label")}
      </label>
      <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" />
        <path d="M10.5 10.5L14 14" />
      </svg>
      <input
        id={SEARCH_INPUT_ID}
        className="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t("search.placeholder")}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${listId}-hint`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => results.length > 0 && setList(showResults(results.length))}
        onBlur={() => setList(closeList())}
        data-testid="search-input"
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
      <span id={`${listId}-hint`} className="visually-hidden">
        {t("search.hint")}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {open && !pending && results.length > 0 ? t("search.count", { count: results.length }) : ""}
      </span>
      {open && (
        <div className="search-popup" data-testid="search-popup">
          <ul id={listId} role="listbox" aria-label={t("search.results")} className="search-results" data-testid="search-results" data-query={resultsFor ?? ""} aria-busy={pending}>
            {results.map((r, i) => (
              <li
                key={r.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search-result"
                data-id={r.id}
                data-kind={r.kind}
                // mousedown, not click: the input keeps focus (blur would close the list first)
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(r, e.shiftKey);
                }}
                onMouseEnter={() => setList(pointAt(i))}
              >
                <span className="swatch" style={{ background: kindColour(r.kind) }} aria-hidden="true" />
                <span className="search-caption">{r.caption}</span>
                <span className="search-kind">{t(kindKey(r.kind))}</span>
                {isOnCanvas(r.id) && <span className="search-on-canvas">{t("search.onCanvas")}</span>}
              </li>
            ))}
          </ul>
          {status && (
            <p className="search-status" data-testid="search-status">
              {status}
            </p>
          )}
          {pending && results.length === 0 && <p className="search-status">{t("search.searching")}</p>}
          {results.length > 0 && <p className="search-help">{t("search.help")}</p>}
        </div>
      )}
    </div>
  );
}
