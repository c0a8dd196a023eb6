// Where nodes added to a drawn graph go. Pure functions over the model (positions are model data): new nodes
// start next to what they are linked to, then a short ForceAtlas2 run settles them while every node that was
// already drawn stays pinned, so the picture the investigator knows does not move.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { applySyncLayout, forceAtlas2Layout } from "./layout";
import type { GraphModel } from "./types";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Edge length used when the graph has no edges to measure. */
const DEFAULT_EDGE_LENGTH = 10;
const SETTLE_ITERATIONS = 80;

export interface Point {
  x: number;
  y: number;
}

/** The median length of (up to 1000 of) the graph's edges: the scale new nodes are placed at. */
export function typicalEdgeLength(graph: GraphModel): number {
  const lengths: number[] = [];
  for (const edge of graph.edges()) {
    if (lengths.length >= 1000) break;
    const a = graph.getNodeAttributes(graph.source(edge));
    const b = graph.getNodeAttributes(graph.target(edge));
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    if (d > 0) lengths.push(d);
  }
  if (lengths.length === 0) return DEFAULT_EDGE_LENGTH;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)]!;
}

export function centroid(graph: GraphModel, nodes: Iterable<string> = graph.nodes()): Point | null {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    const a = graph.getNodeAttributes(node);
    x += a.x;
    y += a.y;
    n++;
  }
  return n === 0 ? null : { x: x / n, y: y / n };
}

/** The i-th spot of a sunflower spiral around `centre`, starting in direction `angle`. */
function spiral(centre: Point, i: number, scale: number, angle = 0): Point {
  const r = scale * (0.9 + 0.45 * Math.sqrt(i));
  const a = angle + i * GOLDEN_ANGLE;
  return { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
}

/** Whether a node (other than those in `skip`, not placed yet) is closer than `clearance` to `spot`. */
function isTaken(graph: GraphModel, spot: Point, clearance: number, skip: ReadonlySet<string>): boolean {
  let taken = false;
  graph.forEachNode((n, a) => {
    if (!taken && !skip.has(n) && Math.hypot(a.x - spot.x, a.y - spot.y) < clearance) taken = true;
  });
  return taken;
}

/** The first spot near `around` with no node closer than `clearance`. */
export function freeSpot(graph: GraphModel, around: Point, clearance: number, skip: ReadonlySet<string> = new Set()): Point {
  const taken: Point[] = [];
  graph.forEachNode((node, a) => {
    if (!skip.has(node)) taken.push({ x: a.x, y: a.y });
  });
  if (!taken.some((p) => Math.hypot(p.x - around.x, p.y - around.y) < clearance)) return around;
  for (let i = 0; i < 2000; i++) {
    const p = spiral(around, i, clearance);
    if (!taken.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < clearance)) return p;
  }
  return spiral(around, 2000, clearance);
}

/**
 * Moves `added` nodes next to the nodes they are linked to: around the centroid of their already-placed
 * neighbours, spreading away from where those neighbours' other links go. Nodes linked only to other new
 * nodes follow them (paths); nodes linked to nothing go to a free spot near `near` (default: the graph's centre).
 */
export function placeNewNodes(graph: GraphModel, added: readonly string[], near?: Point): void {
  const pending = new Set(added.filter((n) => graph.hasNode(n)));
  if (pending.size === 0) return;
  const scale = typicalEdgeLength(graph);
  const placedCount = new Map<string, number>(); // per anchor key: how many placed around it so far

  const fallback = near ?? centroid(graph, [...graph.nodes()].filter((n) => !pending.has(n))) ?? { x: 0, y: 0 };
  while (pending.size > 0) {
    let progress = false;
    for (const node of [...pending]) {
      const anchors = graph.neighbors(node).filter((m) => !pending.has(m));
      if (anchors.length === 0) continue;
      const centre = centroid(graph, anchors)!;
      // Away from the anchors' other neighbours, so a fan of new nodes opens outwards.
      const others = anchors.length === 1 ? graph.neighbors(anchors[0]!).filter((m) => !pending.has(m) && m !== node) : [];
      const away = centroid(graph, others);
      const angle = away ? Math.atan2(centre.y - away.y, centre.x - away.x) : 0;
      const key = anchors.slice().sort().join("\u0000");
      // The next spot of this anchor's spiral that no node already takes (earlier pages of a hub are there).
      let i = placedCount.get(key) ?? 0;
      let spot = spiral(centre, i, scale, angle);
      for (let tries = 0; tries < 500 && isTaken(graph, spot, scale * 0.4, pending); tries++) spot = spiral(centre, ++i, scale, angle);
      placedCount.set(key, i + 1);
      graph.mergeNodeAttributes(node, spot);
      pending.delete(node);
      progress = true;
    }
    if (progress) continue;
    // Nothing left is linked to a placed node: start the next group at a free spot near `fallback`.
    const [first] = pending;
    graph.mergeNodeAttributes(first!, freeSpot(graph, fallback, scale, pending));
    pending.delete(first!);
  }
}

/**
 * Lets newly added nodes settle among the others: ForceAtlas2 with every other node pinned. When little was
 * drawn before, the whole graph is laid out instead.
 */
export function settleNewNodes(graph: GraphModel, added: readonly string[], iterations = SETTLE_ITERATIONS): void {
  const moving = new Set(added.filter((n) => graph.hasNode(n)));
  if (moving.size === 0) return;
  if (graph.order - moving.size < 2) {
    applySyncLayout(graph);
    return;
  }
  graph.forEachNode((node) => {
    if (!moving.has(node)) graph.setNodeAttribute(node, "fixed", true);
  });
  try {
    forceAtlas2.assign(graph, { iterations, settings: forceAtlas2Layout.settings(graph), getEdgeWeight: null });
  } finally {
    graph.forEachNode((node) => graph.removeNodeAttribute(node, "fixed"));
  }
}
