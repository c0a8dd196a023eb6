import { useApolloClient } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoginScreen } from "../features/auth/LoginScreen";
import { useSessionState } from "../features/auth/SessionContext";
import { updateTestHook } from "../testing/hook";
import { forgetSessionData } from "./apollo";
import { App } from "./App";
import { Header } from "./Header";

/** Logged out: the login screen. Logged in: the workspace. Leaving a session forgets everything it loaded. */
export function Root() {
  const { t } = useTranslation();
  const state = useSessionState();
  const client = useApolloClient();
  const authenticated = state.status === "authenticated";
  const [patrolOpen, setPatrolOpen] = useState(false);

  const wasAuthenticated = useRef(authenticated);
  useEffect(() => {
    updateTestHook({ session: authenticated ? "authenticated" : "anonymous" });
    if (wasAuthenticated.current && !authenticated) forgetSessionData(client);
    wasAuthenticated.current = authenticated;
  }, [authenticated, client]);

  return (
    <div className="app">
      {authenticated && (
        <a className="skip-link" href="#graph-stage">
          {t("app.skipToGraph")}
        </a>
      )}
      <Header patrolOpen={patrolOpen} onTogglePatrol={() => setPatrolOpen((o) => !o)} />
      {authenticated ? <App key={state.session.user.username} patrolOpen={patrolOpen} onClosePatrol={() => setPatrolOpen(false)} /> : <LoginScreen notice={state.notice} />}
    </div>
  );
}
