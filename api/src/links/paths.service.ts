import { badInput } from "../../../graph/errors.js";
import { int, type Gateway } from "../../../graph/gateway.js";
import { kindOf, type RelationshipType } from "../../../graph/schema.js";
import { toGraphEdge, toGraphNode, type RawEdge, type RawNode } from "../graph/graph.service.js";
import type { Path } from "./paths.type.js";
import { EVENT_KINDS, EVENT_TIME, TRAVERSABLE_TYPES, eventTimeExpr, labelAlternation, ms, nodeProps, relProps, requireEntities, throwIfMissing, typeAlternation } from "./common.js";

export const MAX_PATH_LENGTH = 10;
export const MAX_PATHS = 100;

const NODE_MAP = `{ id: n.id, labels: labels(n), props: ${nodeProps("n")} }`;
const REL_MAP = `{ id: elementId(r), source: startNode(r).id, target: endNode(r).id, type: type(r), props: ${relProps("r")} }`;

function eventTime(n: RawNode): string | null {
  const kind = kindOf(n.labels);
  const key = EVENT_TIME[kind as keyof typeof EVENT_TIME];
  const v = key ? n.props[key] : undefined;
  return typeof v === "string" ? v : null;
}

function toPath(nodes: RawNode[], rels: RawEdge[]): Path {
  const times = nodes.map(eventTime).filter((t): t is string => t !== null);
  return {
    nodes: nodes.map((n) => toGraphNode(n)),
    edges: rels.map(toGraphEdge),
    length: rels.length,
    startsAt: times[0] ?? null,
    endsAt: times.at(-1) ?? null,
  };
}

/**
 * How are these two connected? Shortest paths by Cypher's SHORTEST (bidirectional search), ignoring
 * relationship direction. `all`: every path of the shortest length (up to `first`), else one.
 */
export async function shortestPaths(
  gateway: Gateway,
  args: { from: string; to: string; maxLength: number; relTypes: RelationshipType[]; all: boolean; first: number },
): Promise<Path[]> {
  if (args.from === args.to) throw badInput("to", "must differ from `from`");
  // maxLength is a checked integer: quantifiers take literals only.
  const selector = args.all ? "ALL SHORTEST" : "SHORTEST 1";
  // One query: whether both ends exist (for NOT_FOUND) and the paths, so a miss costs no second transaction.
  const rows = await gateway.query<{ noFrom: boolean; noTo: boolean; nodes: RawNode[] | null; rels: RawEdge[] | null }>(
    `OPTIONAL MATCH (a:Entity {id: $from})
     OPTIONAL MATCH (b:Entity {id: $to})
     OPTIONAL CALL (a, b) {
       MATCH p = ${selector} (a)-[:${typeAlternation(args.relTypes)}]-{1,${args.maxLength}}(b)
       WITH p LIMIT $first
       RETURN [n IN nodes(p) | ${NODE_MAP}] AS nodes, [r IN relationships(p) | ${REL_MAP}] AS rels
     }
     RETURN a IS NULL AS noFrom, b IS NULL AS noTo, nodes, rels`,
    { from: args.from, to: args.to, first: int(args.first) },
    { app: "graphql:shortestPaths" },
  );
  const [first] = rows;
  if (first) throwIfMissing([...(first.noFrom ? [args.from] : []), ...(first.noTo ? [args.to] : [])]);
  return rows.filter((r) => r.nodes !== null && r.rels !== null).map((r) => toPath(r.nodes!, r.rels!));
}

/** Per-level expansion cap for one entity (earliest events first) and per-level state cap. */
export const TRP_FANOUT = 1000;
export const TRP_FRONTIER = 5000;

interface State {
  node: RawNode;
  /** Time of the last event passed, in ms (-Infinity before the first). */
  t: number;
  tIso: string | null;
  parent: State | null;
  via: RawEdge | null;
  hops: number;
}

interface Step {
  rel: RawEdge;
  node: RawNode;
  time: string | null;
  event: boolean;
}

const EVENT_LABELS = labelAlternation(EVENT_KINDS);

function onPath(state: State, id: string): boolean {
  for (let s: State | null = state; s; s = s.parent) if (s.node.id === id) return true;
  return false;
}

function unwind(state: State): Path {
  const nodes: RawNode[] = [];
  const rels: RawEdge[] = [];
  for (let s: State | null = state; s; s = s.parent) {
    nodes.unshift(s.node);
    if (s.via) rels.unshift(s.via);
  }
  return toPath(nodes, rels);
}

/**
 * Time-respecting paths: along the path, every event (message, payment, shipment, arrest — the event's
 * node time) happens strictly after the previous one, and every timed relationship is no earlier than the
 * last event. Untimed ties (who operates which account, who owns which wallet) can be crossed at any time;
 * an event without a time cannot be crossed. Breadth-first by hops, one query per hop, keeping for each
 * entity only its `first` earliest arrivals (an earlier arrival leaves more ways on), so the search stays
 * bounded on hubs; each entity's events are expanded earliest first, at most TRP_FANOUT per hop.
 */
export async function timeRespectingPaths(
  gateway: Gateway,
  args: { from: string; to: string; maxLength: number; since: string | null; until: string | null; first: number; relTypes?: RelationshipType[] },
): Promise<Path[]> {
  if (args.from === args.to) throw badInput("to", "must differ from `from`");
  const types = typeAlternation(args.relTypes ?? TRAVERSABLE_TYPES);
  const [start] = await gateway.query<RawNode>(
    `MATCH (n:Entity {id: $id}) RETURN n.id AS id, labels(n) AS labels, ${nodeProps("n")} AS props`,
    { id: args.from },
    { app: "graphql:timeRespectingPaths" },
  );
  await requireEntities(gateway, [args.from, args.to], "graphql:timeRespectingPaths");
  const since = args.since ? Date.parse(args.since) : -Infinity;
  const until = args.until ? Date.parse(args.until) : Infinity;
  const inWindow = (t: number) => t >= since && t < until;

  const t0Iso = eventTime(start!);
  const t0 = t0Iso ? Date.parse(t0Iso) : -Infinity;
  if (EVENT_KINDS.includes(kindOf(start!.labels) as never) && (!t0Iso || !inWindow(t0))) return [];

  const arrivals = new Map<string, number[]>(); // node id -> times of accepted states
  arrivals.set(start!.id, [t0]);
  let frontier: State[] = [{ node: start!, t: t0, tIso: t0Iso, parent: null, via: null, hops: 0 }];
  const found: Path[] = [];

  for (let hop = 1; hop <= args.maxLength && frontier.length > 0 && found.length < args.first; hop++) {
    // One row per entity, with the earliest time any state there has: a superset of what each state may take.
    const earliest = new Map<string, State>();
    for (const s of frontier) if (!earliest.has(s.node.id) || earliest.get(s.node.id)!.t > s.t) earliest.set(s.node.id, s);
    const rows = await gateway.query<{ id: string; steps: Step[] }>(
      `UNWIND $frontier AS s
       MATCH (u:Entity {id: s.id})
       CALL (u, s) {
         MATCH (u)-[r:${types}]-(v:Entity)
         WITH r, v, ${eventTimeExpr("v")} AS vt, CASE WHEN s.t IS NULL THEN null ELSE datetime(s.t) END AS t
         WHERE (r.at IS NULL OR ((t IS NULL OR r.at >= t) AND ($since IS NULL OR r.at >= datetime($since)) AND ($until IS NULL OR r.at < datetime($until))))
           AND (NOT (v:${EVENT_LABELS}) OR (vt IS NOT NULL AND (t IS NULL OR vt > t)
                AND ($since IS NULL OR vt >= datetime($since)) AND ($until IS NULL OR vt < datetime($until))))
         WITH r, v, vt ORDER BY coalesce(vt, r.at) ASC, v.id LIMIT $fanout
         RETURN collect({ rel: ${REL_MAP}, node: { id: v.id, labels: labels(v), props: ${nodeProps("v")} }, time: vt, event: v:${EVENT_LABELS} }) AS steps
       }
       RETURN s.id AS id, steps`,
      {
        frontier: [...earliest.values()].map((s) => ({ id: s.node.id, t: s.tIso })),
        since: args.since,
        until: args.until,
        fanout: int(TRP_FANOUT),
      },
      { app: "graphql:timeRespectingPaths" },
    );
    const stepsOf = new Map(rows.map((r) => [r.id, r.steps]));
    const next: State[] = [];
    for (const state of frontier) {
      for (const step of stepsOf.get(state.node.id) ?? []) {
        const relT = ms(step.rel.props.at);
        const nodeT = ms(step.time);
        if (relT !== null && relT < state.t) continue;
        if (step.event && (nodeT === null || nodeT <= state.t)) continue;
        // A timed tie between two non-events (none in today's schema) is an event of its own.
        const uEvent = EVENT_KINDS.includes(kindOf(state.node.labels) as never);
        if (relT !== null && !step.event && !uEvent && relT <= state.t) continue;
        if (onPath(state, step.node.id)) continue;
        const t = Math.max(state.t, relT ?? -Infinity, nodeT ?? -Infinity);
        const tIso = t === state.t ? state.tIso : t === nodeT ? step.time : (step.rel.props.at as string);
        const child: State = { node: step.node, t, tIso, parent: state, via: step.rel, hops: hop };
        if (step.node.id === args.to) {
          if (found.length < args.first) found.push(unwind(child));
          continue;
        }
        const seen = arrivals.get(step.node.id) ?? [];
        if (seen.filter((x) => x <= t).length >= args.first) continue; // dominated: earlier arrivals exist
        seen.push(t);
        arrivals.set(step.node.id, seen);
        next.push(child);
      }
    }
    // Bounded work per hop: keep the earliest states.
    frontier = next.length > TRP_FRONTIER ? next.sort((a, b) => a.t - b.t).slice(0, TRP_FRONTIER) : next;
  }
  return found;
}
