import { randomUUID } from "node:crypto";
import { AriadneError } from "../../../graph/errors.js";
import { int, rows as plainRows, type Gateway } from "../../../graph/gateway.js";
import { log } from "../../../graph/log.js";
import { captionOf, kindOf, type NodeLabel } from "../../../graph/schema.js";
import { betweenness, degree, pageRank, type IndexedGraph } from "./centrality.algorithms.js";
import type { CentralityMeasure, Score } from "./centrality.type.js";
import { TRAVERSABLE_TYPES, labelAlternation, nodeProps, requireEntities, typeAlternation } from "./common.js";

export const MAX_CENTRALITY_IDS = 5000;
export const MAX_CENTRALITY_PAGE = 500;
/** Largest whole graph the API loads itself when GDS is absent. */
export const MAX_API_GRAPH_RELATIONSHIPS = 200_000;
/** Work allowed for exact betweenness (n·m): in the API process, and in GDS. Beyond it, sampling. */
export const API_BETWEENNESS_BUDGET = 2e7;
export const GDS_BETWEENNESS_BUDGET = 5e8;

const TYPES = typeAlternation(TRAVERSABLE_TYPES);

interface NodeInfo {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

// Whether GDS is installed, per gateway, re-checked every minute (a restarted Neo4j may have gained or lost it).
const gdsCache = new WeakMap<Gateway, { available: boolean; until: number }>();

export async function gdsAvailable(gateway: Gateway): Promise<boolean> {
  const cached = gdsCache.get(gateway);
  if (cached && cached.until > Date.now()) return cached.available;
  let available = false;
  try {
    await gateway.query("RETURN gds.version() AS version", {}, { app: "graphql:centrality" });
    available = true;
  } catch (err) {
    if (err instanceof AriadneError && err.code === "DATABASE_UNAVAILABLE") throw err;
  }
  gdsCache.set(gateway, { available, until: Date.now() + 60_000 });
  return available;
}

function score(node: NodeInfo, value: number, rank: number, extra: Omit<Score, "id" | "kind" | "caption" | "score" | "rank">): Score {
  const kind = kindOf(node.labels);
  return { id: node.id, kind, caption: captionOf(kind, node.props), score: value, rank, ...extra };
}

/** Ranks indexed scores, keeps the wanted kinds, the top `first`. */
function rankIndexed(
  nodes: NodeInfo[],
  values: number[],
  kinds: NodeLabel[] | null,
  first: number,
  extra: Omit<Score, "id" | "kind" | "caption" | "score" | "rank">,
): Score[] {
  const order = nodes
    .map((n, i) => ({ n, v: values[i] ?? 0 }))
    .filter(({ n }) => !kinds || n.labels.some((l) => kinds.includes(l as NodeLabel)))
    .sort((a, b) => b.v - a.v || a.n.id.localeCompare(b.n.id))
    .slice(0, first);
  return order.map(({ n, v }, i) => score(n, v, i + 1, extra));
}

function computeInApi(nodes: NodeInfo[], graph: IndexedGraph, measure: CentralityMeasure, kinds: NodeLabel[] | null, first: number): Score[] {
  const base = { measure, graphNodes: graph.n, engine: "api" };
  if (measure === "DEGREE") return rankIndexed(nodes, degree(graph), kinds, first, { ...base, exact: true, sampleSize: null });
  if (measure === "PAGERANK") return rankIndexed(nodes, pageRank(graph), kinds, first, { ...base, exact: true, sampleSize: null });
  const b = betweenness(graph, { budget: API_BETWEENNESS_BUDGET });
  return rankIndexed(nodes, b.scores, kinds, first, { ...base, exact: b.exact, sampleSize: b.sampleSize });
}

/** The subgraph induced by the given ids: those entities and the relationships among them. */
export async function subgraphCentrality(gateway: Gateway, ids: string[], measure: CentralityMeasure, kinds: NodeLabel[] | null, first: number): Promise<Score[]> {
  const rows = await gateway.query<NodeInfo & { targets: string[] }>(
    `MATCH (a:Entity) WHERE a.id IN $ids
     RETURN a.id AS id, labels(a) AS labels, ${nodeProps("a")} AS props,
       COLLECT { MATCH (a)-[:${TYPES}]->(b:Entity) WHERE b.id IN $ids RETURN b.id } AS targets`,
    { ids },
    { app: "graphql:centrality" },
  );
  if (rows.length < ids.length) await requireEntities(gateway, ids, "graphql:centrality");
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const edges: [number, number][] = [];
  for (const [i, r] of rows.entries()) for (const t of r.targets) edges.push([i, index.get(t)!]);
  return computeInApi(rows, { n: rows.length, edges }, measure, kinds, first);
}

/** Whole graph, GDS present: a projection for this request only, streamed, then dropped. */
async function wholeGraphWithGds(gateway: Gateway, measure: CentralityMeasure, kinds: NodeLabel[] | null, first: number): Promise<Score[]> {
  const name = `ariadne-centrality-${randomUUID()}`;
  const kindFilter = kinds ? `WHERE n:${labelAlternation(kinds)}` : "";
  try {
    return await gateway.read(
      async (tx) => {
        const existing = plainRows<{ types: string[]; entities: number }>(
          await tx.run("CALL db.relationshipTypes() YIELD relationshipType WITH collect(relationshipType) AS types RETURN types, COUNT { (:Entity) } AS entities"),
        )[0]!;
        const types = TRAVERSABLE_TYPES.filter((t) => existing.types.includes(t));
        if (existing.entities === 0 || types.length === 0) return [];
        const orientation = measure === "PAGERANK" ? "NATURAL" : "UNDIRECTED";
        const projection = Object.fromEntries(types.map((t) => [t, { type: t, orientation }]));
        const projected = plainRows<{ nodeCount: number; relationshipCount: number }>(
          await tx.run("CALL gds.graph.project($name, 'Entity', $projection) YIELD nodeCount, relationshipCount RETURN nodeCount, relationshipCount", {
            name,
            projection,
          }),
        )[0]!;
        const n = projected.nodeCount;
        // Undirected projections store each relationship both ways.
        const m = Math.max(1, projected.relationshipCount / (orientation === "UNDIRECTED" ? 2 : 1));
        let call: string;
        let config: Record<string, unknown>;
        let exact = true;
        let sampleSize: number | null = null;
        if (measure === "BETWEENNESS") {
          sampleSize = n * m <= GDS_BETWEENNESS_BUDGET ? n : Math.min(n, Math.max(100, Math.floor(GDS_BETWEENNESS_BUDGET / m)));
          exact = sampleSize >= n;
          config = exact ? {} : { samplingSize: int(sampleSize), samplingSeed: int(42) };
          call = "gds.betweenness.stream";
        } else if (measure === "PAGERANK") {
          config = { dampingFactor: 0.85, maxIterations: int(100), tolerance: 1e-10, scaler: "L1Norm" };
          call = "gds.pageRank.stream";
        } else {
          config = {};
          call = "gds.degree.stream";
        }
        const result = plainRows<NodeInfo & { score: number }>(
          await tx.run(
            `CALL ${call}($name, $config) YIELD nodeId, score
             WITH gds.util.asNode(nodeId) AS n, score ${kindFilter ? `${kindFilter}` : ""}
             ORDER BY score DESC, n.id LIMIT $first
             RETURN n.id AS id, labels(n) AS labels, ${nodeProps("n")} AS props, score`,
            { name, config, first: int(first) },
          ),
        );
        // On an undirected projection GDS counts each unordered pair once, as the API engine does.
        return result.map((r, i) => score(r, r.score, i + 1, { measure, exact, sampleSize, graphNodes: n, engine: "gds" }));
      },
      { app: "graphql:centrality" },
      120_000,
    );
  } finally {
    await gateway.query("CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName", { name }, { app: "graphql:centrality" }).catch((err: unknown) => {
      log.warn({ err, name }, "could not drop a GDS projection");
    });
  }
}

/** Whole graph without GDS: degree from the degree store; the others in the API if the graph is small enough. */
async function wholeGraphWithoutGds(gateway: Gateway, measure: CentralityMeasure, kinds: NodeLabel[] | null, first: number): Promise<Score[]> {
  if (measure === "DEGREE") {
    const rows = await gateway.query<NodeInfo & { score: number; total: number }>(
      `MATCH (n:Entity) ${kinds ? `WHERE n:${labelAlternation(kinds)}` : ""}
       WITH n, COUNT { (n)-[:${TYPES}]-() } AS score
       ORDER BY score DESC, n.id LIMIT $first
       RETURN n.id AS id, labels(n) AS labels, ${nodeProps("n")} AS props, score, COUNT { (:Entity) } AS total`,
      { first: int(first) },
      { app: "graphql:centrality" },
    );
    return rows.map((r, i) => score(r, r.score, i + 1, { measure, exact: true, sampleSize: null, graphNodes: r.total, engine: "cypher" }));
  }
  const counts = TRAVERSABLE_TYPES.map((t) => `COUNT { ()-[:${t}]->() }`).join(" + ");
  const [size] = await gateway.query<{ m: number }>(`RETURN ${counts} AS m`, {}, { app: "graphql:centrality" });
  if ((size?.m ?? 0) > MAX_API_GRAPH_RELATIONSHIPS) {
    throw new AriadneError(
      "QUERY_TOO_COMPLEX",
      `The whole graph has ${size!.m} relationships: more than the ${MAX_API_GRAPH_RELATIONSHIPS} Ariadne ranks without Neo4j Graph Data Science. Pass ids (a subgraph) or install GDS.`,
    );
  }
  const rows = await gateway.query<{ a: string; b: string }>(`MATCH (a:Entity)-[:${TYPES}]->(b:Entity) RETURN a.id AS a, b.id AS b`, {}, { app: "graphql:centrality" }, 120_000);
  const index = new Map<string, number>();
  const ids: string[] = [];
  const at = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const edges = rows.map((r) => [at(r.a), at(r.b)] as [number, number]);
  const graph = { n: ids.length, edges };
  // Compute on the full graph, then fetch captions for the winners only.
  const all = ids.map((id) => ({ id, labels: [] as string[], props: {} }));
  const values = measure === "PAGERANK" ? pageRank(graph) : betweenness(graph, { budget: API_BETWEENNESS_BUDGET });
  const scores = Array.isArray(values) ? values : values.scores;
  const ranked = all.map((n, i) => ({ n, v: scores[i] ?? 0 })).sort((x, y) => y.v - x.v || x.n.id.localeCompare(y.n.id));
  // Kinds are only known after fetching; take generously, then filter.
  const candidates = ranked.slice(0, kinds ? Math.min(ranked.length, first * 50) : first);
  const info = await gateway.query<NodeInfo>(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, labels(n) AS labels, ${nodeProps("n")} AS props`,
    { ids: candidates.map((c) => c.n.id) },
    { app: "graphql:centrality" },
  );
  const byId = new Map(info.map((n) => [n.id, n]));
  const exact = Array.isArray(values) ? true : values.exact;
  const sampleSize = Array.isArray(values) ? null : values.sampleSize;
  return candidates
    .filter((c) => byId.has(c.n.id) && (!kinds || byId.get(c.n.id)!.labels.some((l) => kinds.includes(l as NodeLabel))))
    .slice(0, first)
    .map((c, i) => score(byId.get(c.n.id)!, c.v, i + 1, { measure, exact, sampleSize, graphNodes: graph.n, engine: "api" }));
}

export async function centrality(
  gateway: Gateway,
  args: { measure: CentralityMeasure; kinds: NodeLabel[] | null; ids: string[] | null; first: number },
  options: { useGds?: boolean } = {},
): Promise<Score[]> {
  if (args.ids) return subgraphCentrality(gateway, args.ids, args.measure, args.kinds, args.first);
  const useGds = options.useGds ?? (await gdsAvailable(gateway));
  return useGds ? wholeGraphWithGds(gateway, args.measure, args.kinds, args.first) : wholeGraphWithoutGds(gateway, args.measure, args.kinds, args.first);
}
