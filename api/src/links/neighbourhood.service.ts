import { int, type Gateway } from "../../../graph/gateway.js";
import { captionOf, kindOf, type NodeLabel, type RelationshipType } from "../../../graph/schema.js";
import { toGraphEdge, toGraphNode, type RawEdge, type RawNode } from "../graph/graph.service.js";
import type { Subgraph } from "../graph/subgraph.type.js";
import type { EntityRef } from "./search.type.js";
import { EVENT_KINDS, TRAVERSABLE_TYPES, labelAlternation, nodeProps, relProps, requireEntities, typeAlternation } from "./common.js";

export const MAX_DEPTH = 3;
export const MAX_LIMIT = 2000;
export const MAX_SEEDS = 100;
export const MAX_EXCLUDE = 10_000;
/** Edges returned per node allowed in a subgraph, before it is marked truncated. */
export const EDGES_PER_NODE = 4;

export interface NeighbourhoodArgs {
  ids: string[];
  depth: number;
  kinds: NodeLabel[] | null;
  relTypes: RelationshipType[];
  since: string | null;
  until: string | null;
  limit: number;
  exclude: string[];
}

// Relationships with a time (r.at) must fall in the window; untimed ones (OPERATES, OWNS…) always pass.
const TIME_FILTER = "(r.at IS NULL OR (($since IS NULL OR r.at >= datetime($since)) AND ($until IS NULL OR r.at < datetime($until))))";

/**
 * Breadth-first, one query per level. Each frontier node gets a fair share of the nodes still allowed
 * (structural ties first, then the most recent events), so one hub cannot crowd out the others and
 * `limit` always holds. Then one query fetches the relationships among the chosen nodes and, per node,
 * how many matching relationships were left out (`hidden`).
 */
export async function neighbourhood(gateway: Gateway, args: NeighbourhoodArgs): Promise<Subgraph> {
  const types = typeAlternation(args.relTypes);
  const kindFilter = args.kinds ? `AND m:${labelAlternation(args.kinds)}` : "";
  const params = { since: args.since, until: args.until };
  const seeds = await gateway.query<RawNode>(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, labels(n) AS labels, ${nodeProps("n")} AS props`,
    { ids: args.ids },
    { app: "graphql:neighbourhood" },
  );
  if (seeds.length < args.ids.length) await requireEntities(gateway, args.ids, "graphql:neighbourhood");

  const nodes = new Map<string, RawNode>(seeds.map((s) => [s.id, s]));
  const excluded = args.exclude.filter((id) => !nodes.has(id));
  let truncated = nodes.size > args.limit;
  let frontier = args.ids;
  for (let level = 1; level <= args.depth && frontier.length > 0; level++) {
    const next: string[] = [];
    // Rounds within a level: each node that still has neighbours gets an equal share of what is left, so
    // a hub cannot crowd out a small seed, and a small seed's unused share goes to the hub.
    let pending = frontier;
    for (let round = 0; round < 6 && pending.length > 0; round++) {
      const remaining = args.limit - nodes.size;
      if (remaining <= 0) {
        truncated = true;
        break;
      }
      const quota = Math.ceil(remaining / pending.length);
      const rows = await gateway.query<{ id: string; picked: RawNode[] }>(
        `UNWIND $frontier AS fid
         MATCH (f:Entity {id: fid})
         CALL (f) {
           MATCH (f)-[r:${types}]-(m:Entity)
           WHERE NOT m.id IN $seen ${kindFilter} AND ${TIME_FILTER}
           WITH m, max(r.at) AS latest
           ORDER BY latest DESC, m.id
           LIMIT $quota + 1
           RETURN collect({ id: m.id, labels: labels(m), props: ${nodeProps("m")} }) AS picked
         }
         RETURN fid AS id, picked`,
        { ...params, frontier: pending, seen: [...nodes.keys(), ...excluded], quota: int(quota) },
        { app: "graphql:neighbourhood" },
      );
      const more: string[] = [];
      for (const row of rows) {
        if (row.picked.length > quota) more.push(row.id);
        for (const m of row.picked.slice(0, quota)) {
          if (nodes.has(m.id)) continue;
          if (nodes.size >= args.limit) {
            truncated = true;
            break;
          }
          nodes.set(m.id, m);
          next.push(m.id);
        }
      }
      pending = more;
      if (round === 5 && more.length > 0) truncated = true;
    }
    if (pending.length > 0 && nodes.size >= args.limit) truncated = true;
    frontier = next;
  }

  const ids = [...nodes.keys()];
  const edgeCap = Math.max(args.limit * EDGES_PER_NODE, 100);
  const unfiltered = !args.kinds && !args.since && !args.until;
  // Without filters the count comes from the degree store; with them, the node's relationships are read.
  const degree = unfiltered
    ? `COUNT { (n)-[:${types}]-() }`
    : `COUNT { (n)-[r:${types}]-(m:Entity) WHERE ${TIME_FILTER} ${args.kinds ? `AND (m.id IN $ids OR m:${labelAlternation(args.kinds)})` : ""} }`;
  const [row] = await gateway.query<{ edges: RawEdge[]; degrees: { id: string; degree: number }[] }>(
    `MATCH (n:Entity) WHERE n.id IN $ids
     WITH collect(n) AS ns
     CALL (ns) {
       UNWIND ns AS a
       MATCH (a)-[r:${types}]->(b:Entity) WHERE b.id IN $ids AND ${TIME_FILTER}
       WITH a, r, b ORDER BY r.at DESC, elementId(r) LIMIT $edgeCap + 1
       RETURN collect({ id: elementId(r), source: a.id, target: b.id, type: type(r), props: ${relProps("r")} }) AS edges
     }
     CALL (ns) {
       UNWIND ns AS n
       RETURN collect({ id: n.id, degree: ${degree} }) AS degrees
     }
     RETURN edges, degrees`,
    { ...params, ids, edgeCap: int(edgeCap) },
    { app: "graphql:neighbourhood" },
  );
  let edges = row?.edges ?? [];
  if (edges.length > edgeCap) {
    truncated = true;
    edges = edges.slice(0, edgeCap);
  }
  const included = new Map<string, number>();
  for (const e of edges) {
    included.set(e.source, (included.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) included.set(e.target, (included.get(e.target) ?? 0) + 1);
  }
  const degrees = new Map((row?.degrees ?? []).map((d) => [d.id, d.degree]));
  return {
    nodes: ids.map((id) => toGraphNode(nodes.get(id)!, Math.max(0, (degrees.get(id) ?? 0) - (included.get(id) ?? 0)))),
    edges: edges.map(toGraphEdge),
    truncated,
  };
}

export const MAX_COMMON_IDS = 10;
export const MAX_COMMON_PAGE = 500;

const EVENT_LABELS = labelAlternation(EVENT_KINDS);

/**
 * Entities linked to every one of the given entities: directly, or through one event (the other side of
 * a message, payment or shipment they took part in). Scored by the number of such links.
 */
export async function commonNeighbours(gateway: Gateway, ids: string[], kinds: NodeLabel[] | null, first: number): Promise<EntityRef[]> {
  await requireEntities(gateway, ids, "graphql:commonNeighbours");
  const types = typeAlternation(TRAVERSABLE_TYPES);
  const rows = await gateway.query<{ id: string; labels: string[]; props: Record<string, unknown>; links: number }>(
    `UNWIND $ids AS id
     MATCH (s:Entity {id: id})
     CALL (s) {
       MATCH (s)-[:${types}]-(m:Entity)
       RETURN m
       UNION ALL
       MATCH (s)-[:${types}]-(:${EVENT_LABELS})-[:${types}]-(m:Entity)
       WHERE m <> s AND NOT m:${EVENT_LABELS}
       RETURN m
     }
     WITH m, count(DISTINCT s) AS seeds, count(*) AS links
     WHERE seeds = size($ids) AND NOT m.id IN $ids ${kinds ? `AND m:${labelAlternation(kinds)}` : ""}
     RETURN m.id AS id, labels(m) AS labels, ${nodeProps("m")} AS props, links
     ORDER BY links DESC, id
     LIMIT $first`,
    { ids, first: int(first) },
    { app: "graphql:commonNeighbours" },
  );
  return rows.map((r) => {
    const kind = kindOf(r.labels);
    return { id: r.id, kind, caption: captionOf(kind, r.props), score: r.links };
  });
}
