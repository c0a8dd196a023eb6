// Typed errors shared by importers and API. `code` is what GraphQL clients see in errors[].extensions.code.
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "DATABASE_UNAVAILABLE"
  | "QUERY_TOO_COMPLEX"
  | "INTERNAL_SERVER_ERROR";

export class AriadneError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AriadneError";
  }
}

export const badInput = (argument: string, message: string) =>
  new AriadneError("BAD_USER_INPUT", `${argument}: ${message}`, { argumentName: argument });

export const notFound = (what: string) => new AriadneError("NOT_FOUND", `${what} not found`);
