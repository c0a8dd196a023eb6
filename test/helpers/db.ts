// The one test helper that owns the connection to the test Neo4j (started by scripts/test.ts) and cleans
// up only what a test created: every test writes ids under its own prefix.
import { randomBytes } from "node:crypto";
import { Gateway } from "../../graph/gateway.js";
import { applyMigrations } from "../../graph/migrations.js";

let shared: Gateway | undefined;

export function testGateway(): Gateway {
  const uri = process.env.NEO4J_URI;
  if (!uri || !process.env.NEO4J_PASSWORD) {
    throw new Error("Integration tests need the Neo4j that `npm test` starts (NEO4J_URI and NEO4J_PASSWORD are not set).");
  }
  shared ??= new Gateway({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? "neo4j" });
  return shared;
}

export async function migratedGateway(): Promise<Gateway> {
  const gateway = testGateway();
  await applyMigrations(gateway);
  return gateway;
}

/** A unique id prefix for one test file's data. */
export function testPrefix(name: string): string {
  return `t-${name}-${randomBytes(3).toString("hex")}-`;
}

/** Deletes every node whose id starts with the prefix, in batches. */
export async function deleteByPrefix(gateway: Gateway, prefix: string): Promise<void> {
  await gateway.runAutoCommit(
    "MATCH (n) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
    { prefix },
  );
}

export async function closeTestGateway(): Promise<void> {
  await shared?.close();
  shared = undefined;
}
