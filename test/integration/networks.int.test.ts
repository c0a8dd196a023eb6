import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../graph/gateway.js";
import { importNetwork } from "../../importers/networkImport.js";
import { loadNetworkManifest, type NetworkFormat } from "../../importers/network/index.js";
import { closeTestGateway, migratedGateway, testPrefix } from "../helpers/db.js";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../../graph/config.js";

const prefix = testPrefix("net");
let gateway: Gateway;
const manifest = await loadNetworkManifest(path.join(repoRoot, "seeds", "networks"));

beforeAll(async () => {
  gateway = await migratedGateway();
});

afterAll(async () => {
  await gateway.runAutoCommit("MATCH (n:Entity) WHERE n.dataset STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", { prefix });
  await closeTestGateway();
});

async function datasetCounts(dataset: string) {
  const [row] = await gateway.query<{ nodes: number; ties: number; weight: number }>(
    `MATCH (n:Entity {dataset: $dataset})
     WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r:ASSOCIATED_WITH|ATTENDED {dataset: $dataset}]->()
     RETURN nodes, count(r) AS ties, sum(r.weight) AS weight`,
    { dataset },
  );
  return row!;
}

describe("every real dataset in seeds/networks imports with the counts of its PROVENANCE.md", () => {
  for (const entry of manifest.networks) {
    it(`${entry.dataset} (${entry.format}): ${entry.expectedNodes} nodes, ${entry.expectedEdges} ties`, async () => {
      const dataset = `${prefix}${entry.dataset}`;
      const report = await importNetwork(gateway, entry.path, { dataset, directed: entry.directed, format: entry.format as NetworkFormat });
      expect(report).toMatchObject({ nodes: entry.expectedNodes, edges: entry.expectedEdges, directed: entry.directed });
      const counts = await datasetCounts(dataset);
      expect(counts.nodes).toBe(entry.expectedNodes);
      expect(counts.ties).toBe(entry.expectedEdges);
      if (entry.expectedTotalWeight !== undefined) expect(counts.weight).toBe(entry.expectedTotalWeight);
      // A rerun changes nothing.
      await importNetwork(gateway, entry.path, { dataset, directed: entry.directed, format: entry.format as NetworkFormat });
      expect(await datasetCounts(dataset)).toEqual(counts);
    });
  }

  it("keeps direction and weight, and puts two-mode events under their own label", async () => {
    const [tie] = await gateway.query<{ weight: number; directed: boolean }>(
      "MATCH (a:Person)-[r:ASSOCIATED_WITH {dataset: $d}]->(b:Person) RETURN r.weight AS weight, r.directed AS directed ORDER BY r.weight DESC LIMIT 1",
      { d: `${prefix}caviar-phase1` },
    );
    expect(tie).toMatchObject({ directed: true });
    expect(tie!.weight).toBeGreaterThan(1);
    const [summits] = await gateway.query<{ events: number; persons: number }>(
      "MATCH (n:Entity {dataset: $d}) RETURN count(CASE WHEN n:Event THEN 1 END) AS events, count(CASE WHEN n:Person THEN 1 END) AS persons",
      { d: `${prefix}ndrangheta-infinito-summits` },
    );
    expect(summits).toEqual({ events: 47, persons: 156 });
  });

  it("imports from the command line with --network and --dataset", () => {
    const entry = manifest.networks.find((e) => e.dataset === "natarajan-cocaine")!;
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, "importers", "cli.ts"), "--quiet", "--network", entry.path, "--dataset", `${prefix}cli-cocaine`],
      { cwd: repoRoot, env: process.env, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/28 nodes, 40 directed ties/);
  });
});
