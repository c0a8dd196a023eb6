import { createContext, useContext, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { Session, SessionState } from "./session";
import type { SessionStore } from "./sessionStore";

const SessionStoreContext = createContext<SessionStore | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionStoreContext.Provider value={store}>{children}</SessionStoreContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionStoreContext);
  if (!store) throw new Error("useSessionStore: no <SessionProvider> above this component (see main.tsx)");
  return store;
}

/** The session state; re-renders when it changes (login, logout, expiry). */
export function useSessionState(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The current session, for components that only render while logged in. */
export function useSession(): Session {
  const state = useSessionState();
  if (state.status !== "authenticated") throw new Error("useSession: rendered while logged out");
  return state.session;
}
