import { CombinedGraphQLErrors } from "@apollo/client/errors";
import type { ErrorLike } from "@apollo/client";

export interface LoadFailure {
  /** "unreachable": no answer from the API (down, network, proxy); "server": the API answered with errors. */
  reason: "unreachable" | "server";
  message: string;
}

export function describeFailure(error: ErrorLike): LoadFailure {
  if (CombinedGraphQLErrors.is(error)) {
    return { reason: "server", message: error.errors.map((e) => e.message).join("; ") || error.message };
  }
  return { reason: "unreachable", message: error.message };
}
