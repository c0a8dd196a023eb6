import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AriadneError } from "../../graph/errors.js";
import { Gateway } from "../../graph/gateway.js";
import { applyMigrations } from "../../graph/migrations.js";
import { closeTestGateway, deleteByPrefix, migratedGateway, testPrefix } from "../helpers/db.js";
import { startTestApi, type TestApi } from "../helpers/api.js";

const prefix = testPrefix("foundation");
let gateway: Gateway;
let api: TestApi;
let token: string;

const gql = (query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables, token);

beforeAll(async () => {
  gateway = await migratedGateway();
  api = await startTestApi(gateway, prefix);
  ({ token } = await api.userWithRole("INVESTIGATOR"));
});

afterAll(async () => {
  await deleteByPrefix(gateway, prefix);
  await gateway.mutate("MATCH (u:User) WHERE u.username STARTS WITH $prefix DETACH DELETE u", { prefix });
  await api.close();
  await closeTestGateway();
});

describe("the real Neo4j", () => {
  it("is Neo4j 5.26 with the schema applied, and migrations are idempotent", async () => {
    await applyMigrations(gateway);
    const constraints = await gateway.query<{ name: string }>("SHOW CONSTRAINTS YIELD name RETURN name");
    expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(["entity_id", "person_id", "message_id", "audit_event_id"]));
    const [ft] = await gateway.query<{ state: string }>("SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entityText' RETURN state");
    expect(ft?.state).toBe("ONLINE");
  });

  it("enforces unique ids across kinds", async () => {
    await gateway.mutate("CREATE (:Entity:Person {id: $id, name: 'A'})", { id: `${prefix}dup` });
    await expect(gateway.mutate("CREATE (:Entity:Account {id: $id, handle: 'x', platform: 'X'})", { id: `${prefix}dup` })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("finds Japanese text through the CJK full-text index", async () => {
    await gateway.mutate("CREATE (:Entity:Message {id: $id, text: $text, sentAt: datetime()})", {
      id: `${prefix}m1`,
      text: "高額バイト 即日即金 テレグラムで連絡",
    });
    const hits = await gateway.query<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entityText', $q) YIELD node WHERE node.id STARTS WITH $prefix RETURN node.id AS id",
      { q: "即金", prefix },
    );
    expect(hits.map((h) => h.id)).toContain(`${prefix}m1`);
  });

  it("turns a broken Cypher query into a typed error", async () => {
    const err = await gateway.query("MATCH (n RETURN n").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AriadneError);
    expect((err as AriadneError).code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("reports DATABASE_UNAVAILABLE quickly when nothing listens", async () => {
    const dead = new Gateway({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x", database: "neo4j" }, { maxRetryMs: 500, connectTimeoutMs: 500 });
    const started = Date.now();
    await expect(dead.query("RETURN 1")).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    expect(Date.now() - started).toBeLessThan(10_000);
    await dead.close();
  });
});

describe("GraphQL foundation", () => {
  it("answers health with the Neo4j version and counts", async () => {
    const result = await gql("{ health { ok neo4jVersion edition nodeCount relationshipCount gds apoc } }");
    expect(result.errors).toBeUndefined();
    const health = (result.data as { health: Record<string, unknown> }).health;
    expect(health.ok).toBe(true);
    expect(health.neo4jVersion).toMatch(/^5\.26\./);
    expect(health.nodeCount).toBeGreaterThan(0);
  });

  it("draws a sample of the best-connected entities with the edges among them", async () => {
    // A star of 30 ties makes the centre one of the best-connected entities whatever else the database holds.
    await gateway.mutate(
      `CREATE (a:Entity:Person {id: $a, name: 'Boss'})
       WITH a UNWIND range(1, 30) AS i
       CREATE (a)-[:ASSOCIATED_WITH {weight: 3}]->(:Entity:Person {id: $a + '-' + i, name: 'Runner ' + i})`,
      { a: `${prefix}a` },
    );
    const result = await gql("query($n: Int) { graphSample(limit: $n) { nodes { id kind caption } edges { source target type weight } truncated } }", { n: 50 });
    expect(result.errors).toBeUndefined();
    const sample = (result.data as { graphSample: { nodes: { id: string; kind: string }[]; edges: { source: string; target: string; weight: number }[]; truncated: boolean } }).graphSample;
    expect(sample.nodes.length).toBeLessThanOrEqual(50);
    expect(sample.nodes).toContainEqual(expect.objectContaining({ id: `${prefix}a`, kind: "Person", caption: "Boss" }));
    const ids = new Set(sample.nodes.map((n) => n.id));
    expect(sample.edges.length).toBeGreaterThan(0);
    for (const e of sample.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const [count] = await gateway.query<{ n: number }>("MATCH (n:Entity) WHERE NOT n:Message RETURN count(n) AS n");
    expect(sample.truncated).toBe(count!.n > 50);
  });

  it("refuses an out-of-range limit with BAD_USER_INPUT naming the argument", async () => {
    const result = await gql("{ graphSample(limit: 0) { truncated } }");
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "limit" });
  });
});
