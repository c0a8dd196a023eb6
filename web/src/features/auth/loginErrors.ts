// What went wrong with a login attempt, in terms the login screen can explain (LoginScreen.tsx turns each
// problem into a translated sentence). Pure: unit-tested without a server.
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import type { ErrorLike } from "@apollo/client";

export type LoginProblem =
  | { kind: "missingUsername" }
  | { kind: "missingPassword" }
  | { kind: "wrongCredentials" }
  | { kind: "lockedOut" }
  | { kind: "databaseUnavailable" }
  | { kind: "unreachable" }
  | { kind: "other"; message: string };

/** Checks the form before asking the server; the first empty field wins (that is where focus goes). */
export function validateLogin(username: string, password: string): LoginProblem | null {
  if (username.trim() === "") return { kind: "missingUsername" };
  if (password === "") return { kind: "missingPassword" };
  return null;
}

/** The API answers a locked-out account with UNAUTHENTICATED too; its message is how they differ. */
const LOCKED_OUT = /too many/i;

export function describeLoginError(error: ErrorLike): LoginProblem {
  if (!CombinedGraphQLErrors.is(error)) return { kind: "unreachable" };
  const first = error.errors[0];
  const code = first?.extensions?.code;
  switch (code) {
    case "UNAUTHENTICATED":
      return LOCKED_OUT.test(first?.message ?? "") ? { kind: "lockedOut" } : { kind: "wrongCredentials" };
    case "DATABASE_UNAVAILABLE":
      return { kind: "databaseUnavailable" };
    default:
      return { kind: "other", message: error.errors.map((e) => e.message).join("; ") || error.message };
  }
}

/** Which field the problem is about (for aria-invalid and where focus goes), if any. */
export function problemField(problem: LoginProblem | null): "username" | "password" | null {
  if (!problem) return null;
  if (problem.kind === "missingUsername") return "username";
  if (problem.kind === "missingPassword" || problem.kind === "wrongCredentials") return "password";
  return null;
}
