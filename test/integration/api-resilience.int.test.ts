// Neo4j stopped and started again under a running API: operations fail fast with DATABASE_UNAVAILABLE
// while it is down and work again once it is back, without restarting the API. Uses its own embedded
// Neo4j (not the shared test database), on a free port with a throwaway data directory.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../graph/embedded.js";
import { Gateway } from "../../graph/gateway.js";
import { applyMigrations } from "../../graph/migrations.js";
import { startTestApi, type TestApi } from "../helpers/api.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ariadne-resilience-"));
const password = randomBytes(12).toString("hex");
let port: number;
let neo4j: EmbeddedNeo4j | undefined;
let gateway: Gateway;
let api: TestApi;
let token: string;

const start = () => startEmbeddedNeo4j({ dataDir, port, password, heap: "512m", pagecache: "64m" });
const NEIGHBOURHOOD = '{ neighbourhood(ids: ["r-boss"]) { truncated nodes { id } } }';
const ENTITY = '{ entity(id: "r-boss") { id kind } }';

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

beforeAll(async () => {
  port = await freePort();
  neo4j = await start();
  gateway = new Gateway({ uri: neo4j.uri, user: neo4j.user, password, database: "neo4j" });
  await applyMigrations(gateway);
  await gateway.mutate(
    "CREATE (:Entity:Person {id: 'r-boss', name: 'Boss'})-[:OPERATES]->(:Entity:Account {id: 'r-acc', platform: 'X', handle: '@boss'})",
  );
  api = await startTestApi(gateway, "r-");
  token = (await api.userWithRole("INVESTIGATOR")).token;
}, 240_000);

afterAll(async () => {
  await api?.close();
  await gateway?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe("Neo4j stopped and restarted under the running API", () => {
  it("fails fast with DATABASE_UNAVAILABLE while it is down, and works again once it is back", async () => {
    const up = await api.gql<{ neighbourhood: { nodes: { id: string }[] } }>(NEIGHBOURHOOD, {}, token);
    expect(up.errors).toBeUndefined();
    expect(up.data!.neighbourhood.nodes.map((n) => n.id).sort()).toEqual(["r-acc", "r-boss"]);

    await neo4j!.stop();
    neo4j = undefined;

    const down = await timed(() => api.gql(NEIGHBOURHOOD, {}, token));
    console.log(`while down: neighbourhood failed in ${down.ms.toFixed(0)} ms`);
    expect(down.value.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(down.value.errors?.[0]?.message).toBe("The graph database is unavailable; try again shortly.");
    expect(down.value.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    expect(down.ms).toBeLessThan(10_000);
    // An audited read too: its audit event cannot be written either, and that must not hang the answer.
    const audited = await timed(() => api.gql(ENTITY, {}, token));
    expect(audited.value.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    console.log(`while down: entity failed in ${audited.ms.toFixed(0)} ms`);
    // The audit plugin logs instead of writing while the database is down, so this fails as fast as the read.
    expect(audited.ms).toBeLessThan(10_000);
    // The HTTP server itself stays up.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

    neo4j = await start();
    let again = await api.gql<{ neighbourhood: { nodes: { id: string }[] } }>(NEIGHBOURHOOD, {}, token);
    const deadline = Date.now() + 30_000;
    while (again.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      again = await api.gql(NEIGHBOURHOOD, {}, token);
    }
    expect(again.errors).toBeUndefined();
    expect(again.data!.neighbourhood.nodes.map((n) => n.id).sort()).toEqual(["r-acc", "r-boss"]);
    const entity = await api.gql<{ entity: { kind: string } }>(ENTITY, {}, token);
    expect(entity.data?.entity.kind).toBe("Person");
  }, 240_000);
});
