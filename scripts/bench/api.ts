// `npm run bench:api [-- --quick] [-- --scale 200 --seed 1 --requests 400 --repeats 3 --clients 32]`: latency of the GraphQL
// API against the same Cypher sent directly over Bolt, in the same run, on a generated world of at least 1M
// relationships (scale 200 ≈ 1.03M). It generates the world (cached in the temp folder, shared with
// bench:import), imports it with Ariadne's importer into a fresh embedded Neo4j, starts the real HTTP server
// (startServer) in a child process of its own, and for search, neighbourhood (depth 2), shortestPaths and
// followMoney measures p50/p95/p99 with 1 and with 32 concurrent clients:
//   - GraphQL: HTTP POSTs to /graphql over loopback with a bearer token (node:http keep-alive, no dependency);
//   - Bolt: neo4j-driver from this process, replaying the exact Cypher and parameters the operation's service
//     sent for that input (recorded from api/src/links/*.service.ts, so both sides do the same database work
//     and the replay follows any change of the services), each query in its own read transaction as the
//     API's gateway runs it;
//   - for shortestPaths also Cypher's own `shortestPath((a)-[*..6]-(b))`.
// Both sides run the same inputs in rounds that alternate them, and the whole measurement is repeated (3 times;
// figures are medians over the repeats), so the shared machine's noise hits both sides alike.
// --quick: a small world (scale 10), 48 requests, 2 repeats, for trying it out in about a minute.
// Writes the `bench:api` section of docs/benchmarks.md (not with --quick, unless --write). Stops everything it started.
import { spawnSync, fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { repoRoot } from "../../graph/config.js";
import { Gateway, type Params } from "../../graph/gateway.js";
import { generateWorld, writeWorld } from "../../seeds/generator/index.js";
import { fmt, freshNeo4j, graphCounts, machineLine, median, percentile, writeBenchmarkSection, type FreshNeo4j } from "./common.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    scale: { type: "string" },
    seed: { type: "string", default: "1" },
    requests: { type: "string" },
    clients: { type: "string", default: "32" },
    repeats: { type: "string" },
    rounds: { type: "string", default: "2" },
    "time-cap": { type: "string" },
    write: { type: "boolean", default: false },
    serve: { type: "boolean", default: false },
  },
});

const quick = values.quick;
const scale = Number(values.scale ?? (quick ? 10 : 200));
const seed = Number(values.seed);
const requests = Number(values.requests ?? (quick ? 48 : 400));
const clients = Number(values.clients);
/** The whole measurement (both concurrencies, every operation) runs this many times; figures are medians over them. */
const repeats = Number(values.repeats ?? (quick ? 2 : 3));
/** Within one repeat, each operation alternates its sides this many times. */
const rounds = Number(values.rounds);
/** Seconds one side of one operation may take at one concurrency before it stops early (bounded run). */
const timeCap = Number(values["time-cap"] ?? (quick ? 30 : 120));
const MIN_RELATIONSHIPS = 1_000_000;
const HEAP = "4g";
const PAGECACHE = "2g";
const say = (s: string) => console.log(`[bench:api] ${s}`);

// ---------------------------------------------------------------------------------------------------------
// Child mode: the real HTTP API in a process of its own (its own event loop, as in production), against the
// Neo4j given in the environment. Reports its URL over IPC and stops on SIGTERM or when the parent goes.
// ---------------------------------------------------------------------------------------------------------
async function serve(): Promise<void> {
  const { startServer } = await import("../../api/src/server.js");
  const { TokenService } = await import("../../api/src/auth/tokens.js");
  const env = process.env;
  const gateway = new Gateway({ uri: env.NEO4J_URI!, user: env.NEO4J_USER!, password: env.NEO4J_PASSWORD!, database: env.NEO4J_DATABASE ?? "neo4j" });
  await gateway.verify();
  const server = await startServer({
    gateway,
    info: { embedded: null },
    tokens: new TokenService(env.BENCH_TOKEN_SECRET!),
    webDir: path.join(repoRoot, "web", "dist"),
    port: 0,
  });
  const stop = async () => {
    await server.close().catch(() => {});
    await gateway.close().catch(() => {});
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("disconnect", () => void stop());
  if (process.send) process.send({ url: server.url });
  else console.log(`[bench:api] API at ${server.url}/graphql (Ctrl-C stops it)`);
  process.once("SIGINT", () => void stop());
}

// ---------------------------------------------------------------------------------------------------------
// Load generation: a fixed number of requests through a pool of `concurrency` workers, bounded in time.
// ---------------------------------------------------------------------------------------------------------
interface Sample {
  latencies: number[];
  errors: number;
  errorSamples: string[];
  done: number;
  seconds: number;
  capped: boolean;
}

const emptySample = (): Sample => ({ latencies: [], errors: 0, errorSamples: [], done: 0, seconds: 0, capped: false });

async function runLoad(
  sample: Sample,
  count: number,
  concurrency: number,
  firstIndex: number,
  budgetSeconds: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const started = performance.now();
  const deadline = started + budgetSeconds * 1000;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      if (performance.now() > deadline) {
        sample.capped = true;
        return;
      }
      const t0 = performance.now();
      try {
        await task(firstIndex + i);
        sample.latencies.push(performance.now() - t0);
      } catch (err) {
        sample.errors++;
        if (sample.errorSamples.length < 3) sample.errorSamples.push(err instanceof Error ? err.message.slice(0, 200) : String(err));
      }
      sample.done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  sample.seconds += (performance.now() - started) / 1000;
}

// GraphQL over loopback HTTP with keep-alive connections; the response is read and parsed in full.
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });

function post(url: URL, body: string, token: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error("no answer within 60 s")));
    req.on("error", reject);
    req.end(body);
  });
}

async function graphql<T = Record<string, unknown>>(url: URL, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const { status, text } = await post(url, JSON.stringify({ query, variables }), token);
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${status}: ${text.slice(0, 120)}`);
  }
  if (status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`HTTP ${status}: ${body.errors?.map((e) => `${e.extensions?.code ?? "?"} ${e.message}`).join("; ") ?? "no data"}`);
  }
  return body.data;
}

// ---------------------------------------------------------------------------------------------------------
// The operations: each input has its GraphQL variables, the Cypher its service sent (recorded), and for
// shortestPaths the plain Cypher shortestPath.
// ---------------------------------------------------------------------------------------------------------
interface Query {
  cypher: string;
  params: Params;
}

interface Input {
  label: string;
  variables: Record<string, unknown>;
  recorded: Query[];
  /** Size of the result (search hits, subgraph nodes, path length), for the report. */
  size: number;
  plain?: Query;
  plainSize?: number;
}

interface Operation {
  name: string;
  title: string;
  /** The per-request floor of each side, not an operation of the issue: kept out of the goals. */
  baseline?: boolean;
  document: string;
  inputs: Input[];
  inputNote: string;
}

/** A Gateway whose query() records the Cypher and parameters before running them. */
function recordingGateway(gateway: Gateway, into: Query[]): Gateway {
  return new Proxy(gateway, {
    get(target, prop, receiver) {
      if (prop === "query") {
        return (cypher: string, params: Params = {}, meta?: unknown, timeoutMs?: number) => {
          into.push({ cypher, params });
          return target.query(cypher, params, meta as never, timeoutMs);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      if (typeof value === "function") throw new Error(`bench:api records only Gateway.query; a service called ${String(prop)}()`);
      return value;
    },
  });
}

/** `k` items spread evenly over a list (deterministic). */
function spread<T>(list: readonly T[], k: number): T[] {
  if (list.length <= k) return [...list];
  return Array.from({ length: k }, (_, i) => list[Math.floor((i * list.length) / k)]!);
}

interface TruthRow {
  id: string;
  kind: string;
  organisation: string;
  role: string;
  others: string[];
}

function readGroundTruth(dir: string): TruthRow[] {
  const lines = fs.readFileSync(path.join(dir, "ground_truth.csv"), "utf8").split("\n");
  const header = lines[0]!.split(",");
  const col = (name: string) => header.indexOf(name);
  return lines
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => {
      const f = l.split(",");
      const others = f[col("other_organisations")] ?? "";
      return { id: f[col("id")]!, kind: f[col("kind")]!, organisation: f[col("organisation")]!, role: f[col("role")]!, others: others ? others.split(";") : [] };
    });
}

const CREW_ROLES = new Set(["boss", "lieutenant", "recruiter", "seller", "financier", "courier", "receiver", "supplier"]);

const NODE_MAP = "{ id: n.id, labels: labels(n), props: properties(n) }";
const REL_MAP = "{ id: elementId(r), source: startNode(r).id, target: endNode(r).id, type: type(r), props: r { .at, .amount, .weight } }";
/** The plain Cypher the issue compares shortestPaths with; returns the same maps as the API's query. */
const PLAIN_SHORTEST_PATH = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN [n IN nodes(p) | ${NODE_MAP}] AS nodes, [r IN relationships(p) | ${REL_MAP}] AS rels`;

async function buildOperations(gateway: Gateway, worldDir: string, perOp: number): Promise<Operation[]> {
  const { search } = await import("../../api/src/links/search.service.js");
  const { neighbourhood } = await import("../../api/src/links/neighbourhood.service.js");
  const { shortestPaths } = await import("../../api/src/links/paths.service.js");
  const { followMoney } = await import("../../api/src/links/money.service.js");
  const { TRAVERSABLE_TYPES } = await import("../../api/src/links/common.js");

  const record = async <R>(run: (g: Gateway) => Promise<R>): Promise<{ recorded: Query[]; result: R }> => {
    const recorded: Query[] = [];
    const result = await run(recordingGateway(gateway, recorded));
    return { recorded, result };
  };
  const third = Math.max(1, Math.round(perOp / 3));

  // search: handles, names (from the graph, spread over ids) and words of the ads and of ordinary chat.
  const [picked] = await gateway.query<{ handles: string[]; names: string[] }>(
    `CALL () { MATCH (a:Account) WHERE a.handle IS NOT NULL WITH a ORDER BY a.id RETURN collect(a.handle) AS handles }
     CALL () { MATCH (p:Person) WHERE p.name IS NOT NULL WITH p ORDER BY p.id RETURN collect(p.name) AS names }
     RETURN handles, names`,
  );
  const words = ["即日即金", "高額バイト", "ホワイト案件", "受け子", "手押し", "送金", "ラーメン", "same day pay", "courier Bangkok", "野菜"];
  const terms = [...spread(words, third), ...spread(picked!.handles, third), ...spread(picked!.names, third)];
  const searchInputs: Input[] = [];
  for (const text of terms) {
    const { recorded, result } = await record((g) => search(g, text, null, 20));
    if (result.length > 0) searchInputs.push({ label: text, variables: { text }, recorded, size: result.length });
  }

  // neighbourhood at depth 2 around persons and accounts of varying degree (quantiles of the degree).
  const quantiles = spread([0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1], Math.ceil(perOp / 2));
  const seeds: { id: string; degree: number; label: string }[] = [];
  for (const label of ["Person", "Account"]) {
    const [row] = await gateway.query<{ picks: { id: string; degree: number }[] }>(
      `MATCH (n:${label}) WITH n, COUNT { (n)--() } AS degree ORDER BY degree, n.id
       WITH collect({ id: n.id, degree: degree }) AS ranked
       RETURN [q IN $quantiles | ranked[toInteger(round(q * (size(ranked) - 1)))]] AS picks`,
      { quantiles },
    );
    for (const p of row!.picks) if (!seeds.some((s) => s.id === p.id)) seeds.push({ ...p, label });
  }
  const neighbourhoodInputs: Input[] = [];
  for (const s of seeds) {
    const { recorded, result } = await record((g) =>
      neighbourhood(g, { ids: [s.id], depth: 2, kinds: null, relTypes: TRAVERSABLE_TYPES, since: null, until: null, limit: 500, exclude: [] }),
    );
    neighbourhoodInputs.push({ label: `${s.id} (degree ${s.degree})`, variables: { ids: [s.id] }, recorded, size: result.nodes.length });
  }

  // shortestPaths between two crew members of the same organisation and of different ones (ground truth).
  const truth = readGroundTruth(worldDir);
  const crews = new Map<string, string[]>();
  for (const t of truth) {
    if (t.kind !== "person" || !t.organisation || !CREW_ROLES.has(t.role)) continue;
    crews.set(t.organisation, [...(crews.get(t.organisation) ?? []), t.id]);
  }
  const orgs = [...crews.keys()].sort().filter((o) => crews.get(o)!.length >= 2);
  const pairs: { from: string; to: string; label: string; group: "same" | "linked" | "unlinked" }[] = [];
  const half = Math.ceil(perOp / 2);
  const linkedCount = Math.ceil((perOp - half) / 2);
  // Of the same organisation: alternately the first and the last crew member, a middle one and the first.
  spread(orgs, half).forEach((o, i) => {
    const members = crews.get(o)!;
    const a = members[i % 2 === 0 ? 0 : Math.floor(members.length / 2)]!;
    const b = members[i % 2 === 0 ? members.length - 1 : 0]!;
    pairs.push({ from: a, to: b, label: `${a}–${b} (same ${o})`, group: "same" });
  });
  // Of linked organisations: a supplier and the financier (else the receiver) of an organisation it supplies.
  const roleOf = new Map(truth.map((t) => [t.id, t.role]));
  const suppliers = truth.filter((t) => t.kind === "person" && t.role === "supplier" && t.others.some((o) => crews.has(o)));
  spread(suppliers, linkedCount).forEach((t, i) => {
    const supplied = t.others.filter((o) => crews.has(o));
    const other = supplied[i % supplied.length]!;
    const crew = crews.get(other)!;
    const b = crew.find((id) => roleOf.get(id) === "financier") ?? crew.find((id) => roleOf.get(id) === "receiver") ?? crew[0]!;
    pairs.push({ from: t.id, to: b, label: `${t.id}–${b} (${t.organisation} supplies ${other})`, group: "linked" });
  });
  // Of organisations with nothing to do with each other (as far as the ground truth says).
  spread(orgs, perOp - half - linkedCount).forEach((o, i) => {
    const other = orgs[(orgs.indexOf(o) + Math.floor(orgs.length / 2) + i) % orgs.length]!;
    if (other === o) return;
    const a = crews.get(o)![i % crews.get(o)!.length]!;
    const b = crews.get(other)![0]!;
    pairs.push({ from: a, to: b, label: `${a}–${b} (${o} / ${other})`, group: "unlinked" });
  });
  const pathInputs: Input[] = [];
  for (const p of pairs) {
    const { recorded, result } = await record((g) =>
      shortestPaths(g, { from: p.from, to: p.to, maxLength: 6, relTypes: TRAVERSABLE_TYPES, all: false, first: 25 }),
    );
    const plain = { cypher: PLAIN_SHORTEST_PATH, params: { from: p.from, to: p.to } };
    const [plainRow] = await gateway.query<{ rels: unknown[] }>(plain.cypher, plain.params);
    pathInputs.push({
      label: p.label,
      variables: { from: p.from, to: p.to },
      recorded,
      size: result[0]?.length ?? 0,
      plain,
      plainSize: plainRow?.rels.length ?? 0,
    });
  }

  // followMoney (OUT, depth 3) from financiers' persons and wallets.
  const financiers = truth.filter((t) => t.role === "financier");
  const moneyFrom = [
    ...spread(financiers.filter((t) => t.kind === "person").map((t) => t.id), half),
    ...spread(financiers.filter((t) => t.kind === "wallet").map((t) => t.id), perOp - half),
  ];
  const moneyInputs: Input[] = [];
  for (const from of moneyFrom) {
    const { recorded, result } = await record((g) =>
      followMoney(g, { from, direction: "OUT", depth: 3, since: null, until: null, minAmount: null, limit: 500 }),
    );
    moneyInputs.push({ label: from, variables: { from }, recorded, size: result.nodes.length });
  }

  return [
    {
      name: "floor",
      title: "floor: `{ __typename }` ↔ `RETURN 1`",
      baseline: true,
      document: "query Bench { __typename }",
      inputs: [{ label: "floor", variables: {}, recorded: [{ cypher: "RETURN 1", params: {} }], size: 0 }],
      inputNote: "",
    },
    {
      name: "search",
      title: "search",
      document: "query Bench($text: String!) { search(text: $text, first: 20) { id kind caption score } }",
      inputs: searchInputs,
      inputNote: `${searchInputs.length} terms that hit (of ${terms.length} tried): words of ads and chat (${spread(words, third).join(", ")}), account handles and person names spread over the ids; first 20`,
    },
    {
      name: "neighbourhood",
      title: "neighbourhood, depth 2",
      document:
        "query Bench($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2) { nodes { id kind caption placeholder hidden } edges { id source target type weight at } truncated } }",
      inputs: neighbourhoodInputs,
      inputNote: `${neighbourhoodInputs.length} persons and accounts at the ${quantiles.map((q) => `${q * 100}%`).join(", ")} quantiles of degree (degrees: persons ${seeds.filter((s) => s.label === "Person").map((s) => s.degree).join(", ")}; accounts ${seeds.filter((s) => s.label === "Account").map((s) => s.degree).join(", ")}); default limit 500`,
    },
    {
      name: "shortestPaths",
      title: "shortestPaths",
      document:
        "query Bench($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to) { length nodes { id kind caption placeholder } edges { id source target type weight at } } }",
      inputs: pathInputs,
      inputNote: `${pathInputs.length} pairs of persons (ground truth): ${["same", "linked", "unlinked"]
        .map((g) => {
          const of = pathInputs.filter((_, i) => pairs[i]!.group === g);
          const what = { same: "crew members of the same organisation", linked: "a supplier and the financier of an organisation it supplies", unlinked: "crew members of unrelated organisations" }[g];
          return `${of.length} × ${what} (path lengths found: ${of.map((p) => p.size || "none").join(", ")})`;
        })
        .join("; ")}; maxLength 6`,
    },
    {
      name: "followMoney",
      title: "followMoney, OUT, depth 3",
      document:
        "query Bench($from: ID!) { followMoney(from: $from, direction: OUT) { nodes { id kind caption placeholder } edges { id source target type weight at count amounts { currency amount count } } truncated } }",
      inputs: moneyInputs,
      inputNote: `${moneyInputs.length} financiers (ground truth): ${half} persons and ${moneyInputs.length - half} wallets; default depth 3, limit 500`,
    },
  ];
}

// Runs one input's recorded Cypher directly: one session, each query in its own read transaction, every record read.
async function replay(driver: Driver, queries: Query[]): Promise<void> {
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  try {
    for (const q of queries) await session.executeRead((tx) => tx.run(q.cypher, q.params));
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Measurement and report.
// ---------------------------------------------------------------------------------------------------------
type Side = "graphql" | "bolt" | "plain";

interface Result {
  op: string;
  concurrency: number;
  side: Side;
  /** One per repeat. */
  samples: Sample[];
}

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

const stats = (s: Sample): Stats =>
  s.latencies.length ? { p50: percentile(s.latencies, 50), p95: percentile(s.latencies, 95), p99: percentile(s.latencies, 99), n: s.latencies.length } : { p50: NaN, p95: NaN, p99: NaN, n: 0 };

/** Median over the repeats of each percentile. */
const combined = (res: Result): Stats => {
  const each = res.samples.map(stats);
  return { p50: median(each.map((e) => e.p50)), p95: median(each.map((e) => e.p95)), p99: median(each.map((e) => e.p99)), n: each.reduce((a, e) => a + e.n, 0) };
};

/** Per-repeat ratios of a percentile of two sides (measured back to back in the same repeat). */
const pairedRatios = (a: Result, b: Result, key: "p50" | "p95"): number[] => a.samples.map((s, i) => stats(s)[key] / stats(b.samples[i]!)[key]);

const total = (res: Result, key: "done" | "errors" | "seconds") => res.samples.reduce((a, s) => a + s[key], 0);

const ms = (v: number) => (Number.isNaN(v) ? "–" : v < 10 ? fmt(v, 1) : fmt(v));

async function main(): Promise<void> {
  const machine = machineLine();
  const worldDir = path.join(os.tmpdir(), `ariadne-bench-world-s${scale}-seed${seed}`);
  if (!fs.existsSync(path.join(worldDir, "manifest.json"))) {
    say(`generating a world at scale ${scale}, seed ${seed} into ${worldDir}…`);
    await writeWorld(generateWorld({ scale, seed, placeholders: false }), worldDir);
  }
  const files = ["persons", "accounts", "wallets", "messages", "payments", "shipments", "arrests"].map((k) => `${k}.csv`);

  let db: FreshNeo4j | undefined;
  let child: ChildProcess | undefined;
  let driver: Driver | undefined;
  const stopAll = async () => {
    agent.destroy();
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await driver?.close().catch(() => {});
    await db?.stop().catch((err: unknown) => say(`could not stop Neo4j: ${String(err)}`));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    say(`${signal}: stopping…`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    db = await freshNeo4j("api", HEAP, PAGECACHE);
    say(`Neo4j ${db.neo4j.neo4jVersion} at ${db.neo4j.uri}; importing ${files.length} files of ${worldDir}…`);
    const importReport = path.join(os.tmpdir(), `ariadne-bench-api-report-${process.pid}.json`);
    const importStart = performance.now();
    const imported = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, "importers", "cli.ts"), "--quiet", "--no-patrol", "--report", importReport, ...files.map((f) => path.join(worldDir, f))],
      { cwd: repoRoot, env: db.env, stdio: ["ignore", "inherit", "inherit"] },
    );
    fs.rmSync(importReport, { force: true });
    if (imported.status !== 0) throw new Error(`the importer exited with ${imported.status}`);
    const importSeconds = (performance.now() - importStart) / 1000;
    const counts = await graphCounts(db.gateway);
    say(`imported in ${fmt(importSeconds)} s: ${fmt(counts.nodes)} nodes, ${fmt(counts.relationships)} relationships`);
    if (!quick && counts.relationships < MIN_RELATIONSHIPS) {
      throw new Error(`only ${fmt(counts.relationships)} relationships: use a larger --scale (≥ ${fmt(MIN_RELATIONSHIPS)} wanted)`);
    }

    // The API in its own process, a user of the lowest reading role, and its token.
    const { createUser } = await import("../../api/src/auth/users.service.js");
    const username = `bench-${randomBytes(3).toString("hex")}`;
    const password = randomBytes(12).toString("hex");
    await createUser(db.gateway, username, password, "INVESTIGATOR", "bench:api");
    child = fork(fileURLToPath(import.meta.url), ["--serve"], {
      env: { ...db.env, BENCH_TOKEN_SECRET: randomBytes(32).toString("hex") },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const apiUrl = await new Promise<string>((resolve, reject) => {
      child!.once("message", (m) => resolve((m as { url: string }).url));
      child!.once("exit", (code) => reject(new Error(`the API process exited with ${code}`)));
    });
    const url = new URL("/graphql", apiUrl);
    const login = await post(url, JSON.stringify({ query: "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", variables: { u: username, p: password } }), "");
    const token = (JSON.parse(login.text) as { data?: { login: { token: string } } }).data?.login.token;
    if (!token) throw new Error(`login failed: ${login.text.slice(0, 200)}`);
    say(`API at ${apiUrl} (pid ${child.pid}), logged in as ${username} (INVESTIGATOR)`);

    driver = neo4j.driver(db.neo4j.uri, neo4j.auth.basic(db.neo4j.user, db.neo4j.password), { maxConnectionPoolSize: 64, disableLosslessIntegers: true });
    await driver.verifyConnectivity();

    const perOp = quick ? 8 : 24;
    say("picking inputs and recording the Cypher each operation sends…");
    const operations = await buildOperations(db.gateway, worldDir, perOp);
    for (const op of operations) {
      if (op.inputs.length === 0) throw new Error(`no input for ${op.name}`);
      if (!op.baseline) say(`${op.name}: ${op.inputNote}`);
    }

    const task = (op: Operation, side: Side) => async (i: number) => {
      const input = op.inputs[i % op.inputs.length]!;
      if (side === "graphql") await graphql(url, token, op.document, input.variables);
      else if (side === "bolt") await replay(driver!, input.recorded);
      else await replay(driver!, [input.plain!]);
    };
    const sidesOf = (op: Operation): Side[] => (op.inputs[0]!.plain ? ["graphql", "bolt", "plain"] : ["graphql", "bolt"]);

    // Warm-up: every input twice on every side, one at a time, then a concurrent burst on every side.
    say("warming up…");
    for (const op of operations) {
      for (const side of sidesOf(op)) {
        const warm = emptySample();
        await runLoad(warm, op.inputs.length * 2, 1, 0, timeCap, task(op, side));
        await runLoad(warm, Math.min(requests, 64), clients, 0, timeCap, task(op, side));
        if (warm.errors > 0) throw new Error(`${op.name} over ${side} failed during the warm-up: ${warm.errorSamples.join(" | ")}`);
      }
    }

    const results: Result[] = [];
    const resultOf = (op: string, concurrency: number, side: Side) => {
      let res = results.find((x) => x.op === op && x.concurrency === concurrency && x.side === side);
      if (!res) results.push((res = { op, concurrency, side, samples: [] }));
      return res;
    };
    const loads: number[] = [];
    const perRound = Math.ceil(requests / rounds);
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const concurrency of [1, clients]) {
        for (const op of operations) {
          const sides = sidesOf(op);
          const samples = new Map(sides.map((s) => [s, emptySample()] as const));
          loads.push(os.loadavg()[0]!);
          for (let round = 0; round < rounds; round++) {
            const count = Math.min(perRound, requests - round * perRound);
            if (count <= 0) break;
            // Alternate which side goes first, so drift on the machine does not favour one.
            const order = (repeat * rounds + round) % 2 === 0 ? sides : [...sides].reverse();
            for (const side of order) await runLoad(samples.get(side)!, count, concurrency, round * perRound, timeCap / rounds, task(op, side));
          }
          for (const side of sides) {
            const sample = samples.get(side)!;
            resultOf(op.name, concurrency, side).samples.push(sample);
            const st = stats(sample);
            say(
              `repeat ${repeat + 1}/${repeats} ${String(concurrency).padStart(2)} client(s) ${op.name.padEnd(14)} ${side.padEnd(7)} p50 ${ms(st.p50)} p95 ${ms(st.p95)} p99 ${ms(st.p99)} ms` +
                ` (${sample.done} requests in ${fmt(sample.seconds, 1)} s${sample.capped ? ", time cap" : ""}, ${sample.errors} errors${sample.errorSamples.length ? `: ${sample.errorSamples[0]}` : ""})`,
            );
          }
        }
      }
    }
    const loadAtEnd = os.loadavg()[0]!;

    const markdown = report({ operations, results, counts, importSeconds, machine, loadAtEnd, loads, neo4jVersion: db.neo4j.neo4jVersion });
    console.log(`\n${markdown}\n`);
    if (!quick || values.write) {
      const file = writeBenchmarkSection("bench:api", markdown);
      say(`wrote ${path.relative(repoRoot, file)}`);
    } else {
      say("--quick: docs/benchmarks.md left as it was (add --write to replace its bench:api section)");
    }
  } finally {
    await stopAll();
  }
}

function report(r: {
  operations: Operation[];
  results: Result[];
  counts: Awaited<ReturnType<typeof graphCounts>>;
  importSeconds: number;
  machine: string;
  loadAtEnd: number;
  loads: number[];
  neo4jVersion: string;
}): string {
  const get = (op: string, concurrency: number, side: Side) => r.results.find((x) => x.op === op && x.concurrency === concurrency && x.side === side)!;
  const x = (v: number) => (Number.isFinite(v) ? `${fmt(v, 2)}×` : "–");
  /** Median of the per-repeat ratios, and their range when there are several. */
  const ratioText = (ratios: number[], bold = false) => {
    const m = x(median(ratios));
    const text = bold ? `**${m}**` : m;
    return ratios.length > 1 ? `${text} (${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)})` : text;
  };
  const who = (concurrency: number) => (concurrency === 1 ? "1 client" : `${concurrency} clients`);
  const errorsAt = (concurrency: number) => r.results.filter((res) => res.concurrency === concurrency).reduce((a, res) => a + total(res, "errors"), 0);
  const capped = r.results.filter((res) => res.samples.some((s) => s.capped));

  const tables = [1, clients].map((concurrency) => {
    const row = (title: string, queries: string, g: Result, b: Result) => {
      const gs = combined(g);
      const bs = combined(b);
      const rate = (res: Result) => fmt(total(res, "done") / total(res, "seconds"), 1);
      return `| ${title} | ${queries} | ${ms(gs.p50)} | ${ms(gs.p95)} | ${ms(gs.p99)} | ${ms(bs.p50)} | ${ms(bs.p95)} | ${ms(bs.p99)} | ${ratioText(pairedRatios(g, b, "p50"))} | ${ratioText(pairedRatios(g, b, "p95"), true)} | ${rate(g)} / ${rate(b)} | ${total(g, "errors")} / ${total(b, "errors")} |`;
    };
    const rows = r.operations.map((op) =>
      row(op.title, fmt(median(op.inputs.map((i) => i.recorded.length)), 1), get(op.name, concurrency, "graphql"), get(op.name, concurrency, "bolt")),
    );
    if (r.results.some((res) => res.side === "plain")) {
      rows.push(row("shortestPaths ↔ Cypher `shortestPath((a)-[*..6]-(b))`", "1", get("shortestPaths", concurrency, "graphql"), get("shortestPaths", concurrency, "plain")));
    }
    return `### ${concurrency === 1 ? "1 client" : `${concurrency} concurrent clients`}

Milliseconds, medians over the ${repeats} repeats of each percentile; ratios: median of the ${repeats} repeats' ratios (range).

| operation | Cypher queries per request | GraphQL p50 | p95 | p99 | Bolt p50 | p95 | p99 | p50 GraphQL ÷ Bolt | p95 GraphQL ÷ Bolt | requests/s GraphQL / Bolt | errors GraphQL / Bolt |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}`;
  });

  // Goals, on the medians over the repeats.
  const measured = r.operations.filter((op) => !op.baseline);
  const goalRows: string[] = [];
  for (const concurrency of [1, clients]) {
    const ratios = measured.map((op) => ({ op: op.name, v: median(pairedRatios(get(op.name, concurrency, "graphql"), get(op.name, concurrency, "bolt"), "p95")) }));
    const met = ratios.every((o) => o.v <= 1.2);
    goalRows.push(`| GraphQL p95 ≤ 1.2× the same Cypher over Bolt, ${who(concurrency)} | ${met ? "**met**" : "**not met**"}: ${ratios.map((o) => `${o.op} ${x(o.v)}`).join(", ")} |`);
  }
  for (const concurrency of [1, clients]) {
    const p95 = combined(get("neighbourhood", concurrency, "graphql")).p95;
    const bolt = combined(get("neighbourhood", concurrency, "bolt")).p95;
    goalRows.push(`| neighbourhood depth 2, GraphQL p95 ≤ 50 ms, ${who(concurrency)} | ${p95 <= 50 ? "**met**" : "**not met**"}: ${ms(p95)} ms (its Cypher over Bolt: ${ms(bolt)} ms) |`);
  }
  for (const concurrency of [1, clients]) {
    const v = median(pairedRatios(get("shortestPaths", concurrency, "graphql"), get("shortestPaths", concurrency, "plain"), "p95"));
    const db = median(pairedRatios(get("shortestPaths", concurrency, "bolt"), get("shortestPaths", concurrency, "plain"), "p95"));
    goalRows.push(
      `| shortestPaths p95 ≤ 1.0× Cypher \`shortestPath\` p95, ${who(concurrency)} | ${v <= 1 ? "**met**" : "**not met**"}: ${x(v)} (the API's own Cypher over Bolt: ${x(db)} of \`shortestPath\`) |`,
    );
  }
  const errs = errorsAt(clients);
  const samplesOfErrors = r.results.flatMap((res) => res.samples.flatMap((s) => s.errorSamples)).slice(0, 3);
  goalRows.push(`| no errors under ${clients} clients | ${errs === 0 ? "**met**" : "**not met**"}: ${errs} errors${samplesOfErrors.length ? ` (${samplesOfErrors.join("; ")})` : ""} |`);

  const pathsOp = r.operations.find((op) => op.name === "shortestPaths");
  const mismatched = pathsOp ? pathsOp.inputs.filter((i) => i.size !== i.plainSize).length : 0;
  const byLabel = Object.entries(r.counts.byLabel)
    .map(([l, n]) => `${l} ${fmt(n)}`)
    .join(", ");
  const sizeNote = (op: Operation, what: string) =>
    `${op.title}: ${what} median ${fmt(median(op.inputs.map((i) => i.size)))}, ${fmt(Math.min(...op.inputs.map((i) => i.size)))}–${fmt(Math.max(...op.inputs.map((i) => i.size)))}`;
  const opNamed = (name: string) => r.operations.find((op) => op.name === name)!;
  const [searchOp, hoodOp, moneyOp] = [opNamed("search"), opNamed("neighbourhood"), opNamed("followMoney")];

  return `## GraphQL API latency (\`npm run bench:api\`)

Run ${new Date().toISOString().slice(0, 16)}Z on ${r.machine}; load average ${fmt(Math.min(...r.loads), 1)}–${fmt(Math.max(...r.loads), 1)} during the
measurements (1-minute, sampled before each), ${fmt(r.loadAtEnd, 1)} at the end. **The machine is shared and noisy**, and its 2 cores
carry Neo4j, the API and the load generator at once: absolute figures, and p95/p99 most of all, move from run to run. The
medians and the GraphQL ÷ Bolt ratios are what to compare: both sides run the same inputs back to back in the same run,
alternating which goes first, and the whole measurement is repeated ${repeats} times.

- World: scale ${scale}, seed ${seed}, ${fmt(r.counts.nodes)} nodes and **${fmt(r.counts.relationships)} relationships** (${byLabel}),
  imported with Ariadne's importer (\`--no-patrol\`, ${fmt(r.importSeconds)} s) into a fresh embedded Neo4j ${r.neo4jVersion} (heap ${HEAP},
  page cache ${PAGECACHE}) with the schema applied.
- GraphQL: the real HTTP server (\`startServer\`: Apollo Server 5, type-graphql, authentication, cost limits, audit
  plugin) in a Node process of its own on loopback; a logged-in INVESTIGATOR's bearer token on every request; the load
  generator is plain \`node:http\` with keep-alive connections, reading and parsing every response.
- Bolt: neo4j-driver ${neo4jDriverVersion()} from the benchmark's process, replaying for each input the exact Cypher and
  parameters that the operation's service sent for it (recorded from \`api/src/links/*.service.ts\` while picking the
  inputs), one read transaction per query as the API's gateway runs them, every record read. The difference is what
  the API adds: HTTP, GraphQL parsing, validation and cost limits, authentication, resolvers, the conversion of
  records and the JSON response.
- Inputs, cycled in order: ${searchOp.inputNote}. ${hoodOp.inputNote}. ${pathsOp?.inputNote}; the plain \`shortestPath\`
  found the same length for ${pathsOp ? pathsOp.inputs.length - mismatched : 0} of ${pathsOp?.inputs.length ?? 0} pairs. ${moneyOp.inputNote}.
- Result sizes: ${sizeNote(searchOp, "hits")}; ${sizeNote(hoodOp, "nodes")}; ${sizeNote(moneyOp, "nodes")}.
- The floor row is an authenticated \`{ __typename }\` beside \`RETURN 1\` in a read transaction: what one request costs
  each way with no database work (HTTP + Apollo + token check vs one Bolt transaction); it is not one of the goals.
- Warm-up: every input twice on every side, then a burst at ${clients} clients. Then, ${repeats} times over: for each
  concurrency and operation, ${requests} requests per side in ${rounds} rounds that alternate the sides (at most ${timeCap} s per
  side and repeat${capped.length ? `; the time cap cut ${capped.map((c) => `${c.op} ${c.side} at ${c.concurrency}`).join(", ")}` : "; no time cap was hit"}). Latencies of successful requests only.

${tables.join("\n\n")}

### Goals

| goal | result |
|---|---|
${goalRows.join("\n")}`;
}

function neo4jDriverVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(repoRoot, "node_modules", "neo4j-driver", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "";
  }
}

if (values.serve) {
  await serve();
} else {
  try {
    await main();
    process.exit(0);
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message.split("\n")[0]})` : "";
    console.error(`[bench:api] failed: ${err instanceof Error ? err.message : String(err)}${cause}`);
    process.exit(1);
  }
}
