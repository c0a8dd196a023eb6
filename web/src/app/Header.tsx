import { useTranslation } from "react-i18next";
import { useSessionState } from "../features/auth/SessionContext";
import { UserMenu } from "../features/auth/UserMenu";
import { HealthIndicator } from "../features/health/HealthIndicator";
import { LanguageSwitcher } from "../i18n/LanguageSwitcher";

export function Header({ patrolOpen, onTogglePatrol }: { patrolOpen: boolean; onTogglePatrol: () => void }) {
  const { t } = useTranslation();
  const loggedIn = useSessionState().status === "authenticated";
  return (
    <header className="app-header" data-testid="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <path d="M9 10L22 8M9 10l6 13M22 8l-7 15" />
          <circle cx="9" cy="10" r="3.5" />
          <circle cx="22" cy="8" r="3.5" />
          <circle cx="15" cy="23" r="3.5" />
        </svg>
        <h1 className="brand-name">{t("app.name")}</h1>
        <span className="brand-tagline" data-testid="app-tagline">
          {t("app.tagline")}
        </span>
      </div>
      <HealthIndicator />
      {loggedIn && (
        <button
          type="button"
          className={`header-button${patrolOpen ? " header-button--on" : ""}`}
          aria-pressed={patrolOpen}
          aria-controls={patrolOpen ? "patrol-panel" : undefined}
          title={t("patrol.open")}
          onClick={onTogglePatrol}
          data-testid="patrol-button"
        >
          {t("patrol.title")}
        </button>
      )}
      <LanguageSwitcher />
      {loggedIn && <UserMenu />}
    </header>
  );
}
