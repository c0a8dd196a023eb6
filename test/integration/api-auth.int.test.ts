import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../graph/gateway.js";
import { ROLES } from "../../graph/schema.js";
import type { Role } from "../../api/src/auth/roles.js";
import { closeTestGateway, migratedGateway, testPrefix } from "../helpers/db.js";
import { startTestApi, type TestApi } from "../helpers/api.js";

const prefix = testPrefix("auth");
let gateway: Gateway;
let api: TestApi;
const tokens = {} as Record<Role, string>;
const names = {} as Record<Role, string>;

beforeAll(async () => {
  gateway = await migratedGateway();
  api = await startTestApi(gateway, prefix);
  for (const role of ROLES) {
    const u = await api.userWithRole(role);
    tokens[role] = u.token;
    names[role] = u.username;
  }
});

afterAll(async () => {
  await gateway.mutate("MATCH (u:User) WHERE u.username STARTS WITH $prefix DETACH DELETE u", { prefix });
  await api.close();
  await closeTestGateway();
});

describe("authentication", () => {
  it("logs in with a password and returns a signed, expiring token", async () => {
    const username = `${prefix}login`;
    const created = await api.gql(
      "mutation($u: String!, $p: String!) { createUser(username: $u, password: $p, role: ANALYST) { username role } }",
      { u: username, p: "correct horse battery" },
      tokens.ADMIN,
    );
    expect(created.data).toEqual({ createUser: { username, role: "ANALYST" } });
    const ok = await api.gql("mutation { login(username: \"" + username + "\", password: \"correct horse battery\") { token expiresAt user { username role } } }");
    expect(ok.data?.login.user).toEqual({ username, role: "ANALYST" });
    expect(ok.data?.login.token.split(".")).toHaveLength(3);
    expect(new Date(ok.data?.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await api.gql("{ me { username role } }", {}, ok.data?.login.token);
    expect(me.data).toEqual({ me: { username, role: "ANALYST" } });

    const wrong = await api.gql("mutation { login(username: \"" + username + "\", password: \"wrong password\") { token } }");
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(wrong.errors?.[0]?.message).toBe("Wrong username or password.");
  });

  it("refuses every operation but login and health without a valid token", async () => {
    expect((await api.gql("{ health { ok } }")).data).toEqual({ health: { ok: true } });
    for (const query of ["{ me { username } }", "{ graphSample(limit: 5) { truncated } }", "{ __schema { queryType { name } } }", "{ auditLog { id } }"]) {
      const result = await api.gql(query);
      expect(result.errors?.[0]?.extensions?.code, query).toBe("UNAUTHENTICATED");
      expect(result.data ?? null, query).toBeNull();
    }
    const garbage = await api.gql("{ me { username } }", {}, "not-a-token");
    expect(garbage.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an expired token with a message that says so", async () => {
    const { token } = await api.tokens.sign({ username: names.ADMIN, role: "ADMIN" }, -10);
    const result = await api.gql("{ me { username } }", {}, token);
    expect(result.errors?.[0]).toMatchObject({ message: "Your session has expired; log in again.", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("takes the role from the database, not from the token", async () => {
    const forged = await api.tokens.sign({ username: names.INVESTIGATOR, role: "ADMIN" });
    const result = await api.gql("{ auditLog(first: 1) { id } }", {}, forged.token);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects bad new users with typed errors", async () => {
    const short = await api.gql("mutation { createUser(username: \"x1x\", password: \"short\", role: ANALYST) { username } }", {}, tokens.ADMIN);
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "password" });
    const dup = await api.gql(`mutation { createUser(username: "${names.ANALYST}", password: "long enough pw", role: ANALYST) { username } }`, {}, tokens.ADMIN);
    expect(dup.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});

// Each operation with the lowest role allowed to run it. Every other role must get FORBIDDEN.
const MATRIX: { name: string; minRole: Role; query: string }[] = [
  { name: "me", minRole: "INVESTIGATOR", query: "{ me { username } }" },
  { name: "graphSample", minRole: "INVESTIGATOR", query: "{ graphSample(limit: 1) { truncated } }" },
  { name: "auditLog", minRole: "SUPERVISOR", query: "{ auditLog(first: 1) { id } }" },
  { name: "createUser", minRole: "ADMIN", query: `mutation { createUser(username: "${prefix}m-__ROLE__", password: "a long password", role: INVESTIGATOR) { username } }` },
  // Link analysis: every role reads; whole-graph centrality is detection (ANALYST and up). The operations
  // that need entities are in api-links.int.test.ts's own matrix, over its case.
  { name: "search", minRole: "INVESTIGATOR", query: '{ search(text: "matrix", first: 1) { id score } }' },
  { name: "centrality (whole graph)", minRole: "ANALYST", query: "{ centrality(measure: DEGREE, first: 1) { id score engine } }" },
];

describe("role × operation matrix", () => {
  for (const op of MATRIX) {
    for (const role of ROLES) {
      const allowed = ROLES.indexOf(role) >= ROLES.indexOf(op.minRole);
      it(`${op.name} as ${role}: ${allowed ? "allowed" : "FORBIDDEN"}`, async () => {
        const result = await api.gql(op.query.replace("__ROLE__", role.toLowerCase()), {}, tokens[role]);
        if (allowed) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        else expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      });
    }
  }
});

describe("audit trail", () => {
  it("records every mutation with who, what, targets and outcome, failures included", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    await api.gql(`mutation { createUser(username: "${prefix}audited", password: "a long password", role: ANALYST) { username } }`, {}, tokens.ADMIN);
    await api.gql(`mutation { createUser(username: "${prefix}denied", password: "a long password", role: ANALYST) { username } }`, {}, tokens.ANALYST);
    await api.gql(`mutation { login(username: "${prefix}audited", password: "wrong wrong wrong") { token } }`);
    const log = await api.gql<{ auditLog: { user: string; operation: string; targets: string[]; outcome: string; at: string }[] }>(
      "query($since: DateTime) { auditLog(since: $since, first: 50) { at user operation targets outcome } }",
      { since },
      tokens.SUPERVISOR,
    );
    expect(log.errors).toBeUndefined();
    const events = log.data!.auditLog;
    expect(events).toContainEqual(expect.objectContaining({ user: names.ADMIN, operation: "createUser", targets: [`${prefix}audited`], outcome: "ok" }));
    expect(events).toContainEqual(expect.objectContaining({ user: names.ANALYST, operation: "createUser", targets: [`${prefix}denied`], outcome: "FORBIDDEN" }));
    expect(events).toContainEqual(expect.objectContaining({ user: `${prefix}audited`, operation: "login", outcome: "UNAUTHENTICATED" }));
    const times = events.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("pages with a cursor and filters by user", async () => {
    const first = await api.gql<{ auditLog: { cursor: string; user: string }[] }>(`{ auditLog(user: "${names.ADMIN}", first: 2) { cursor user } }`, {}, tokens.SUPERVISOR);
    expect(first.data!.auditLog.every((e) => e.user === names.ADMIN)).toBe(true);
    const cursor = first.data!.auditLog.at(-1)!.cursor;
    const next = await api.gql<{ auditLog: { cursor: string }[] }>("query($c: String) { auditLog(first: 2, after: $c) { cursor } }", { c: cursor }, tokens.SUPERVISOR);
    expect(next.data!.auditLog.map((e) => e.cursor)).not.toContain(cursor);
    const bad = await api.gql('{ auditLog(after: "nonsense") { id } }', {}, tokens.SUPERVISOR);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
  });

  it("offers no operation that changes or deletes audit events", async () => {
    const schema = await api.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>("{ __schema { mutationType { fields { name } } } }", {}, tokens.ADMIN);
    const mutations = schema.data!.__schema.mutationType.fields.map((f) => f.name);
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });
});

describe("safety", () => {
  it("refuses a too-deep query and a too-costly one with QUERY_TOO_COMPLEX", async () => {
    const deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }";
    const tooDeep = await api.gql(deep, {}, tokens.ADMIN);
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: auditLog(first: 500) { id user operation targets outcome at }`).join(" ");
    const costly = await api.gql(`{ ${aliases} }`, {}, tokens.ADMIN);
    expect(costly.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("never sends stack traces, and blocks cross-site form posts (CSRF)", async () => {
    const result = await api.gql("{ graphSample(limit: -1) { truncated } }", {}, tokens.INVESTIGATOR);
    expect(result.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    const form = await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ health { ok } }"}' });
    expect(form.status).toBe(400);
    const getMutation = await fetch(`${api.url}/graphql?query=${encodeURIComponent("mutation { login(username: \"a\", password: \"b\") { token } }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(getMutation.status).toBe(405);
  });

  it("treats injection strings as plain data", async () => {
    for (const evil of ["' OR 1=1 //", "admin\") RETURN 1 //", "x}) MATCH (n) DETACH DELETE n //", "{{7*7}}"]) {
      const login = await api.gql("mutation($u: String!) { login(username: $u, password: \"whatever1\") { token } }", { u: evil });
      expect(login.errors?.[0]?.extensions?.code, evil).toBe("UNAUTHENTICATED");
      const log = await api.gql("query($u: String) { auditLog(user: $u, first: 1) { id } }", { u: evil }, tokens.SUPERVISOR);
      expect(log.errors, evil).toBeUndefined();
    }
    const [count] = await gateway.query<{ n: number }>("MATCH (u:User) WHERE u.username STARTS WITH $prefix RETURN count(u) AS n", { prefix });
    expect(count!.n).toBeGreaterThanOrEqual(4);
  });
});
