import { Trans, useTranslation } from "react-i18next";
import { GRAPHQL_ENDPOINT } from "../../app/apollo";
import type { LoadFailure } from "./errors";

/** The command that loads case files (README, importers/). */
export const IMPORT_COMMAND = "npm run import";

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div className="graph-state" role="status" data-testid="graph-loading">
      <span className="spinner" aria-hidden="true" />
      <p>{t("graph.loading")}</p>
    </div>
  );
}

export function EmptyState() {
  const { t } = useTranslation();
  return (
    <div className="graph-state" data-testid="graph-empty">
      <h2>{t("graph.emptyTitle")}</h2>
      <p>
        <Trans i18nKey="graph.emptyBody" values={{ command: IMPORT_COMMAND }} components={{ code: <code /> }} />
      </p>
    </div>
  );
}

export function ErrorState({ failure, onRetry }: { failure: LoadFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="graph-state graph-state--error" role="alert" data-testid="graph-error" data-reason={failure.reason}>
      <h2>{failure.reason === "unreachable" ? t("graph.errorTitle") : t("graph.serverErrorTitle")}</h2>
      {failure.reason === "unreachable" && <p>{t("graph.errorBody", { endpoint: GRAPHQL_ENDPOINT })}</p>}
      <p className="error-detail">{t("graph.errorDetail", { message: failure.message })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("graph.retry")}
      </button>
    </div>
  );
}
