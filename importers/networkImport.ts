// Loads an analyst's network file (matrix, edge list, Pajek, GraphML, GEXF, NDJSON) as Person nodes
// namespaced by dataset and weighted ASSOCIATED_WITH relationships; two-mode files add Event nodes.
import path from "node:path";
import type { Gateway } from "../graph/gateway.js";
import { identifier } from "../graph/propertyTypes.js";
import { newBatchId } from "./importFile.js";
import { parseNetworkFile, type NetworkFormat, type ParsedNetwork } from "./network/index.js";

export interface NetworkReport {
  file: string;
  dataset: string;
  batch: string;
  format: string;
  directed: boolean;
  nodes: number;
  edges: number;
  warnings: string[];
  seconds: number;
}

/** Node ids are `<dataset>:<key>` so that the same name in two datasets stays two people. */
export const networkNodeId = (dataset: string, key: string) => `${dataset}:${key}`;

const CHUNK = 5000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function importNetwork(
  gateway: Gateway,
  file: string,
  options: { dataset: string; source?: string; directed?: boolean; format?: NetworkFormat },
): Promise<NetworkReport> {
  const started = Date.now();
  const dataset = identifier.parse(options.dataset);
  if (!dataset.ok) throw new Error(`--dataset ${dataset.reason}`);
  const network: ParsedNetwork = await parseNetworkFile(file, {
    ...(options.directed === undefined ? {} : { directed: options.directed }),
    ...(options.format ? { format: options.format } : {}),
  });
  const batch = newBatchId();
  const absolute = path.resolve(file);
  const meta = { app: "import:network", batch };
  await gateway.mutate(
    "CREATE (:ImportBatch {id: $id, source: $source, file: $file, kind: 'network', startedAt: datetime()})",
    { id: batch, source: options.source ?? dataset.value, file: absolute },
    meta,
  );

  const nodes = network.nodes.map((n) => ({
    id: networkNodeId(dataset.value, n.key),
    name: n.label || n.key,
    event: n.mode === 1,
    attributes: Object.fromEntries(
      Object.entries(n.attributes).filter(([k]) => /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(k) && !["id", "name", "dataset", "placeholder"].includes(k)),
    ),
  }));
  for (const part of chunks(nodes)) {
    await gateway.mutate(
      `UNWIND $rows AS row
       MERGE (n:Entity {id: row.id})
       ON CREATE SET n.createdAt = datetime()
       SET n += row.attributes, n.name = row.name, n.dataset = $dataset, n.placeholder = false,
           n.importBatch = $batch, n.sourceFile = $file, n.updatedAt = datetime()
       FOREACH (_ IN CASE WHEN row.event THEN [1] ELSE [] END | SET n:Event)
       FOREACH (_ IN CASE WHEN row.event THEN [] ELSE [1] END | SET n:Person)`,
      { rows: part, dataset: dataset.value, batch, file: absolute },
      meta,
    );
  }

  const eventKeys = new Set(network.nodes.filter((n) => n.mode === 1).map((n) => n.key));
  // Parallel ties of one file (a Pajek multigraph) add up into one weighted relationship per pair.
  const byPair = new Map<string, { source: string; target: string; weight: number; line: number | null; attended: boolean }>();
  for (const e of network.edges) {
    const key = JSON.stringify([e.source, e.target]);
    const seen = byPair.get(key);
    if (seen) seen.weight += e.weight;
    else
      byPair.set(key, {
        source: networkNodeId(dataset.value, e.source),
        target: networkNodeId(dataset.value, e.target),
        weight: e.weight,
        line: e.line ?? null,
        attended: eventKeys.has(e.target),
      });
  }
  const edges = [...byPair.values()];
  for (const part of chunks(edges)) {
    await gateway.mutate(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
       CALL (a, b, row) {
         WITH a, b, row WHERE NOT row.attended
         MERGE (a)-[r:ASSOCIATED_WITH {dataset: $dataset}]->(b)
         SET r.weight = row.weight, r.directed = $directed, r.importBatch = $batch, r.sourceFile = $file, r.sourceLine = toInteger(row.line)
       }
       CALL (a, b, row) {
         WITH a, b, row WHERE row.attended
         MERGE (a)-[r:ATTENDED {dataset: $dataset}]->(b)
         SET r.weight = row.weight, r.importBatch = $batch, r.sourceFile = $file, r.sourceLine = toInteger(row.line)
       }`,
      { rows: part, dataset: dataset.value, directed: network.directed, batch, file: absolute },
      meta,
    );
  }

  const report: NetworkReport = {
    file: path.relative(process.cwd(), file) || file,
    dataset: dataset.value,
    batch,
    format: network.format,
    directed: network.directed,
    nodes: nodes.length,
    edges: edges.length,
    warnings: network.warnings,
    seconds: (Date.now() - started) / 1000,
  };
  await gateway.mutate(
    "MATCH (b:ImportBatch {id: $id}) SET b.finishedAt = datetime(), b.counts = $counts, b.errors = '[]'",
    { id: batch, counts: JSON.stringify({ nodes: report.nodes, edges: report.edges, warnings: report.warnings.length }) },
    meta,
  );
  return report;
}
