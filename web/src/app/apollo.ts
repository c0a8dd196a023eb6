// The one Apollo client. Same origin: the API serves GraphQL at /graphql next to the app.
// `getToken` is where login (bearer token) plugs in later; until then requests go without one.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";

export const GRAPHQL_ENDPOINT = "/graphql";

export interface ClientOptions {
  uri?: string;
  /** Returns the current bearer token, if any. */
  getToken?: () => string | null | undefined;
}

export function createApolloClient({ uri = GRAPHQL_ENDPOINT, getToken }: ClientOptions = {}): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const token = getToken?.();
    if (!token) return {};
    return { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { notifyOnNetworkStatusChange: true } },
  });
}
