// The login session: who is logged in, with which token, until when. Pure data and transitions
// `(args) => (state) => state`, unit-testable without React or a browser; sessionStore.ts keeps it in
// sessionStorage (the token lives as long as the browser tab, never in localStorage).
import { ROLES } from "../../schema/styling";
import type { Role } from "../../schema/styling";

export type { Role };

export interface SessionUser {
  username: string;
  role: Role;
}

export interface Session {
  token: string;
  /** ISO instant from the API's `login { expiresAt }`. */
  expiresAt: string;
  user: SessionUser;
}

/** Why the login screen is showing (beyond a first visit). */
export type LoginNotice = { reason: "expired"; username: string } | { reason: "loggedOut"; username: string };

export type SessionState = { status: "authenticated"; session: Session } | { status: "anonymous"; notice: LoginNotice | null };

export const anonymous: SessionState = { status: "anonymous", notice: null };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Each role has the rights of the ones before it (INVESTIGATOR < ANALYST < SUPERVISOR < ADMIN). */
export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

export function isExpired(session: Pick<Session, "expiresAt">, now: number): boolean {
  const at = Date.parse(session.expiresAt);
  return !Number.isFinite(at) || at <= now;
}

export const loggedIn = (session: Session) => (): SessionState => ({ status: "authenticated", session });

/** The API said UNAUTHENTICATED, or the token's time ran out. */
export const expired = () => (s: SessionState): SessionState =>
  s.status === "authenticated" ? { status: "anonymous", notice: { reason: "expired", username: s.session.user.username } } : s;

export const loggedOut = () => (s: SessionState): SessionState =>
  s.status === "authenticated" ? { status: "anonymous", notice: { reason: "loggedOut", username: s.session.user.username } } : s;

/** Validates what sessionStorage holds (it may be stale, edited or from an older version). */
export function parseSession(raw: string | null): Session | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const user = v.user as Record<string, unknown> | undefined;
  if (typeof v.token !== "string" || v.token === "" || typeof v.expiresAt !== "string") return null;
  if (typeof user !== "object" || user === null || typeof user.username !== "string" || !isRole(user.role)) return null;
  return { token: v.token, expiresAt: v.expiresAt, user: { username: user.username, role: user.role } };
}

/** The state a page load starts in: the stored session if it is still valid, else the login screen. */
export function restore(raw: string | null, now: number): SessionState {
  const session = parseSession(raw);
  if (!session) return anonymous;
  if (isExpired(session, now)) return { status: "anonymous", notice: { reason: "expired", username: session.user.username } };
  return { status: "authenticated", session };
}
