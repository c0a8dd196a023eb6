// The one Apollo client. Same origin: the API serves GraphQL at /graphql next to the app.
// Every request carries the session's bearer token; an UNAUTHENTICATED answer (expired or revoked token) to
// anything but `login` ends the session, which brings back the login screen.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import type { ErrorLike } from "@apollo/client";

export const GRAPHQL_ENDPOINT = "/graphql";

/** Operations that are expected to answer UNAUTHENTICATED without ending a session (a wrong password). */
const LOGIN_OPERATIONS = new Set(["Login"]);

export interface ClientOptions {
  uri?: string;
  /** Returns the current bearer token, if any. */
  getToken?: () => string | null | undefined;
  /** Called when the API refuses the token (UNAUTHENTICATED). */
  onUnauthenticated?: () => void;
}

/** The `extensions.code` values of a GraphQL error answer (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND…). */
export function errorCodes(error: ErrorLike | undefined | null): string[] {
  if (!error || !CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === "string");
}

/** Root query fields that need no login; their cached answers survive a logout. */
const PUBLIC_QUERIES = new Set(["health", "__typename"]);

/**
 * Forgets everything the session loaded (the next user of this tab must not see it), without touching queries in
 * flight: `clearStore` would abort the health poll and show "API unreachable" for a moment.
 */
export function forgetSessionData(client: Pick<ApolloClient, "cache">): void {
  const { cache } = client;
  const snapshot = cache.extract() as Record<string, Record<string, unknown> | undefined>;
  for (const [id, keep] of [["ROOT_QUERY", PUBLIC_QUERIES], ["ROOT_MUTATION", new Set<string>()]] as const) {
    for (const key of Object.keys(snapshot[id] ?? {})) {
      const fieldName = key.split(/[:(]/)[0]!;
      if (!keep.has(fieldName)) cache.evict({ id, fieldName });
    }
  }
  cache.gc();
}

export function createApolloClient({ uri = GRAPHQL_ENDPOINT, getToken, onUnauthenticated }: ClientOptions = {}): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const token = getToken?.();
    if (!token) return {};
    return { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
  });
  const unauthenticated = new ErrorLink(({ error, operation }) => {
    if (LOGIN_OPERATIONS.has(operation.operationName ?? "")) return;
    if (errorCodes(error).includes("UNAUTHENTICATED")) onUnauthenticated?.();
  });
  return new ApolloClient({
    link: ApolloLink.from([unauthenticated, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      // Nodes, edges and hits carry per-answer fields (a node's `hidden` count is relative to its subgraph, a
      // hit's score to its search): stored inside each answer, never merged across answers by id.
      typePolicies: {
        GraphNode: { keyFields: false },
        GraphEdge: { keyFields: false },
        EntityRef: { keyFields: false },
        Path: { keyFields: false },
        // The same person takes part in many events, in a different role in each.
        EventParticipant: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { notifyOnNetworkStatusChange: true } },
  });
}
