import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../graph/gateway.js";
import { repoRoot } from "../../graph/config.js";
import { fileKind } from "../../importers/kinds.js";
import { importFile } from "../../importers/importFile.js";
import { patrolEnricher, type Enricher } from "../../importers/enrich.js";
import { closeTestGateway, migratedGateway, testPrefix } from "../helpers/db.js";
import { startTestApi, type TestApi } from "../helpers/api.js";

const prefix = testPrefix("patrol");
const tag = randomBytes(3).toString("hex"); // keeps handles unique per run
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ariadne-patrol-"));
let gateway: Gateway;
let api: TestApi;
let token: string;
let enrich: Enricher;

const id = (s: string) => `${prefix}${s}`;

function write(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

async function load(name: string, kind: string, lines: string[]) {
  return importFile(gateway, write(name, lines), { kind: fileKind(kind)!, quiet: true, enrich });
}

beforeAll(async () => {
  gateway = await migratedGateway();
  enrich = await patrolEnricher();
  api = await startTestApi(gateway, prefix);
  ({ token } = await api.userWithRole("INVESTIGATOR"));
  await load("persons.csv", "persons", ["id,name", `${id("P1")},Boss ${tag}`, `${id("P2")},Courier ${tag}`]);
  await load("accounts.csv", "accounts", [
    "id,platform,handle,person_id",
    `${id("A1")},Telegram,@boss${tag},${id("P1")}`,
    `${id("A2")},X,@Courier${tag},${id("P2")}`,
  ]);
  await load("arrests.csv", "arrests", ["id,person_id,arrested_at,charges", `${id("AR1")},${id("P2")},2024-04-01T09:00:00+09:00,Stimulants Control Act`]);
  await load("messages-1.csv", "messages", [
    "id,platform,from_account,sent_at,text,lang",
    `${id("M1")},X,${id("A2")},2024-03-01T10:00:00+09:00,"高額バイト 即日即金 ホワイト案件 連絡はテレグラム @rk${tag}",ja`,
    `${id("M2")},X,${id("A1")},2024-03-01T11:00:00+09:00,"🥦🍁 野菜あります 手押し 郵送可 DMで",ja`,
    `${id("M3")},X,${id("A1")},2024-03-01T12:00:00+09:00,"今日の夕飯は野菜たっぷりのカレーでした",ja`,
  ]);
});

afterAll(async () => {
  await gateway.mutate("MATCH (a:Alert) WHERE a.id CONTAINS $prefix DETACH DELETE a", { prefix });
  await gateway.mutate("MATCH (n) WHERE n.id STARTS WITH $prefix OR n.id ENDS WITH $tag DETACH DELETE n", { prefix, tag });
  await gateway.mutate("MATCH (u:User) WHERE u.username STARTS WITH $prefix DETACH DELETE u", { prefix });
  await api.close();
  await closeTestGateway();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("enrichment at import", () => {
  it("scores every message with label, score, evidence and model version", async () => {
    const rows = await gateway.query<{ id: string; label: string; score: number; evidence: string; model: string }>(
      "MATCH (m:Message) WHERE m.id STARTS WITH $prefix RETURN m.id AS id, m.patrolLabel AS label, m.patrolScore AS score, m.patrolEvidence AS evidence, m.patrolModel AS model ORDER BY id",
      { prefix },
    );
    expect(rows.map((r) => [r.id, r.label])).toEqual([
      [id("M1"), "RECRUITMENT"],
      [id("M2"), "DRUG_SALE"],
      [id("M3"), "NONE"],
    ]);
    for (const r of rows) {
      expect(r.score).toBeGreaterThan(0.5);
      expect(r.model).toMatch(/^[0-9a-f]{12}$/);
    }
    const evidence = JSON.parse(rows[1]!.evidence) as { feature: string; kind: string }[];
    expect(evidence.some((e) => e.kind === "lexicon")).toBe(true);
  });

  it("links flagged posts to the contact identifiers in their text", async () => {
    const mentions = await gateway.query<{ value: string; kinds: string[] }>(
      "MATCH (:Message {id: $id})-[:MENTIONS]->(i:Identifier) RETURN i.value AS value, i.kinds AS kinds",
      { id: id("M1") },
    );
    expect(mentions).toEqual([{ value: `rk${tag}`, kinds: ["telegram"] }]);
  });
});

describe("patrolScan and flaggedMessages", () => {
  it("scans a text and explains the score", async () => {
    const result = await api.gql<{ patrolScan: { label: string; scores: { label: string; score: number }[]; evidence: { feature: string; kind: string; gloss: string | null }[] } }>(
      "query($t: String!) { patrolScan(text: $t, lang: \"ja\") { label scores { label score } evidence { feature kind weight gloss } model } }",
      { t: "受け子募集！日給10万 即日即金 テレグラムで連絡ください" },
      token,
    );
    expect(result.errors).toBeUndefined();
    const scan = result.data!.patrolScan;
    expect(scan.label).toBe("RECRUITMENT");
    expect(scan.scores.map((s) => s.label).sort()).toEqual(["DRUG_SALE", "NONE", "RECRUITMENT"]);
    expect(scan.scores.reduce((a, s) => a + s.score, 0)).toBeCloseTo(1, 5);
    expect(scan.evidence.length).toBeGreaterThan(0);
    const empty = await api.gql('{ patrolScan(text: "  ") { label } }', {}, token);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "text" });
  });

  it("lists flagged messages by label and score, with sender, evidence and a cursor", async () => {
    const all = await api.gql<{ flaggedMessages: { id: string; label: string; score: number; sender: { id: string }; evidence: unknown[]; cursor: string }[] }>(
      "{ flaggedMessages(first: 200, since: \"2024-03-01T00:00:00+09:00\", until: \"2024-03-02T00:00:00+09:00\") { id label score sender { id } evidence { feature } identifiers cursor } }",
      {},
      token,
    );
    expect(all.errors).toBeUndefined();
    const mine = all.data!.flaggedMessages.filter((m) => m.id.startsWith(prefix));
    expect(mine.map((m) => m.id).sort()).toEqual([id("M1"), id("M2")]);
    expect(mine.find((m) => m.id === id("M1"))?.sender.id).toBe(id("A2"));
    const scores = all.data!.flaggedMessages.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const drugs = await api.gql<{ flaggedMessages: { id: string; label: string }[] }>("{ flaggedMessages(label: DRUG_SALE, minScore: 0.5, first: 200) { id label } }", {}, token);
    expect(drugs.data!.flaggedMessages.every((m) => m.label === "DRUG_SALE")).toBe(true);
    expect(drugs.data!.flaggedMessages.map((m) => m.id)).toContain(id("M2"));
    const bad = await api.gql("{ flaggedMessages(minScore: 2) { id } }", {}, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "minScore" });
  });
});

describe("patrol:rescore", () => {
  it("scores messages again and restores their identifier links, changing nothing on a second run", async () => {
    await gateway.mutate(
      "MATCH (m:Message) WHERE m.id STARTS WITH $prefix REMOVE m.patrolLabel, m.patrolScore, m.patrolModel WITH m MATCH (m)-[r:MENTIONS]->() DELETE r",
      { prefix },
    );
    const run = () =>
      spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "patrol", "rescore.ts")], { cwd: repoRoot, env: process.env, encoding: "utf8" });
    expect(run().status).toBe(0);
    const state = () =>
      gateway.query<{ id: string; label: string; mentions: string[] }>(
        "MATCH (m:Message) WHERE m.id STARTS WITH $prefix RETURN m.id AS id, m.patrolLabel AS label, [(m)-[:MENTIONS]->(i) | i.value] AS mentions ORDER BY id",
        { prefix },
      );
    const after = await state();
    expect(after.slice(0, 3)).toEqual([
      { id: id("M1"), label: "RECRUITMENT", mentions: [`rk${tag}`] },
      { id: id("M2"), label: "DRUG_SALE", mentions: [] },
      { id: id("M3"), label: "NONE", mentions: [] },
    ]);
    expect(run().status).toBe(0);
    expect(await state()).toEqual(after);
  });
});

describe("watchlist alerts", () => {
  it("raises an alert when a new flagged post reuses an identifier of an account linked to an arrest, once", async () => {
    const newPosts = [
      "id,platform,from_account,sent_at,text,lang",
      // reuses the Telegram id the arrested courier's account advertised
      `${id("M4")},X,${id("A9")},2024-05-01T10:00:00+09:00,"【即日即金】荷物を受け取るだけの簡単なお仕事 日給5万 テレグラム @rk${tag}",ja`,
      // names the arrested courier's own handle
      `${id("M5")},X,${id("A9")},2024-05-01T11:00:00+09:00,"高収入 受け子募集 詳細はテレグラム @courier${tag} まで",ja`,
      // an ordinary post with the same id raises nothing
      `${id("M6")},X,${id("A9")},2024-05-01T12:00:00+09:00,"昨日のラーメン美味しかった また行きたい",ja`,
    ];
    const report = await load("messages-2.csv", "messages", newPosts);
    expect(report.alerts).toBe(2);
    const result = await api.gql<{ alerts: { identifier: string; reason: string; message: { id: string; label: string }; linkedAccount: { id: string } }[] }>(
      "{ alerts(first: 50) { id createdAt identifier reason message { id label sender { id } } linkedAccount { id handle } cursor } }",
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const mine = result.data!.alerts.filter((a) => a.message.id.startsWith(prefix));
    expect(mine.map((a) => [a.message.id, a.identifier, a.linkedAccount.id]).sort()).toEqual([
      [id("M4"), `rk${tag}`, id("A2")],
      [id("M5"), `courier${tag}`, id("A2")],
    ]);
    expect(mine.find((a) => a.message.id === id("M4"))?.reason).toMatch(/posted it earlier .*arrested: /);
    expect(mine.every((a) => (a.message as unknown as { sender: { id: string } }).sender.id === id("A9"))).toBe(true);

    // Importing the same file again raises no new alert.
    const again = await load("messages-2.csv", "messages", newPosts);
    expect(again.alerts).toBe(2);
    const [count] = await gateway.query<{ n: number }>("MATCH (a:Alert) WHERE a.id CONTAINS $prefix RETURN count(a) AS n", { prefix });
    expect(count!.n).toBe(2);
  });
});
