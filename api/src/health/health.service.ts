import type { Gateway } from "../../../graph/gateway.js";
import type { Health } from "./health.type.js";

async function optionalVersion(gateway: Gateway, cypher: string): Promise<string | null> {
  try {
    const [row] = await gateway.query<{ version: string }>(cypher, {}, { app: "health" });
    return row?.version ?? null;
  } catch {
    return null; // the procedure library is not installed on this server
  }
}

export async function readHealth(gateway: Gateway, database: string): Promise<Health> {
  try {
    const [component] = await gateway.query<{ version: string; edition: string }>(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
      {},
      { app: "health" },
    );
    // Both counts come from Neo4j's count store: constant time whatever the graph size.
    const [counts] = await gateway.query<{ nodes: number; relationships: number }>(
      "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
      {},
      { app: "health" },
    );
    const [gds, apoc] = await Promise.all([
      optionalVersion(gateway, "RETURN gds.version() AS version"),
      optionalVersion(gateway, "RETURN apoc.version() AS version"),
    ]);
    return {
      ok: true,
      neo4jVersion: component?.version ?? null,
      edition: component?.edition ?? null,
      nodeCount: counts?.nodes ?? 0,
      relationshipCount: counts?.relationships ?? 0,
      gds,
      apoc,
      database,
    };
  } catch {
    return { ok: false, neo4jVersion: null, edition: null, nodeCount: 0, relationshipCount: 0, gds: null, apoc: null, database };
  }
}
