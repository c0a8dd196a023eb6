import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ApolloClient, ApolloLink, InMemoryCache, gql } from "@apollo/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { errorCodes, forgetSessionData } from "../../web/src/app/apollo";
import { describeLoginError, problemField, validateLogin } from "../../web/src/features/auth/loginErrors";
import { anonymous, expired, hasRole, isExpired, loggedIn, loggedOut, parseSession, restore } from "../../web/src/features/auth/session";
import type { Session } from "../../web/src/features/auth/session";
import { SESSION_STORAGE_KEY, createSessionStore } from "../../web/src/features/auth/sessionStore";

const NOW = Date.parse("2026-03-01T09:00:00Z");
const session: Session = { token: "ey.token", expiresAt: "2026-03-01T17:00:00Z", user: { username: "ken", role: "ANALYST" } };

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const graphqlError = (code: string, message = "no") =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });

describe("session transitions", () => {
  it("logs in, expires and logs out, remembering who for the login screen", () => {
    const inside = loggedIn(session)();
    expect(inside).toEqual({ status: "authenticated", session });
    expect(expired()(inside)).toEqual({ status: "anonymous", notice: { reason: "expired", username: "ken" } });
    expect(loggedOut()(inside)).toEqual({ status: "anonymous", notice: { reason: "loggedOut", username: "ken" } });
    // Nothing to end when logged out: the same state comes back (no re-render).
    expect(expired()(anonymous)).toBe(anonymous);
    expect(loggedOut()(anonymous)).toBe(anonymous);
  });

  it("orders roles", () => {
    expect(hasRole("ADMIN", "SUPERVISOR")).toBe(true);
    expect(hasRole("ANALYST", "INVESTIGATOR")).toBe(true);
    expect(hasRole("INVESTIGATOR", "ANALYST")).toBe(false);
    expect(hasRole("SUPERVISOR", "SUPERVISOR")).toBe(true);
  });

  it("restores a stored session only while it is valid", () => {
    const raw = JSON.stringify(session);
    expect(restore(raw, NOW)).toEqual({ status: "authenticated", session });
    expect(restore(raw, Date.parse(session.expiresAt))).toEqual({ status: "anonymous", notice: { reason: "expired", username: "ken" } });
    expect(restore(null, NOW)).toBe(anonymous);
    expect(isExpired({ expiresAt: "not a date" }, NOW)).toBe(true);
  });

  it("rejects malformed stored sessions", () => {
    expect(parseSession("{")).toBeNull();
    expect(parseSession("null")).toBeNull();
    expect(parseSession(JSON.stringify({ ...session, token: "" }))).toBeNull();
    expect(parseSession(JSON.stringify({ ...session, user: { username: "ken", role: "GOD" } }))).toBeNull();
    expect(parseSession(JSON.stringify({ ...session, extra: 1 }))).toEqual(session);
  });
});

describe("session store", () => {
  beforeEach(() => vi.useFakeTimers({ now: NOW }));
  afterEach(() => vi.useRealTimers());

  it("keeps the session in storage and drops it on logout", () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage });
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get().status));
    expect(store.token()).toBeNull();
    store.update(loggedIn(session));
    expect(store.token()).toBe("ey.token");
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY)!)).toEqual(session);
    store.update(loggedOut());
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(seen).toEqual(["authenticated", "anonymous"]);
  });

  it("expires the session when the token's time runs out", () => {
    const store = createSessionStore({ storage: memoryStorage({ [SESSION_STORAGE_KEY]: JSON.stringify(session) }) });
    expect(store.get().status).toBe("authenticated");
    vi.advanceTimersByTime(8 * 3600_000 - 1);
    expect(store.get().status).toBe("authenticated");
    vi.advanceTimersByTime(1);
    expect(store.get()).toEqual({ status: "anonymous", notice: { reason: "expired", username: "ken" } });
  });

  it("forgets an expired or broken stored session at start", () => {
    const storage = memoryStorage({ [SESSION_STORAGE_KEY]: JSON.stringify({ ...session, expiresAt: "2026-03-01T08:00:00Z" }) });
    const store = createSessionStore({ storage });
    expect(store.get()).toEqual({ status: "anonymous", notice: { reason: "expired", username: "ken" } });
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it("works without storage (disabled by privacy settings)", () => {
    const throwing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); }, removeItem: () => { throw new Error("denied"); } };
    const store = createSessionStore({ storage: throwing });
    store.update(loggedIn(session));
    expect(store.token()).toBe("ey.token");
  });
});

describe("login errors", () => {
  it("checks the form before asking the server", () => {
    expect(validateLogin("  ", "x")).toEqual({ kind: "missingUsername" });
    expect(validateLogin("ken", "")).toEqual({ kind: "missingPassword" });
    expect(validateLogin("ken", "secret")).toBeNull();
  });

  it("tells a wrong password from a lockout, a database outage and no server", () => {
    expect(describeLoginError(graphqlError("UNAUTHENTICATED", "Wrong username or password."))).toEqual({ kind: "wrongCredentials" });
    expect(describeLoginError(graphqlError("UNAUTHENTICATED", "Too many failed logins; wait a minute and try again."))).toEqual({ kind: "lockedOut" });
    expect(describeLoginError(graphqlError("DATABASE_UNAVAILABLE"))).toEqual({ kind: "databaseUnavailable" });
    expect(describeLoginError(new TypeError("Failed to fetch"))).toEqual({ kind: "unreachable" });
    expect(describeLoginError(graphqlError("QUERY_TOO_COMPLEX", "too deep"))).toEqual({ kind: "other", message: "too deep" });
  });

  it("points at the field a problem is about", () => {
    expect(problemField({ kind: "missingUsername" })).toBe("username");
    expect(problemField({ kind: "wrongCredentials" })).toBe("password");
    expect(problemField({ kind: "unreachable" })).toBeNull();
    expect(problemField(null)).toBeNull();
  });
});

describe("Apollo client helpers", () => {
  it("reads error codes from GraphQL errors only", () => {
    expect(errorCodes(graphqlError("UNAUTHENTICATED"))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(new Error("network"))).toEqual([]);
    expect(errorCodes(undefined)).toEqual([]);
  });

  it("forgets what a session loaded but keeps the public health answer", () => {
    const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
    client.writeQuery({ query: gql`{ health { ok } }`, data: { health: { __typename: "Health", ok: true } } });
    client.writeQuery({ query: gql`query ($l: Int!) { graphSample(limit: $l) { truncated } }`, variables: { l: 3 }, data: { graphSample: { __typename: "Subgraph", truncated: false } } });
    client.writeQuery({ query: gql`{ me { username } }`, data: { me: { __typename: "User", username: "ken" } } });
    forgetSessionData(client);
    const root = (client.cache.extract() as Record<string, Record<string, unknown>>).ROOT_QUERY ?? {};
    expect(Object.keys(root).filter((k) => k !== "__typename")).toEqual(["health"]);
  });
});
