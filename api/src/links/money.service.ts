import { int, type Gateway } from "../../../graph/gateway.js";
import { notFound } from "../../../graph/errors.js";
import { toGraphEdge, toGraphNode, type RawEdge, type RawNode } from "../graph/graph.service.js";
import type { GraphEdge, Subgraph } from "../graph/subgraph.type.js";
import { nodeProps, relProps } from "./common.js";

export const MAX_MONEY_DEPTH = 5;
export const MAX_MONEY_LIMIT = 2000;

export type MoneyDirection = "OUT" | "IN" | "BOTH";

interface Flow {
  payer: string;
  payee: string;
  currency: string;
  amount: number;
  count: number;
  firstAt: string | null;
}

const NODE = (v: string) => `{ id: ${v}.id, labels: labels(${v}), props: ${nodeProps(v)} }`;
const REL = (r: string) => `{ id: elementId(${r}), source: startNode(${r}).id, target: endNode(${r}).id, type: type(${r}), props: ${relProps(r)} }`;

/**
 * Where did the money go? From an entity (and the wallets it owns, directly or through the accounts it
 * operates), follow payments (payer)-[:PAID]->(Payment)-[:PAID_TO]->(payee) for `depth` hops, downstream
 * (OUT), upstream (IN) or both. Each payer→payee pair becomes one edge of type PAID carrying the sums per
 * currency and the number of payments; `limit` caps the nodes, the biggest counterparties first.
 */
export async function followMoney(
  gateway: Gateway,
  args: { from: string; direction: MoneyDirection; depth: number; since: string | null; until: string | null; minAmount: number | null; limit: number },
): Promise<Subgraph> {
  const [start] = await gateway.query<{ start: RawNode; holdings: { nodes: RawNode[]; rels: RawEdge[] }[] }>(
    `MATCH (s:Entity {id: $from})
     RETURN ${NODE("s")} AS start,
       COLLECT { MATCH (s)-[r:OWNS]->(w:Wallet) RETURN { nodes: [${NODE("w")}], rels: [${REL("r")}] } } +
       COLLECT { MATCH (s)-[r1:OPERATES]->(a:Account)-[r2:OWNS]->(w:Wallet) RETURN { nodes: [${NODE("a")}, ${NODE("w")}], rels: [${REL("r1")}, ${REL("r2")}] } } AS holdings`,
    { from: args.from },
    { app: "graphql:followMoney" },
  );
  if (!start) throw notFound(`Entity ${JSON.stringify(args.from)}`);

  const nodes = new Map<string, RawNode>([[start.start.id, start.start]]);
  const structural = new Map<string, RawEdge>();
  let truncated = false;
  let frontier = [start.start.id];
  for (const h of start.holdings) {
    if (h.nodes.some((n) => !nodes.has(n.id)) && nodes.size + h.nodes.length > args.limit) {
      truncated = true;
      continue;
    }
    for (const n of h.nodes) {
      if (!nodes.has(n.id)) {
        nodes.set(n.id, n);
        if (n.labels.includes("Wallet")) frontier.push(n.id);
      }
    }
    for (const r of h.rels) structural.set(r.id, r);
  }

  const flows = new Map<string, Flow>();
  for (let level = 1; level <= args.depth && frontier.length > 0; level++) {
    const quota = Math.max(1, Math.ceil(Math.max(args.limit - nodes.size, 0) / frontier.length));
    const rows = await gateway.query<{ id: string; picked: { node: RawNode; flows: Flow[] }[] }>(
      `UNWIND $frontier AS fid
       MATCH (x:Entity {id: fid})
       CALL (x) {
         CALL (x) {
           WITH x WHERE $outward
           MATCH (x)-[:PAID]->(p:Payment)-[:PAID_TO]->(y:Entity)
           RETURN x AS payer, y AS payee, y AS other, p
           UNION ALL
           WITH x WHERE $inward
           MATCH (y:Entity)-[:PAID]->(p:Payment)-[:PAID_TO]->(x)
           RETURN y AS payer, x AS payee, y AS other, p
         }
         WITH payer, payee, other, p
         WHERE other <> x
           AND ($since IS NULL OR p.paidAt >= datetime($since)) AND ($until IS NULL OR p.paidAt < datetime($until))
           AND ($minAmount IS NULL OR p.amount >= $minAmount)
         WITH other, payer.id AS payer, payee.id AS payee, p.currency AS currency, sum(p.amount) AS amount, count(p) AS count, min(p.paidAt) AS firstAt
         WITH other, collect({ payer: payer, payee: payee, currency: currency, amount: amount, count: count, firstAt: firstAt }) AS flows, sum(count) AS total
         ORDER BY total DESC, other.id
         LIMIT $quota + 1
         RETURN collect({ node: ${NODE("other")}, flows: flows }) AS picked
       }
       RETURN fid AS id, picked`,
      {
        frontier,
        outward: args.direction !== "IN",
        inward: args.direction !== "OUT",
        since: args.since,
        until: args.until,
        minAmount: args.minAmount,
        quota: int(quota),
      },
      { app: "graphql:followMoney" },
    );
    const next: string[] = [];
    for (const row of rows) {
      if (row.picked.length > quota) truncated = true;
      for (const { node, flows: fs } of row.picked.slice(0, quota)) {
        if (!nodes.has(node.id)) {
          if (nodes.size >= args.limit) {
            truncated = true;
            continue;
          }
          nodes.set(node.id, node);
          next.push(node.id);
        }
        for (const f of fs) flows.set(`${f.payer}\u0000${f.payee}\u0000${f.currency}`, f);
      }
    }
    frontier = next;
  }

  // One edge per payer→payee, its payments summed per currency.
  const byPair = new Map<string, GraphEdge & { amounts: NonNullable<GraphEdge["amounts"]> }>();
  for (const f of flows.values()) {
    if (!nodes.has(f.payer) || !nodes.has(f.payee)) continue;
    const key = `money:${f.payer}->${f.payee}`;
    let edge = byPair.get(key);
    if (!edge) {
      edge = { id: key, source: f.payer, target: f.payee, type: "PAID", weight: 0, at: f.firstAt, amounts: [], count: 0 };
      byPair.set(key, edge);
    }
    edge.amounts.push({ currency: f.currency, amount: f.amount, count: f.count });
    edge.count = (edge.count ?? 0) + f.count;
    edge.weight = edge.count;
    if (f.firstAt && (!edge.at || Date.parse(f.firstAt) < Date.parse(edge.at))) edge.at = f.firstAt;
  }
  const money = [...byPair.values()].map((e) => ({ ...e, amounts: e.amounts.sort((a, b) => a.currency.localeCompare(b.currency)) }));
  return {
    nodes: [...nodes.values()].map((n) => toGraphNode(n)),
    edges: [...[...structural.values()].map(toGraphEdge), ...money.sort((a, b) => a.id.localeCompare(b.id))],
    truncated,
  };
}
