// Link analysis over the real Neo4j, through the real HTTP API: a small hand-made trafficking case (a
// recruiter's ad, a recruit's reply, payments in JPY and BTC, a shipment through Narita, an arrest) plus a
// hub account with 700 messages and a star for centrality. Everything is written under one id prefix.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../graph/gateway.js";
import { centrality } from "../../api/src/links/centrality.service.js";
import { closeTestGateway, deleteByPrefix, migratedGateway, testPrefix } from "../helpers/db.js";
import { startTestApi, type TestApi } from "../helpers/api.js";

const p = testPrefix("links");
let gateway: Gateway;
let api: TestApi;
let investigator: { username: string; token: string };
let investigator2: { username: string; token: string };
let analyst: { username: string; token: string };
let supervisor: { username: string; token: string };
let admin: { username: string; token: string };

const id = (s: string) => `${p}${s}`;
const HUB_MESSAGES = 700;

// Unusual words, so full-text hits are ours whatever else the test database holds.
const BOSS_NAME = "鬼塚 龍之介";
const AD_TEXT = "【高額バイト】即日即金 日給5万〜 ホワイト案件 詳しくはテレグラム @kuromaku_boss まで";
const ENGLISH_TEXT = "just pick up the parcel, zanzibar moonlight delivery, easy money";

async function buildCase(): Promise<void> {
  const prov = { importBatch: id("batch"), sourceFile: "cases/links.csv" };
  await gateway.mutate(
    `CREATE (:ImportBatch {id: $batch, file: 'cases/links.csv', source: 'test case', startedAt: datetime('2024-04-01T00:00:00Z')})
     WITH 1 AS x
     UNWIND $persons AS row
     CREATE (n:Entity:Person {id: row.id, name: row.name, aliases: row.aliases, importBatch: $batch, sourceFile: $file, sourceLine: row.line, placeholder: false})`,
    {
      batch: prov.importBatch,
      file: prov.sourceFile,
      persons: [
        { id: id("boss"), name: BOSS_NAME, aliases: ["クロマク", "Big K"], line: 2 },
        { id: id("recruit"), name: "佐藤 花子", aliases: ["ハナ"], line: 3 },
        { id: id("supplier"), name: "Lee Min", aliases: [], line: 4 },
        { id: id("spammer"), name: "Spam Operator", aliases: [], line: 5 },
      ],
    },
  );
  await gateway.mutate(
    `MATCH (boss:Person {id: $boss}), (recruit:Person {id: $recruit}), (supplier:Person {id: $supplier}), (spammer:Person {id: $spammer})
     CREATE (ad:Entity:Account {id: $p + 'acc-ad', platform: 'X', handle: '@white_job_tokyo_' + $tag, importBatch: $batch, sourceFile: $file, sourceLine: 7})
     CREATE (tg:Entity:Account {id: $p + 'acc-tg', platform: 'Telegram', handle: '@kuromaku_boss'})
     CREATE (ra:Entity:Account {id: $p + 'acc-recruit', platform: 'Instagram', handle: '@hana_' + $tag})
     CREATE (hub:Entity:Account {id: $p + 'acc-hub', platform: 'X', handle: '@spam_hub_' + $tag})
     CREATE (boss)-[:OPERATES]->(ad), (boss)-[:OPERATES]->(tg), (recruit)-[:OPERATES]->(ra), (spammer)-[:OPERATES]->(hub)
     CREATE (m1:Entity:Message {id: $p + 'm-ad', platform: 'X', sentAt: datetime('2024-03-01T10:00:00+09:00'), text: $adText, lang: 'ja'})
     CREATE (m2:Entity:Message {id: $p + 'm-reply', platform: 'X', sentAt: datetime('2024-03-01T11:30:00+09:00'), text: '興味あります。何をすればいいですか？', lang: 'ja'})
     CREATE (m3:Entity:Message {id: $p + 'm-tg', platform: 'Telegram', sentAt: datetime('2024-03-01T12:00:00+09:00'), text: $englishText, lang: 'en'})
     CREATE (ad)-[:SENT {at: m1.sentAt}]->(m1)
     CREATE (ra)-[:SENT {at: m2.sentAt}]->(m2)-[:SENT_TO {at: m2.sentAt}]->(ad), (m2)-[:REPLIED_TO]->(m1)
     CREATE (tg)-[:SENT {at: m3.sentAt}]->(m3)-[:SENT_TO {at: m3.sentAt}]->(ra)
     CREATE (wb:Entity:Wallet {id: $p + 'w-boss', kind: 'bank', identifier: 'MUFG 123-' + $tag})
     CREATE (wr:Entity:Wallet {id: $p + 'w-recruit', kind: 'prepaid', identifier: 'VCARD-' + $tag})
     CREATE (ws:Entity:Wallet {id: $p + 'w-supplier', kind: 'crypto', identifier: 'bc1q' + $tag})
     CREATE (wl:Entity:Wallet {id: $p + 'w-launder', kind: 'crypto', identifier: 'bc1qlaunder' + $tag})
     CREATE (boss)-[:OWNS]->(wb), (recruit)-[:OWNS]->(wr), (supplier)-[:OWNS]->(ws)
     CREATE (narita:Entity:Location {id: $p + 'port-narita', name: '成田空港', country: 'JP'})
     CREATE (kansai:Entity:Location {id: $p + 'port-kansai', name: '関西国際空港', country: 'JP'})
     CREATE (s1:Entity:Shipment {id: $p + 's-1', method: 'parcel', originCountry: 'TH', destinationCountry: 'JP', port: '成田空港', shippedAt: datetime('2024-03-10T08:00:00+07:00'), seized: true, drug: 'methamphetamine', quantityG: 500})
     CREATE (supplier)-[:SENT_SHIPMENT {at: s1.shippedAt}]->(s1)-[:ADDRESSED_TO {at: s1.shippedAt}]->(recruit), (s1)-[:VIA_PORT]->(narita)
     // An older shipment, before the ad: no time-respecting way from the ad to Kansai.
     CREATE (s0:Entity:Shipment {id: $p + 's-0', method: 'traveller', port: '関西国際空港', shippedAt: datetime('2024-02-20T00:00:00Z'), drug: 'cannabis'})
     CREATE (s0)-[:ADDRESSED_TO {at: s0.shippedAt}]->(recruit), (s0)-[:VIA_PORT]->(kansai)
     CREATE (ar:Entity:Arrest {id: $p + 'arrest', arrestedAt: datetime('2024-03-11T09:00:00+09:00'), location: '千葉県成田市', charges: ['Stimulants Control Act'], agency: 'Chiba Prefectural Police'})
     CREATE (ar)-[:ARRESTED {at: ar.arrestedAt}]->(recruit), (ar)-[:CONCERNS]->(s1)
     // A placeholder: referred to, never declared.
     CREATE (:Entity:Person {id: $p + 'ghost', placeholder: true, referencedBy: ['payments:X9.from_id']})
     WITH hub
     UNWIND range(1, $hubMessages) AS i
     CREATE (hub)-[:SENT {at: datetime('2024-01-01T00:00:00Z') + duration({minutes: i})}]->(:Entity:Message {id: $p + 'hub-m-' + i, sentAt: datetime('2024-01-01T00:00:00Z') + duration({minutes: i}), text: 'spam ' + i})`,
    {
      p,
      boss: id("boss"),
      recruit: id("recruit"),
      supplier: id("supplier"),
      spammer: id("spammer"),
      batch: prov.importBatch,
      file: prov.sourceFile,
      tag: p.slice(8, 14),
      adText: AD_TEXT,
      englishText: ENGLISH_TEXT,
      hubMessages: HUB_MESSAGES,
    },
  );
  // Payments, reified: (payer)-[:PAID {at, amount}]->(Payment)-[:PAID_TO {at, amount}]->(payee).
  await gateway.mutate(
    `UNWIND $payments AS row
     MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     CREATE (pay:Entity:Payment {id: row.id, amount: row.amount, currency: row.currency, method: row.method, paidAt: datetime(row.at)})
     CREATE (a)-[:PAID {at: pay.paidAt, amount: pay.amount}]->(pay)-[:PAID_TO {at: pay.paidAt, amount: pay.amount}]->(b)`,
    {
      payments: [
        { id: id("pay-1"), from: id("w-boss"), to: id("w-recruit"), amount: 50000, currency: "JPY", method: "bank transfer", at: "2024-03-05T15:00:00+09:00" },
        { id: id("pay-2"), from: id("w-boss"), to: id("w-recruit"), amount: 20000, currency: "JPY", method: "bank transfer", at: "2024-03-06T15:00:00+09:00" },
        { id: id("pay-3"), from: id("w-boss"), to: id("w-supplier"), amount: 0.015, currency: "BTC", method: "crypto", at: "2024-03-06T01:00:00Z" },
        { id: id("pay-4"), from: id("w-boss"), to: id("w-supplier"), amount: 0.01, currency: "BTC", method: "crypto", at: "2024-03-07T01:00:00Z" },
        { id: id("pay-5"), from: id("w-boss"), to: id("w-supplier"), amount: 30000, currency: "JPY", method: "cash", at: "2024-03-07T02:00:00Z" },
        { id: id("pay-6"), from: id("w-supplier"), to: id("w-launder"), amount: 0.02, currency: "BTC", method: "crypto", at: "2024-03-08T00:00:00Z" },
        { id: id("pay-7"), from: id("w-launder"), to: id("w-boss"), amount: 10000, currency: "JPY", method: "cash", at: "2024-03-09T00:00:00Z" },
      ],
    },
  );
  // A star for centrality: five leaves tied to a centre, plus one tie outside the subgraph.
  await gateway.mutate(
    `CREATE (c:Entity:Person {id: $p + 'star-c', name: 'Star Centre'})
     WITH c
     UNWIND range(1, 5) AS i
     CREATE (:Entity:Person {id: $p + 'star-' + i, name: 'Leaf ' + i})-[:ASSOCIATED_WITH {weight: i}]->(c)
     WITH count(*) AS made
     MATCH (l:Person {id: $p + 'star-1'}), (boss:Person {id: $p + 'boss'})
     CREATE (l)-[:ASSOCIATED_WITH {weight: 1}]->(boss)`,
    { p },
  );
}

const prefixCount = async () => (await gateway.query<{ n: number }>("MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n", { p }))[0]!.n;

beforeAll(async () => {
  gateway = await migratedGateway();
  await buildCase();
  api = await startTestApi(gateway, p);
  investigator = await api.userWithRole("INVESTIGATOR");
  investigator2 = await api.userWithRole("INVESTIGATOR");
  analyst = await api.userWithRole("ANALYST");
  supervisor = await api.userWithRole("SUPERVISOR");
  admin = await api.userWithRole("ADMIN");
});

afterAll(async () => {
  await gateway.mutate(
    "MATCH (a:Annotation)-[:ANNOTATES]->(t) WHERE t.id STARTS WITH $p DETACH DELETE a",
    { p },
  );
  await deleteByPrefix(gateway, p);
  await gateway.mutate("MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u", { p });
  await api.close();
  await closeTestGateway();
});

const gqlAs = (token: string) => <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => api.gql<T>(query, variables, token);

function ok<T>(result: { data?: T | null; errors?: unknown[] }): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

function errorOf(result: { errors?: { extensions?: Record<string, any>; message: string }[] }) {
  expect(result.errors, "expected an error").toBeDefined();
  return { code: result.errors![0]!.extensions?.code, argumentName: result.errors![0]!.extensions?.argumentName, message: result.errors![0]!.message };
}

describe("search", () => {
  const SEARCH = "query($t: String!, $k: [String!], $f: Int) { search(text: $t, kinds: $k, first: $f) { id kind caption score } }";

  it("finds people by Japanese name and alias, with scores, best first", async () => {
    const q = gqlAs(investigator.token);
    const byName = ok(await q<{ search: { id: string; kind: string; caption: string; score: number }[] }>(SEARCH, { t: "鬼塚" })).search;
    const boss = byName.find((r) => r.id === id("boss"));
    expect(boss).toMatchObject({ kind: "Person", caption: BOSS_NAME });
    expect(boss!.score).toBeGreaterThan(0);
    const scores = byName.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const byAlias = ok(await q<{ search: { id: string }[] }>(SEARCH, { t: "クロマク" })).search;
    expect(byAlias.map((r) => r.id)).toContain(id("boss"));
  });

  it("finds message text in Japanese and in English, and filters by kind", async () => {
    const q = gqlAs(investigator.token);
    const ja = ok(await q<{ search: { id: string; kind: string }[] }>(SEARCH, { t: "ホワイト案件 クロマク", k: ["Message"] })).search;
    expect(ja.every((r) => r.kind === "Message")).toBe(true);
    const en = ok(await q<{ search: { id: string; kind: string }[] }>(SEARCH, { t: '"zanzibar moonlight"' })).search;
    expect(en[0]).toMatchObject({ id: id("m-tg"), kind: "Message" });
    const handle = ok(await q<{ search: { id: string; kind: string }[] }>(SEARCH, { t: "@kuromaku_boss", k: ["Account"] })).search;
    expect(handle.map((r) => r.id)).toContain(id("acc-tg"));
    expect(handle.every((r) => r.kind === "Account")).toBe(true);
  });

  it("handles Lucene syntax errors and injection as plain text, never a 500", async () => {
    const q = gqlAs(investigator.token);
    for (const t of ['AND OR "', "title:(foo", "*:*", "a\\", "/.*/", "foo~~~^^", "') CALL db.labels() //", "((((", "NOT"]) {
      const result = await q(SEARCH, { t });
      if (result.errors) expect(errorOf(result), t).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "text" });
      else expect(Array.isArray(result.data!.search), t).toBe(true);
    }
    expect(errorOf(await q(SEARCH, { t: "   " }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "text" });
    expect(errorOf(await q(SEARCH, { t: "x", f: 10_000 }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
  });
});

describe("entity", () => {
  const ENTITY = `query($id: ID!, $all: Boolean) { entity(id: $id) {
    id kind caption labels placeholder totalDegree
    properties { key value values description }
    provenance { sourceFile sourceLine importBatch batch { id file source } referencedBy }
    degree { type direction count }
    annotations(includeDeleted: $all) { id body tags author version deleted history { version body writtenBy } }
  } }`;

  it("shows kind, properties, provenance and degree by type", async () => {
    const e = ok(await gqlAs(investigator.token)<{ entity: any }>(ENTITY, { id: id("boss") })).entity;
    expect(e).toMatchObject({ id: id("boss"), kind: "Person", caption: BOSS_NAME, placeholder: false });
    expect(e.labels).toEqual(expect.arrayContaining(["Entity", "Person"]));
    expect(e.properties).toContainEqual({ key: "aliases", value: "クロマク; Big K", values: ["クロマク", "Big K"], description: "Other names and nicknames" });
    expect(e.provenance).toEqual({
      sourceFile: "cases/links.csv",
      sourceLine: 2,
      importBatch: id("batch"),
      batch: { id: id("batch"), file: "cases/links.csv", source: "test case" },
      referencedBy: [],
    });
    expect(e.degree).toEqual(
      expect.arrayContaining([
        { type: "OPERATES", direction: "OUT", count: 2 },
        { type: "OWNS", direction: "OUT", count: 1 },
        { type: "ASSOCIATED_WITH", direction: "IN", count: 1 },
      ]),
    );
    expect(e.totalDegree).toBe(4);
    const wallet = ok(await gqlAs(investigator.token)<{ entity: any }>(ENTITY, { id: id("w-boss") })).entity;
    expect(wallet.degree).toEqual(expect.arrayContaining([{ type: "PAID", direction: "OUT", count: 5 }, { type: "PAID_TO", direction: "IN", count: 1 }]));
  });

  it("flags placeholders and counts a hub from the degree store", async () => {
    const ghost = ok(await gqlAs(investigator.token)<{ entity: any }>(ENTITY, { id: id("ghost") })).entity;
    expect(ghost).toMatchObject({ placeholder: true, totalDegree: 0, provenance: { referencedBy: ["payments:X9.from_id"] } });
    const hub = ok(await gqlAs(investigator.token)<{ entity: any }>(ENTITY, { id: id("acc-hub") })).entity;
    expect(hub.degree).toContainEqual({ type: "SENT", direction: "OUT", count: HUB_MESSAGES });
  });

  it("answers NOT_FOUND for an unknown id, and audits every read with its outcome", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const missing = await gqlAs(investigator.token)(ENTITY, { id: id("nobody") });
    expect(errorOf(missing).code).toBe("NOT_FOUND");
    ok(await gqlAs(investigator.token)(ENTITY, { id: id("recruit") }));
    const log = ok(
      await gqlAs(supervisor.token)<{ auditLog: { operation: string; targets: string[]; outcome: string }[] }>(
        "query($u: String, $s: DateTime) { auditLog(user: $u, since: $s, first: 50) { operation targets outcome } }",
        { u: investigator.username, s: since },
      ),
    ).auditLog;
    expect(log).toContainEqual({ operation: "entity", targets: [id("nobody")], outcome: "NOT_FOUND" });
    expect(log).toContainEqual({ operation: "entity", targets: [id("recruit")], outcome: "ok" });
  });
});

describe("neighbourhood", () => {
  const NB = `query($ids: [ID!]!, $depth: Int, $kinds: [String!], $rel: [String!], $since: DateTime, $until: DateTime, $limit: Int, $exclude: [ID!]) {
    neighbourhood(ids: $ids, depth: $depth, kinds: $kinds, relTypes: $rel, since: $since, until: $until, limit: $limit, exclude: $exclude) {
      truncated nodes { id kind caption hidden } edges { id source target type weight at } } }`;
  type Sub = { neighbourhood: { truncated: boolean; nodes: { id: string; kind: string; hidden: number | null }[]; edges: { source: string; target: string; type: string; at: string | null }[] } };

  it("returns the entities one hop away and the relationships among them", async () => {
    const s = ok(await gqlAs(investigator.token)<Sub>(NB, { ids: [id("acc-recruit")] })).neighbourhood;
    expect(s.truncated).toBe(false);
    expect(s.nodes.map((n) => n.id).sort()).toEqual([id("acc-recruit"), id("m-reply"), id("m-tg"), id("recruit")].sort());
    expect(s.edges).toHaveLength(3);
    expect(s.edges).toContainEqual(expect.objectContaining({ source: id("acc-recruit"), target: id("m-reply"), type: "SENT", at: "2024-03-01T02:30:00.000Z" }));
    expect(s.nodes.find((n) => n.id === id("m-reply"))!.hidden).toBe(2); // SENT_TO and REPLIED_TO lead outside
  });

  it("goes deeper, filters by kinds and relationship types", async () => {
    const q = gqlAs(investigator.token);
    const deep = ok(await q<Sub>(NB, { ids: [id("acc-recruit")], depth: 2 })).neighbourhood;
    const ids = deep.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([id("acc-ad"), id("acc-tg"), id("m-ad"), id("w-recruit"), id("s-1"), id("arrest")]));
    const people = ok(await q<Sub>(NB, { ids: [id("recruit")], depth: 2, kinds: ["Account", "Message"] })).neighbourhood;
    expect(people.nodes.filter((n) => n.id !== id("recruit")).every((n) => ["Account", "Message"].includes(n.kind))).toBe(true);
    expect(people.nodes.map((n) => n.id)).toContain(id("m-reply"));
    const owns = ok(await q<Sub>(NB, { ids: [id("boss")], rel: ["OWNS"] })).neighbourhood;
    expect(owns.nodes.map((n) => n.id).sort()).toEqual([id("boss"), id("w-boss")].sort());
    expect(owns.edges.every((e) => e.type === "OWNS")).toBe(true);
  });

  it("keeps timed relationships inside since/until and untimed ones always", async () => {
    const q = gqlAs(investigator.token);
    const march1 = ok(await q<Sub>(NB, { ids: [id("acc-recruit")], since: "2024-03-01T11:45:00+09:00", until: "2024-03-02" })).neighbourhood;
    expect(march1.nodes.map((n) => n.id).sort()).toEqual([id("acc-recruit"), id("m-tg"), id("recruit")].sort());
    const window = ok(await q<Sub>(NB, { ids: [id("acc-hub")], since: "2024-01-01T00:10:00Z", until: "2024-01-01T00:20:00Z" })).neighbourhood;
    expect(window.nodes).toHaveLength(1 + 10 + 1); // hub, messages at minutes 10..19, its operator
    expect(window.edges.filter((e) => e.at).every((e) => e.at! >= "2024-01-01T00:10:00" && e.at! < "2024-01-01T00:20:00")).toBe(true);
    expect(errorOf(await q(NB, { ids: [id("acc-hub")], since: "2024-02-01T00:00:00Z", until: "2024-01-01T00:00:00Z" }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "until" });
  });

  it("never floods with a hub: limit holds, truncated says so, hidden counts what is left, exclude pages on", async () => {
    const q = gqlAs(investigator.token);
    const first = ok(await q<Sub>(NB, { ids: [id("acc-hub")], limit: 100 })).neighbourhood;
    expect(first.truncated).toBe(true);
    expect(first.nodes).toHaveLength(100);
    expect(first.nodes.map((n) => n.id)).toContain(id("spammer")); // structural ties first
    const hub = first.nodes.find((n) => n.id === id("acc-hub"))!;
    expect(hub.hidden).toBe(HUB_MESSAGES + 1 - 99);
    // Newest messages first.
    expect(first.nodes.map((n) => n.id)).toContain(id(`hub-m-${HUB_MESSAGES}`));
    const second = ok(await q<Sub>(NB, { ids: [id("acc-hub")], limit: 100, exclude: first.nodes.map((n) => n.id) })).neighbourhood;
    const firstIds = new Set(first.nodes.map((n) => n.id));
    expect(second.nodes.filter((n) => n.id !== id("acc-hub")).every((n) => !firstIds.has(n.id))).toBe(true);
    expect(second.nodes).toHaveLength(100);
    const all = ok(await q<Sub>(NB, { ids: [id("acc-hub")], limit: 2000 })).neighbourhood;
    expect(all.truncated).toBe(false);
    expect(all.nodes).toHaveLength(HUB_MESSAGES + 2);
    expect(all.nodes.every((n) => n.hidden === 0 || n.id === id("spammer"))).toBe(true);
  });

  it("shares the limit fairly between a hub and a small seed, and refuses depth > 3", async () => {
    const q = gqlAs(investigator.token);
    const both = ok(await q<Sub>(NB, { ids: [id("acc-hub"), id("acc-recruit")], limit: 50 })).neighbourhood;
    expect(both.nodes).toHaveLength(50);
    expect(both.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([id("m-reply"), id("m-tg"), id("recruit")]));
    expect(errorOf(await q(NB, { ids: [id("boss")], depth: 4 }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "depth" });
    expect(errorOf(await q(NB, { ids: [id("boss")], limit: 5000 }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "limit" });
    expect(errorOf(await q(NB, { ids: [id("nobody")] })).code).toBe("NOT_FOUND");
  });
});

describe("paths", () => {
  const SP = `query($from: ID!, $to: ID!, $max: Int, $rel: [String!], $all: Boolean) {
    shortestPaths(from: $from, to: $to, maxLength: $max, relTypes: $rel, all: $all) { length nodes { id kind } edges { id source target type } } }`;
  const TRP = `query($from: ID!, $to: ID!, $max: Int, $since: DateTime, $until: DateTime) {
    timeRespectingPaths(from: $from, to: $to, maxLength: $max, since: $since, until: $until) {
      length startsAt endsAt nodes { id kind } edges { source target type at } } }`;
  type Paths<K extends string> = Record<K, { length: number; startsAt?: string; endsAt?: string; nodes: { id: string; kind: string }[]; edges: { source: string; target: string; type: string; at?: string | null }[] }[]>;

  it("finds one shortest path, or all of the shortest length", async () => {
    const q = gqlAs(investigator.token);
    const one = ok(await q<Paths<"shortestPaths">>(SP, { from: id("boss"), to: id("recruit") })).shortestPaths;
    expect(one).toHaveLength(1);
    expect(one[0]!.length).toBe(4); // boss → wallet → payment → wallet → recruit
    expect(one[0]!.nodes[0]!.id).toBe(id("boss"));
    expect(one[0]!.nodes.at(-1)!.id).toBe(id("recruit"));
    const all = ok(await q<Paths<"shortestPaths">>(SP, { from: id("boss"), to: id("recruit"), all: true })).shortestPaths;
    // Two payments and two account conversations (ad reply, Telegram message), each of length 4.
    expect(all.length).toBe(4);
    expect(all.every((p) => p.length === 4)).toBe(true);
    const viaMessages = ok(await q<Paths<"shortestPaths">>(SP, { from: id("boss"), to: id("recruit"), all: true, rel: ["OPERATES", "SENT", "SENT_TO"] })).shortestPaths;
    expect(viaMessages).toHaveLength(2);
    expect(viaMessages.every((p) => p.edges.every((e) => ["OPERATES", "SENT", "SENT_TO"].includes(e.type)))).toBe(true);
    const tooShort = ok(await q<Paths<"shortestPaths">>(SP, { from: id("boss"), to: id("recruit"), max: 3 })).shortestPaths;
    expect(tooShort).toEqual([]);
    expect(errorOf(await q(SP, { from: id("boss"), to: id("nobody") }))).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(JSON.stringify(id("nobody"))) });
    // Both missing: the first one (from) is named, as before.
    expect(errorOf(await q(SP, { from: id("nobody"), to: id("nobody-else") }))).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(JSON.stringify(id("nobody"))) });
    expect(errorOf(await q(SP, { from: id("nobody-else"), to: id("recruit") }))).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(JSON.stringify(id("nobody-else"))) });
    expect(errorOf(await q(SP, { from: id("boss"), to: id("recruit"), max: 50 }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "maxLength" });
  });

  it("finds how the recruit got from the ad to the port, events in time order", async () => {
    const paths = ok(await gqlAs(investigator.token)<Paths<"timeRespectingPaths">>(TRP, { from: id("m-ad"), to: id("port-narita") })).timeRespectingPaths;
    expect(paths.length).toBeGreaterThan(0);
    const best = paths[0]!;
    expect(best.nodes.map((n) => n.id)).toEqual([id("m-ad"), id("m-reply"), id("acc-recruit"), id("recruit"), id("s-1"), id("port-narita")]);
    expect(best.startsAt).toBe("2024-03-01T01:00:00.000Z");
    expect(best.endsAt).toBe("2024-03-10T01:00:00.000Z");
    for (const p of paths) {
      const times = p.edges.map((e) => e.at).filter((t): t is string => !!t);
      expect([...times].sort()).toEqual(times);
    }
    // Through a payment: the boss's wallet paid the recruit before the shipment.
    const viaPayment = ok(await gqlAs(investigator.token)<Paths<"timeRespectingPaths">>(TRP, { from: id("pay-1"), to: id("arrest") })).timeRespectingPaths;
    expect(viaPayment[0]!.nodes.map((n) => n.kind)).toEqual(["Payment", "Wallet", "Person", "Arrest"]);
  });

  it("refuses paths whose times go backwards, which shortestPaths still finds", async () => {
    const q = gqlAs(investigator.token);
    // The Kansai shipment happened before the ad was posted.
    const structural = ok(await q<Paths<"shortestPaths">>(SP, { from: id("m-ad"), to: id("port-kansai") })).shortestPaths;
    expect(structural).toHaveLength(1);
    const timed = ok(await q<Paths<"timeRespectingPaths">>(TRP, { from: id("m-ad"), to: id("port-kansai") })).timeRespectingPaths;
    expect(timed).toEqual([]);
    // From the arrest back to the ad: everything lies in its past.
    expect(ok(await q<Paths<"timeRespectingPaths">>(TRP, { from: id("arrest"), to: id("m-ad") })).timeRespectingPaths).toEqual([]);
    // A window that ends before the shipment cuts the way to Narita.
    expect(ok(await q<Paths<"timeRespectingPaths">>(TRP, { from: id("m-ad"), to: id("port-narita"), until: "2024-03-09T00:00:00Z" })).timeRespectingPaths).toEqual([]);
    // Too short a maxLength.
    expect(ok(await q<Paths<"timeRespectingPaths">>(TRP, { from: id("m-ad"), to: id("port-narita"), max: 4 })).timeRespectingPaths).toEqual([]);
    expect(errorOf(await q(TRP, { from: id("m-ad"), to: id("port-narita"), max: 11 }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "maxLength" });
    expect(errorOf(await q(TRP, { from: id("nobody"), to: id("port-narita") })).code).toBe("NOT_FOUND");
  });
});

describe("commonNeighbours", () => {
  const CN = "query($ids: [ID!]!, $kinds: [String!]) { commonNeighbours(ids: $ids, kinds: $kinds) { id kind caption score } }";

  it("finds what two entities share, directly and across events", async () => {
    const q = gqlAs(investigator.token);
    // The boss's and the supplier's wallets share payments... and the launderer's wallet across payments.
    const wallets = ok(await q<{ commonNeighbours: { id: string; score: number }[] }>(CN, { ids: [id("w-boss"), id("w-supplier")] })).commonNeighbours;
    expect(wallets.map((r) => r.id)).toContain(id("w-launder"));
    // The supplier and the recruit share the shipment (directly) and the recruit's arrest is tied to the shipment only.
    const people = ok(await q<{ commonNeighbours: { id: string; kind: string; score: number }[] }>(CN, { ids: [id("supplier"), id("recruit")] })).commonNeighbours;
    expect(people).toContainEqual(expect.objectContaining({ id: id("s-1"), kind: "Shipment" }));
    const onlyShipments = ok(await q<{ commonNeighbours: { kind: string }[] }>(CN, { ids: [id("supplier"), id("recruit")], kinds: ["Shipment"] })).commonNeighbours;
    expect(onlyShipments.every((r) => r.kind === "Shipment")).toBe(true);
    expect(errorOf(await q(CN, { ids: [id("boss")] }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "ids" });
    expect(errorOf(await q(CN, { ids: [id("boss"), id("nobody")] })).code).toBe("NOT_FOUND");
  });
});

describe("followMoney", () => {
  const FM = `query($from: ID!, $dir: MoneyDirection!, $depth: Int, $since: DateTime, $until: DateTime, $min: Float) {
    followMoney(from: $from, direction: $dir, depth: $depth, since: $since, until: $until, minAmount: $min) {
      truncated nodes { id kind } edges { id source target type count at amounts { currency amount count } } } }`;
  type Money = { followMoney: { truncated: boolean; nodes: { id: string; kind: string }[]; edges: { source: string; target: string; type: string; count: number | null; at: string | null; amounts: { currency: string; amount: number; count: number }[] | null }[] } };
  const edge = (m: Money, from: string, to: string) => m.followMoney.edges.find((e) => e.type === "PAID" && e.source === id(from) && e.target === id(to));

  it("follows the money out of a person's wallets, summed per currency", async () => {
    const m = ok(await gqlAs(investigator.token)<Money>(FM, { from: id("boss"), dir: "OUT" }));
    expect(edge(m, "w-boss", "w-recruit")).toMatchObject({ count: 2, amounts: [{ currency: "JPY", amount: 70000, count: 2 }], at: "2024-03-05T06:00:00.000Z" });
    const toSupplier = edge(m, "w-boss", "w-supplier")!;
    expect(toSupplier.count).toBe(3);
    expect(toSupplier.amounts).toEqual([
      { currency: "BTC", amount: expect.closeTo(0.025, 10), count: 2 },
      { currency: "JPY", amount: 30000, count: 1 },
    ]);
    expect(edge(m, "w-supplier", "w-launder")).toMatchObject({ count: 1, amounts: [{ currency: "BTC", amount: 0.02, count: 1 }] });
    // The launderer paid back to the boss: the cycle closes at depth 3.
    expect(edge(m, "w-launder", "w-boss")).toMatchObject({ count: 1 });
    expect(m.followMoney.edges).toContainEqual(expect.objectContaining({ source: id("boss"), target: id("w-boss"), type: "OWNS" }));
  });

  it("honours depth, direction, time window and minAmount", async () => {
    const q = gqlAs(investigator.token);
    const shallow = ok(await q<Money>(FM, { from: id("w-boss"), dir: "OUT", depth: 1 }));
    expect(shallow.followMoney.nodes.map((n) => n.id).sort()).toEqual([id("w-boss"), id("w-recruit"), id("w-supplier")].sort());
    const incoming = ok(await q<Money>(FM, { from: id("w-supplier"), dir: "IN", depth: 1 }));
    expect(incoming.followMoney.nodes.map((n) => n.id).sort()).toEqual([id("w-boss"), id("w-supplier")].sort());
    const window = ok(await q<Money>(FM, { from: id("w-boss"), dir: "OUT", depth: 1, since: "2024-03-06T00:00:00Z", until: "2024-03-07T00:00:00Z" }));
    expect(edge(window, "w-boss", "w-recruit")).toMatchObject({ amounts: [{ currency: "JPY", amount: 20000, count: 1 }] });
    expect(edge(window, "w-boss", "w-supplier")).toMatchObject({ amounts: [{ currency: "BTC", amount: 0.015, count: 1 }] });
    const big = ok(await q<Money>(FM, { from: id("w-boss"), dir: "OUT", depth: 1, min: 25000 }));
    expect(edge(big, "w-boss", "w-recruit")).toMatchObject({ count: 1, amounts: [{ currency: "JPY", amount: 50000, count: 1 }] });
    expect(edge(big, "w-boss", "w-supplier")).toMatchObject({ amounts: [{ currency: "JPY", amount: 30000, count: 1 }] });
    const both = ok(await q<Money>(FM, { from: id("w-launder"), dir: "BOTH", depth: 1 }));
    expect(both.followMoney.nodes.map((n) => n.id).sort()).toEqual([id("w-boss"), id("w-launder"), id("w-supplier")].sort());
    expect(errorOf(await q(FM, { from: id("w-boss"), dir: "OUT", min: -1 }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "minAmount" });
    expect(errorOf(await q(FM, { from: id("nobody"), dir: "OUT" })).code).toBe("NOT_FOUND");
  });
});

describe("timeline", () => {
  const TL = `query($ids: [ID!]!, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
    timeline(ids: $ids, since: $since, until: $until, first: $first, after: $after) {
      id kind at summary amount currency cursor participants { id role } } }`;
  type TLR = { timeline: { id: string; kind: string; at: string; summary: string; amount: number | null; currency: string | null; cursor: string; participants: { id: string; role: string }[] }[] };

  it("lists what happened around the recruit, in time order", async () => {
    const events = ok(await gqlAs(investigator.token)<TLR>(TL, { ids: [id("recruit")] })).timeline;
    expect(events.map((e) => e.id)).toEqual([id("s-0"), id("m-reply"), id("m-tg"), id("pay-1"), id("pay-2"), id("s-1"), id("arrest")]);
    expect(events.map((e) => e.kind)).toEqual(["Shipment", "Message", "Message", "Payment", "Payment", "Shipment", "Arrest"]);
    const times = events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(events[3]).toMatchObject({ amount: 50000, currency: "JPY" });
    expect(events[3]!.participants).toEqual(expect.arrayContaining([{ id: id("w-boss"), role: "PAID" }, { id: id("w-recruit"), role: "PAID_TO" }]));
    expect(events[5]!.summary).toContain("methamphetamine");
  });

  it("pages with a cursor and a window, and audits each read", async () => {
    const q = gqlAs(investigator.token);
    const since = new Date(Date.now() - 1000).toISOString();
    const page1 = ok(await q<TLR>(TL, { ids: [id("acc-hub")], first: 300 })).timeline;
    const page2 = ok(await q<TLR>(TL, { ids: [id("acc-hub")], first: 300, after: page1.at(-1)!.cursor })).timeline;
    const page3 = ok(await q<TLR>(TL, { ids: [id("acc-hub")], first: 300, after: page2.at(-1)!.cursor })).timeline;
    expect([page1.length, page2.length, page3.length]).toEqual([300, 300, 100]);
    const ids = [...page1, ...page2, ...page3].map((e) => e.id);
    expect(new Set(ids).size).toBe(HUB_MESSAGES);
    expect(ids[0]).toBe(id("hub-m-1"));
    const windowed = ok(await q<TLR>(TL, { ids: [id("acc-hub")], since: "2024-01-01T01:00:00Z", until: "2024-01-01T02:00:00Z" })).timeline;
    expect(windowed).toHaveLength(60);
    expect(errorOf(await q(TL, { ids: [id("acc-hub")], after: "garbage" }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    expect(errorOf(await q(TL, { ids: [id("nobody")] })).code).toBe("NOT_FOUND");
    const log = ok(
      await gqlAs(supervisor.token)<{ auditLog: { operation: string; targets: string[] }[] }>(
        "query($u: String, $s: DateTime) { auditLog(user: $u, since: $s, first: 50) { operation targets } }",
        { u: investigator.username, s: since },
      ),
    ).auditLog;
    expect(log.filter((e) => e.operation === "timeline" && e.targets[0] === id("acc-hub")).length).toBeGreaterThanOrEqual(5);
  });
});

describe("centrality", () => {
  const C = `query($m: CentralityMeasure!, $ids: [ID!], $kinds: [String!], $first: Int) {
    centrality(measure: $m, ids: $ids, kinds: $kinds, first: $first) { id kind score rank measure exact sampleSize graphNodes engine } }`;
  type CR = { centrality: { id: string; kind: string; score: number; rank: number; exact: boolean; sampleSize: number | null; graphNodes: number; engine: string }[] };
  const star = [id("star-c"), ...[1, 2, 3, 4, 5].map((i) => id(`star-${i}`))];

  it("ranks the centre of a star first by degree, betweenness and PageRank", async () => {
    const q = gqlAs(investigator.token);
    const deg = ok(await q<CR>(C, { m: "DEGREE", ids: star })).centrality;
    expect(deg[0]).toMatchObject({ id: id("star-c"), score: 5, rank: 1, engine: "api", graphNodes: 6 });
    expect(deg.slice(1).every((s) => s.score === 1)).toBe(true); // the tie to the boss is outside the subgraph
    const btw = ok(await q<CR>(C, { m: "BETWEENNESS", ids: star })).centrality;
    expect(btw[0]).toMatchObject({ id: id("star-c"), score: 10, exact: true, sampleSize: 6 });
    expect(btw.slice(1).every((s) => s.score === 0)).toBe(true);
    const pr = ok(await q<CR>(C, { m: "PAGERANK", ids: star })).centrality;
    expect(pr[0]!.id).toBe(id("star-c"));
    expect(pr.reduce((s, x) => s + x.score, 0)).toBeCloseTo(1, 6);
    const top2 = ok(await q<CR>(C, { m: "DEGREE", ids: star, first: 2 })).centrality;
    expect(top2.map((s) => s.rank)).toEqual([1, 2]);
  });

  it("keeps whole-graph centrality for ANALYST and up, with GDS or without it", async () => {
    expect(errorOf(await gqlAs(investigator.token)(C, { m: "DEGREE" })).code).toBe("FORBIDDEN");
    const q = gqlAs(analyst.token);
    const deg = ok(await q<CR>(C, { m: "DEGREE", kinds: ["Account"], first: 100 })).centrality;
    expect(deg.every((s) => s.kind === "Account")).toBe(true);
    expect(deg.find((s) => s.id === id("acc-hub"))?.score).toBe(HUB_MESSAGES + 1);
    for (const m of ["BETWEENNESS", "PAGERANK"]) {
      const whole = ok(await q<CR>(C, { m, first: 5 })).centrality;
      expect(whole.length).toBeGreaterThan(0);
      expect(whole.map((s) => s.rank)).toEqual(whole.map((_, i) => i + 1));
      expect(["gds", "api"]).toContain(whole[0]!.engine);
      if (m === "BETWEENNESS") expect(whole[0]!.exact || (whole[0]!.sampleSize ?? 0) > 0).toBe(true);
    }
    // Without GDS, the API ranks the whole graph itself (this test database is small enough).
    const apiDegree = await centrality(gateway, { measure: "BETWEENNESS", kinds: null, ids: null, first: 3 }, { useGds: false });
    expect(apiDegree[0]!.engine).toBe("api");
    const apiPr = await centrality(gateway, { measure: "PAGERANK", kinds: ["Person"], ids: null, first: 3 }, { useGds: false });
    expect(apiPr.every((s) => s.kind === "Person")).toBe(true);
    const cypherDegree = await centrality(gateway, { measure: "DEGREE", kinds: ["Account"], ids: null, first: 100 }, { useGds: false });
    expect(cypherDegree.find((s) => s.id === id("acc-hub"))?.score).toBe(HUB_MESSAGES + 1);
  });

  it("agrees with the degree store when GDS ranks the whole graph", async () => {
    const [gds] = await gateway.query<{ v: string }>("RETURN gds.version() AS v").catch(() => []);
    if (!gds) return;
    const viaGds = await centrality(gateway, { measure: "DEGREE", kinds: ["Account"], ids: null, first: 100 }, { useGds: true });
    expect(viaGds[0]!.engine).toBe("gds");
    expect(viaGds.find((s) => s.id === id("acc-hub"))?.score).toBe(HUB_MESSAGES + 1);
  });
});

describe("annotations", () => {
  const ANNOTATE = "mutation($t: ID!, $b: String!, $tags: [String!]) { annotate(targetId: $t, body: $b, tags: $tags) { id targetId body tags author version deleted } }";
  const UPDATE = "mutation($id: ID!, $b: String, $tags: [String!]) { updateAnnotation(id: $id, body: $b, tags: $tags) { id body tags version updatedBy history { version body tags writtenBy } } }";
  const DELETE = "mutation($id: ID!) { deleteAnnotation(id: $id) { id deleted deletedBy version } }";
  const LIST = "query($id: ID!, $all: Boolean) { entity(id: $id) { annotations(includeDeleted: $all) { id body deleted version history { version body } } } }";

  it("lets the author write and edit, keeps history, refuses other investigators, lets a supervisor delete", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const created = ok(await gqlAs(investigator.token)<{ annotate: any }>(ANNOTATE, { t: id("recruit"), b: "Recruited through the X ad", tags: ["recruit", "recruit", "X"] })).annotate;
    expect(created).toMatchObject({ targetId: id("recruit"), author: investigator.username, version: 1, deleted: false, tags: ["recruit", "X"] });

    const edited = ok(await gqlAs(investigator.token)<{ updateAnnotation: any }>(UPDATE, { id: created.id, b: "Recruited through the X ad on 1 March" })).updateAnnotation;
    expect(edited).toMatchObject({ version: 2, body: "Recruited through the X ad on 1 March", tags: ["recruit", "X"], updatedBy: investigator.username });
    expect(edited.history).toEqual([{ version: 1, body: "Recruited through the X ad", tags: ["recruit", "X"], writtenBy: investigator.username }]);

    const refused = await gqlAs(investigator2.token)(UPDATE, { id: created.id, b: "not mine" });
    expect(errorOf(refused).code).toBe("FORBIDDEN");
    expect(errorOf(await gqlAs(investigator2.token)(DELETE, { id: created.id })).code).toBe("FORBIDDEN");

    const deleted = ok(await gqlAs(supervisor.token)<{ deleteAnnotation: any }>(DELETE, { id: created.id })).deleteAnnotation;
    expect(deleted).toMatchObject({ deleted: true, deletedBy: supervisor.username });
    expect(errorOf(await gqlAs(investigator.token)(UPDATE, { id: created.id, b: "again" })).code).toBe("CONFLICT");

    const shown = ok(await gqlAs(investigator.token)<{ entity: { annotations: any[] } }>(LIST, { id: id("recruit") })).entity.annotations;
    expect(shown.map((a) => a.id)).not.toContain(created.id);
    const withDeleted = ok(await gqlAs(investigator.token)<{ entity: { annotations: any[] } }>(LIST, { id: id("recruit"), all: true })).entity.annotations;
    expect(withDeleted.find((a) => a.id === created.id)).toMatchObject({ deleted: true, version: 2, history: [{ version: 1, body: "Recruited through the X ad" }] });

    const log = ok(
      await gqlAs(supervisor.token)<{ auditLog: { user: string; operation: string; targets: string[]; outcome: string }[] }>(
        "query($s: DateTime) { auditLog(since: $s, first: 100) { user operation targets outcome } }",
        { s: since },
      ),
    ).auditLog;
    expect(log).toContainEqual({ user: investigator.username, operation: "annotate", targets: [id("recruit")], outcome: "ok" });
    expect(log).toContainEqual({ user: investigator.username, operation: "updateAnnotation", targets: [created.id], outcome: "ok" });
    expect(log).toContainEqual({ user: investigator2.username, operation: "updateAnnotation", targets: [created.id], outcome: "FORBIDDEN" });
    expect(log).toContainEqual({ user: supervisor.username, operation: "deleteAnnotation", targets: [created.id], outcome: "ok" });
  });

  it("checks targets, bodies and tags", async () => {
    const q = gqlAs(investigator.token);
    expect(errorOf(await q(ANNOTATE, { t: id("nobody"), b: "x" })).code).toBe("NOT_FOUND");
    expect(errorOf(await q(ANNOTATE, { t: id("boss"), b: "   " }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "body" });
    expect(errorOf(await q(ANNOTATE, { t: id("boss"), b: "x", tags: Array.from({ length: 30 }, (_, i) => `t${i}`) }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "tags" });
    expect(errorOf(await q(UPDATE, { id: "annotation:nope", b: "x" })).code).toBe("NOT_FOUND");
    expect(errorOf(await q(UPDATE, { id: "annotation:nope" }))).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "body" });
  });
});

describe("injection", () => {
  const EVIL = ["Person) DETACH DELETE n //", "SENT]->() DETACH DELETE n //", "x` DETACH DELETE n //", "' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //"];

  it("refuses kinds and relationship types not in the schema, naming the argument", async () => {
    const q = gqlAs(analyst.token);
    for (const evil of EVIL) {
      const cases: [string, Record<string, unknown>, string][] = [
        ["query($k: [String!]) { search(text: \"x\", kinds: $k) { id } }", { k: [evil] }, "kinds"],
        [`query($k: [String!]) { neighbourhood(ids: ["${id("boss")}"], kinds: $k) { truncated } }`, { k: [evil] }, "kinds"],
        [`query($r: [String!]) { neighbourhood(ids: ["${id("boss")}"], relTypes: $r) { truncated } }`, { r: [evil] }, "relTypes"],
        [`query($r: [String!]) { shortestPaths(from: "${id("boss")}", to: "${id("recruit")}", relTypes: $r) { length } }`, { r: [evil] }, "relTypes"],
        [`query($r: [String!]) { timeRespectingPaths(from: "${id("boss")}", to: "${id("recruit")}", relTypes: $r) { length } }`, { r: [evil] }, "relTypes"],
        [`query($k: [String!]) { commonNeighbours(ids: ["${id("boss")}", "${id("recruit")}"], kinds: $k) { id } }`, { k: [evil] }, "kinds"],
        ["query($k: [String!]) { centrality(measure: DEGREE, kinds: $k) { id } }", { k: [evil] }, "kinds"],
      ];
      for (const [query, vars, arg] of cases) expect(errorOf(await q(query, vars)), `${arg}: ${evil}`).toMatchObject({ code: "BAD_USER_INPUT", argumentName: arg });
      // Schema-like names that are not entity kinds are refused too.
      expect(errorOf(await q("query($k: [String!]) { search(text: \"x\", kinds: $k) { id } }", { k: ["User"] })).argumentName).toBe("kinds");
    }
  });

  it("treats injection strings in ids, text, cursors and annotation bodies as plain data", async () => {
    const before = await prefixCount();
    const q = gqlAs(investigator.token);
    for (const evil of EVIL) {
      expect(errorOf(await q("query($id: ID!) { entity(id: $id) { id } }", { id: evil })).code).toBe("NOT_FOUND");
      expect(errorOf(await q("query($ids: [ID!]!) { neighbourhood(ids: $ids) { truncated } }", { ids: [evil] })).code).toBe("NOT_FOUND");
      expect(errorOf(await q("query($a: ID!, $b: ID!) { shortestPaths(from: $a, to: $b) { length } }", { a: evil, b: id("boss") })).code).toBe("NOT_FOUND");
      expect(errorOf(await q("query($a: ID!, $b: ID!) { timeRespectingPaths(from: $a, to: $b) { length } }", { a: id("boss"), b: evil })).code).toBe("NOT_FOUND");
      expect(errorOf(await q("query($a: ID!) { followMoney(from: $a, direction: BOTH) { truncated } }", { a: evil })).code).toBe("NOT_FOUND");
      expect(errorOf(await q("query($ids: [ID!]!) { timeline(ids: $ids) { id } }", { ids: [evil] })).code).toBe("NOT_FOUND");
      expect(errorOf(await q(`query($a: String) { timeline(ids: ["${id("boss")}"], after: $a) { id } }`, { a: evil })).argumentName).toBe("after");
      expect(errorOf(await q("query($ids: [ID!]) { centrality(measure: DEGREE, ids: $ids) { id } }", { ids: [evil] })).code).toBe("NOT_FOUND");
      const s = await q("query($t: String!) { search(text: $t) { id } }", { t: evil });
      expect(s.errors?.[0]?.extensions?.code ?? "ok").toMatch(/^(ok|BAD_USER_INPUT)$/);
      const note = ok(await q<{ annotate: { body: string; tags: string[] } }>("mutation($t: ID!, $b: String!, $g: [String!]) { annotate(targetId: $t, body: $b, tags: $g) { body tags } }", { t: id("ghost"), b: evil, g: [evil] })).annotate;
      expect(note).toEqual({ body: evil.trim(), tags: [evil.trim()] });
    }
    expect(await prefixCount()).toBe(before);
    const [users] = await gateway.query<{ n: number }>("MATCH (u:User) WHERE u.username STARTS WITH $p RETURN count(u) AS n", { p });
    expect(users!.n).toBe(5);
  });
});

// Each operation with the lowest role allowed to run it, over this file's case. Every role may read and
// annotate; only whole-graph centrality (detection) needs ANALYST.
describe("role × operation matrix", () => {
  const ROLES = ["INVESTIGATOR", "ANALYST", "SUPERVISOR", "ADMIN"] as const;
  const MATRIX: { name: string; minRole: (typeof ROLES)[number]; query: string }[] = [
    { name: "search", minRole: "INVESTIGATOR", query: '{ search(text: "鬼塚") { id } }' },
    { name: "entity", minRole: "INVESTIGATOR", query: `{ entity(id: "${id("boss")}") { id annotations { id } } }` },
    { name: "neighbourhood", minRole: "INVESTIGATOR", query: `{ neighbourhood(ids: ["${id("boss")}"]) { truncated } }` },
    { name: "shortestPaths", minRole: "INVESTIGATOR", query: `{ shortestPaths(from: "${id("boss")}", to: "${id("recruit")}") { length } }` },
    { name: "timeRespectingPaths", minRole: "INVESTIGATOR", query: `{ timeRespectingPaths(from: "${id("m-ad")}", to: "${id("arrest")}") { length } }` },
    { name: "commonNeighbours", minRole: "INVESTIGATOR", query: `{ commonNeighbours(ids: ["${id("supplier")}", "${id("recruit")}"]) { id } }` },
    { name: "followMoney", minRole: "INVESTIGATOR", query: `{ followMoney(from: "${id("boss")}", direction: OUT) { truncated } }` },
    { name: "timeline", minRole: "INVESTIGATOR", query: `{ timeline(ids: ["${id("recruit")}"], first: 5) { id } }` },
    { name: "centrality (subgraph)", minRole: "INVESTIGATOR", query: `{ centrality(measure: BETWEENNESS, ids: ["${id("star-c")}", "${id("star-1")}"]) { id } }` },
    { name: "centrality (whole graph)", minRole: "ANALYST", query: "{ centrality(measure: DEGREE, first: 3) { id } }" },
    { name: "annotate", minRole: "INVESTIGATOR", query: `mutation { annotate(targetId: "${id("ghost")}", body: "matrix") { id } }` },
  ];
  const tokenOf = (role: (typeof ROLES)[number]) => ({ INVESTIGATOR: investigator, ANALYST: analyst, SUPERVISOR: supervisor, ADMIN: admin })[role].token;
  for (const op of MATRIX) {
    for (const role of ROLES) {
      const allowed = ROLES.indexOf(role) >= ROLES.indexOf(op.minRole);
      it(`${op.name} as ${role}: ${allowed ? "allowed" : "FORBIDDEN"}`, async () => {
        const result = await api.gql(op.query, {}, tokenOf(role));
        if (allowed) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        else expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      });
    }
  }

  it("lets every role edit and delete its own annotations", async () => {
    for (const role of ROLES) {
      const q = gqlAs(tokenOf(role));
      const made = ok(await q<{ annotate: { id: string } }>(`mutation { annotate(targetId: "${id("ghost")}", body: "own note") { id } }`)).annotate;
      ok(await q(`mutation { updateAnnotation(id: "${made.id}", body: "own note, edited") { version } }`));
      ok(await q(`mutation { deleteAnnotation(id: "${made.id}") { deleted } }`));
    }
  });
});
