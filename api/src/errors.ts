import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AriadneError } from "../../graph/errors.js";
import { translateError } from "../../graph/gateway.js";
import { log } from "../../graph/log.js";

/**
 * Every error a client sees has a typed code and a helpful message, never a stack trace. Errors from
 * resolvers are translated (Neo4j down -> DATABASE_UNAVAILABLE); GraphQL validation errors pass through.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR")) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const typed = original instanceof AriadneError ? original : translateError(original);
  if (typed.code === "INTERNAL_SERVER_ERROR") log.error({ err: original }, "unexpected error in a resolver");
  return {
    message: typed.code === "INTERNAL_SERVER_ERROR" ? "Internal error; it has been logged." : typed.message,
    locations: formatted.locations,
    path: formatted.path,
    // Internal details (Neo4j codes, causes) stay in the server log.
    extensions: typed.code === "INTERNAL_SERVER_ERROR" ? { code: typed.code } : { code: typed.code, ...typed.details },
  };
}
