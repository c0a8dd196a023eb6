// The one session store of the page: holds the SessionState, keeps it in sessionStorage, and expires it when the
// token's time runs out. React reads it with useSyncExternalStore (SessionContext.tsx); the Apollo link reads
// the token from it and reports UNAUTHENTICATED to it (app/apollo.ts).
import { expired, restore } from "./session";
import type { SessionState } from "./session";

export const SESSION_STORAGE_KEY = "ariadne.session";

/** setTimeout takes at most 2^31 − 1 ms; longer waits are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SessionStore {
  get(): SessionState;
  /** The bearer token, when logged in. */
  token(): string | null;
  update(transition: (s: SessionState) => SessionState): void;
  subscribe(listener: () => void): () => void;
}

export interface SessionStoreOptions {
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
  now?: () => number;
}

function defaultStorage(): SessionStoreOptions["storage"] {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage disabled: the session lasts as long as the page
  }
}

export function createSessionStore({ storage = defaultStorage(), now = Date.now }: SessionStoreOptions = {}): SessionStore {
  let state = restore(safeRead(), now());
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function safeRead(): string | null {
    try {
      return storage?.getItem(SESSION_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  function persist(): void {
    try {
      if (state.status === "authenticated") storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(state.session));
      else storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // not persisted; the session still applies to this page
    }
  }

  function arm(): void {
    clearTimeout(timer);
    timer = undefined;
    if (state.status !== "authenticated") return;
    const left = Date.parse(state.session.expiresAt) - now();
    timer = setTimeout(() => (left > MAX_TIMER_MS ? arm() : store.update(expired())), Math.max(0, Math.min(left, MAX_TIMER_MS)));
  }

  const store: SessionStore = {
    get: () => state,
    token: () => (state.status === "authenticated" ? state.session.token : null),
    update(transition) {
      const next = transition(state);
      if (next === state) return;
      state = next;
      persist();
      arm();
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  persist(); // drops a stored session that was expired or malformed
  arm();
  return store;
}
