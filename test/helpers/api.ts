// Starts the real HTTP server (GraphQL + static) against the test Neo4j, and talks to it over HTTP.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { repoRoot } from "../../graph/config.js";
import type { Gateway } from "../../graph/gateway.js";
import { startServer, type AriadneServer } from "../../api/src/server.js";
import { TokenService } from "../../api/src/auth/tokens.js";
import { createUser } from "../../api/src/auth/users.service.js";
import type { Role } from "../../api/src/auth/roles.js";

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestApi {
  url: string;
  server: AriadneServer;
  tokens: TokenService;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Creates a user with that role (name prefixed for cleanup) and returns a token for it. */
  userWithRole(role: Role): Promise<{ username: string; token: string }>;
  close(): Promise<void>;
}

export const TEST_SECRET = randomBytes(32).toString("hex");

export async function startTestApi(gateway: Gateway, prefix: string): Promise<TestApi> {
  const tokens = new TokenService(TEST_SECRET);
  const server = await startServer({ gateway, info: { embedded: null }, tokens, webDir: path.join(repoRoot, "web", "dist"), port: 0 });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GqlResult<T>;
    return { ...body, status: response.status };
  };
  return {
    url: server.url,
    server,
    tokens,
    gql,
    async userWithRole(role) {
      const username = `${prefix}${role.toLowerCase()}-${randomBytes(2).toString("hex")}`;
      const password = randomBytes(12).toString("hex");
      await createUser(gateway, username, password, role, "test");
      const result = await gql<{ login: { token: string } }>("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", { u: username, p: password });
      if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
      return { username, token: result.data.login.token };
    },
    close: () => server.close(),
  };
}
