// Centrality measures computed in the API process, for a given subgraph or for a whole graph small enough
// to load, when Neo4j's Graph Data Science library is absent. Plain arrays over node indices: no
// dependency, and fast enough for the sizes the API allows.

export interface IndexedGraph {
  /** Number of nodes; nodes are 0..n-1. */
  n: number;
  /** Directed relationships as [source, target] pairs (multi-edges and self-loops allowed). */
  edges: readonly (readonly [number, number])[];
}

/** Relationships touching each node (a self-loop counts twice, as in Neo4j's degree). */
export function degree(g: IndexedGraph): number[] {
  const d = new Array<number>(g.n).fill(0);
  for (const [a, b] of g.edges) {
    d[a]!++;
    d[b]!++;
  }
  return d;
}

/** Undirected simple adjacency: multi-edges collapsed, self-loops dropped. */
export function undirectedAdjacency(g: IndexedGraph): number[][] {
  const sets = Array.from({ length: g.n }, () => new Set<number>());
  for (const [a, b] of g.edges) {
    if (a === b) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
  }
  return sets.map((s) => [...s]);
}

/** A small deterministic PRNG (mulberry32), so sampled results are repeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BetweennessResult {
  scores: number[];
  exact: boolean;
  /** Source nodes used (= n when exact). */
  sampleSize: number;
}

/**
 * Brandes' betweenness on the undirected simple graph, unnormalised, each unordered pair counted once
 * (the centre of a star with k leaves scores k(k-1)/2). Exact when n·m is within `budget`; otherwise
 * from `k` random source nodes, scaled by n/k (Brandes & Pich 2007).
 */
export function betweenness(g: IndexedGraph, options: { budget?: number; seed?: number; sampleSize?: number } = {}): BetweennessResult {
  const adj = undirectedAdjacency(g);
  const n = g.n;
  const m = adj.reduce((s, a) => s + a.length, 0) / 2;
  const budget = options.budget ?? 2e7;
  let sources: number[];
  let exact = true;
  const wanted = options.sampleSize ?? (n * Math.max(m, 1) <= budget ? n : Math.max(32, Math.floor(budget / Math.max(m, 1))));
  if (wanted >= n) {
    sources = Array.from({ length: n }, (_, i) => i);
  } else {
    exact = false;
    const rand = prng(options.seed ?? 42);
    const all = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < wanted; i++) {
      const j = i + Math.floor(rand() * (n - i));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    sources = all.slice(0, wanted);
  }
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const s of sources) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      for (const w of adj[v]!) {
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    while (top > 0) {
      const w = stack[--top]!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) cb[w]! += delta[w]!;
    }
  }
  const scale = (exact ? 1 : n / sources.length) / 2;
  return { scores: Array.from(cb, (x) => x * scale), exact, sampleSize: sources.length };
}

/**
 * PageRank following relationship directions (multi-edges collapsed), damping 0.85; rank of nodes
 * without outgoing relationships is spread over all nodes. Scores sum to 1.
 */
export function pageRank(g: IndexedGraph, options: { damping?: number; tolerance?: number; maxIterations?: number } = {}): number[] {
  const n = g.n;
  if (n === 0) return [];
  const d = options.damping ?? 0.85;
  const out = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of g.edges) if (a !== b) out[a]!.add(b);
  const outList = out.map((s) => [...s]);
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < (options.maxIterations ?? 100); it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      const targets = outList[v]!;
      if (targets.length === 0) dangling += rank[v]!;
      else for (const w of targets) next[w]! += rank[v]! / targets.length;
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = (1 - d) / n + d * (next[v]! + dangling / n);
      change += Math.abs(value - rank[v]!);
      next[v] = value;
    }
    rank = next;
    if (change < (options.tolerance ?? 1e-10)) break;
  }
  return Array.from(rank);
}
