import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { kindKey, relationshipKey } from "../../i18n/keys";
import { formatDateTime } from "../../i18n/format";
import { kindColour } from "../../schema/styling";
import { describeFailure } from "../graph/errors";
import { SHORTEST_PATHS_QUERY, TIME_RESPECTING_PATHS_QUERY } from "./paths.query";
import type { ApiPath } from "./paths.query";
import { DEFAULT_MAX_LENGTH, MAX_LENGTH_CHOICES, pathSteps } from "./paths";

type Mode = "shortest" | "timeOrdered";

export interface ConnectionPanelProps {
  from: { id: string; caption: string };
  to: { id: string; caption: string };
  /** Draws paths on the canvas and highlights them. */
  onShowPaths: (paths: readonly ApiPath[]) => void;
  onSelect: (node: string) => void;
}

/**
 * How are these two connected? Shortest paths between the two selected entities (or only paths whose events
 * happen in time order), drawn out on the canvas as soon as they arrive.
 */
export function ConnectionPanel({ from, to, onShowPaths, onSelect }: ConnectionPanelProps) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>("shortest");
  const [maxLength, setMaxLength] = useState<number>(DEFAULT_MAX_LENGTH);
  const [all, setAll] = useState(false);
  const ids = useId();
  const variables = { from: from.id, to: to.id, maxLength, all };
  const shortest = useQuery(SHORTEST_PATHS_QUERY, { variables, skip: mode !== "shortest" });
  const timed = useQuery(TIME_RESPECTING_PATHS_QUERY, { variables, skip: mode !== "timeOrdered" });
  const active = mode === "shortest" ? shortest : timed;
  const paths: readonly ApiPath[] | undefined = mode === "shortest" ? shortest.data?.shortestPaths : timed.data?.timeRespectingPaths;
  const shown = useRef<readonly ApiPath[] | undefined>(undefined);

  useEffect(() => {
    if (!paths || paths.length === 0 || shown.current === paths) return;
    shown.current = paths;
    onShowPaths(paths);
  }, [paths, onShowPaths]);

  return (
    <section aria-labelledby={`${ids}-title`} data-testid="connection">
      <h3 id={`${ids}-title`} className="visually-hidden">
        {t("connection.title")}
      </h3>
      <p className="connection-ends">
        {t("connection.between", { from: from.caption, to: to.caption })}
      </p>
      <fieldset className="connection-options">
        <legend className="visually-hidden">{t("connection.options")}</legend>
        <div className="segmented" role="radiogroup" aria-label={t("connection.mode")}>
          {(["shortest", "timeOrdered"] as const).map((m) => (
            <label key={m} className="segmented-option">
              <input type="radio" name={`${ids}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`connection-mode-${m}`} />
              <span>{m === "shortest" ? t("connection.shortest") : t("connection.timeOrdered")}</span>
            </label>
          ))}
        </div>
        <label className="inline-field">
          <span>{t("connection.maxLength")}</span>
          <select value={maxLength} onChange={(e) => setMaxLength(Number(e.target.value))} data-testid="connection-max-length">
            {MAX_LENGTH_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {mode === "shortest" && (
          <label className="inline-field">
            <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="connection-all" />
            <span>{t("connection.all")}</span>
          </label>
        )}
      </fieldset>
      {mode === "timeOrdered" && <p className="muted">{t("connection.timeOrderedHelp")}</p>}

      <div role="status" aria-live="polite" data-testid="connection-status">
        {active.loading && <p className="muted">{t("connection.searching")}</p>}
        {!active.loading && active.error && (
          <p className="form-error" role="alert">
            {t("connection.failed", { message: describeFailure(active.error).message })}
          </p>
        )}
        {!active.loading && paths && paths.length === 0 && <p data-testid="connection-none">{t("connection.none", { count: maxLength })}</p>}
        {!active.loading && paths && paths.length > 0 && (
          <p data-testid="connection-found">{t("connection.found", { count: paths.length, length: paths[0]!.length })}</p>
        )}
      </div>

      {paths && paths.length > 0 && (
        <>
          <ol className="paths" data-testid="paths">
            {paths.map((path, i) => (
              <li key={i} className="path" data-testid="path" data-length={path.length}>
                <div className="path-head">
                  <span className="path-number">{t("connection.pathNumber", { number: i + 1 })}</span>
                  {path.startsAt && path.endsAt && (
                    <span className="muted">
                      {formatDateTime(path.startsAt, i18n.language)} – {formatDateTime(path.endsAt, i18n.language)}
                    </span>
                  )}
                  <button type="button" className="link-button" onClick={() => onShowPaths([path])} data-testid="path-show">
                    {t("connection.showThis")}
                  </button>
                </div>
                <ol className="path-steps">
                  {pathSteps(path).map((step) => (
                    <li key={step.node.id} className="path-step">
                      <button type="button" className="link-button" onClick={() => onSelect(step.node.id)} title={t(kindKey(step.node.kind))}>
                        <span className="swatch" style={{ background: kindColour(step.node.kind) }} aria-hidden="true" />
                        {step.node.caption}
                      </button>
                      {step.next && (
                        <span className="path-rel">
                          <span aria-hidden="true">{step.next.forward ? "↓" : "↑"}</span> {t(relationshipKey(step.next.type))}
                          <span className="visually-hidden">
                            {" "}
                            ({step.next.forward ? t("panel.outgoing") : t("panel.incoming")})
                          </span>
                        </span>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
          {paths.length > 1 && (
            <button type="button" className="button button--quiet" onClick={() => onShowPaths(paths)} data-testid="paths-show-all">
              {t("connection.showAll")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
