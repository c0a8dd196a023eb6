import { useTranslation } from "react-i18next";
import { roleKey } from "../../i18n/keys";
import { loggedOut } from "./session";
import { useSession, useSessionStore } from "./SessionContext";

/** Header: who is logged in, with which role, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const store = useSessionStore();
  const { user } = useSession();
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-name" data-testid="user-name">
        <span className="visually-hidden">{t("user.loggedInAs")} </span>
        {user.username}
      </span>
      <span className="role-badge" data-testid="user-role" data-role={user.role}>
        {t(roleKey(user.role))}
      </span>
      <button type="button" className="header-button" onClick={() => store.update(loggedOut())} data-testid="logout">
        {t("user.logout")}
      </button>
    </div>
  );
}
