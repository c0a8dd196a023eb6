import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../graph/gateway.js";
import { repoRoot } from "../../graph/config.js";
import { fileKind } from "../../importers/kinds.js";
import { importFile } from "../../importers/importFile.js";
import { closeTestGateway, migratedGateway } from "../helpers/db.js";

let gateway: Gateway;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "ariadne-import-"));

/** Copies a fixture folder to its own temp dir so counts can be scoped by source file. */
function fixture(name: string): string {
  const dir = fs.mkdtempSync(path.join(work, `${name}-`));
  fs.cpSync(path.join(repoRoot, "test", "fixtures", name), dir, { recursive: true });
  return dir;
}

async function countsUnder(dir: string): Promise<Record<string, number>> {
  const [row] = await gateway.query<{ nodes: Record<string, number>; rels: Record<string, number> }>(
    `CALL () {
       MATCH (n:Entity) WHERE n.sourceFile STARTS WITH $dir
       UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
       WITH label, count(*) AS c RETURN apoc.map.fromPairs(collect([label, c])) AS nodes
     }
     CALL () {
       MATCH ()-[r]->() WHERE r.sourceFile STARTS WITH $dir
       WITH type(r) AS type, count(*) AS c RETURN apoc.map.fromPairs(collect([type, c])) AS rels
     }
     RETURN nodes, rels`,
    { dir },
  );
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(row?.nodes ?? {})) out[k] = v;
  for (const [k, v] of Object.entries(row?.rels ?? {})) out[`:${k}`] = v;
  return out;
}

function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "importers", "cli.ts"), "--quiet", ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
}

beforeAll(async () => {
  gateway = await migratedGateway();
});

afterAll(async () => {
  await gateway.runAutoCommit(
    "MATCH (n) WHERE n.sourceFile STARTS WITH $dir OR n.file STARTS WITH $dir CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
    { dir: work },
  );
  await closeTestGateway();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("canonical files", () => {
  it("imports a dataset with counts equal to its rows, and a rerun changes no count", async () => {
    const dir = fixture("canonical");
    const first = runCli([dir]);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const expected = {
      Person: 4, // three declared, P9 a placeholder (referred to by an account and a payment)
      Account: 4,
      Wallet: 3,
      Message: 4,
      Payment: 3,
      Shipment: 2,
      Arrest: 1,
      Identifier: 1, // the Telegram id in the flagged recruitment post M1
      ":MENTIONS": 1,
      ":OPERATES": 4,
      ":OWNS": 3,
      ":SENT": 4,
      ":SENT_TO": 2,
      ":REPLIED_TO": 2,
      ":PAID": 3,
      ":PAID_TO": 3,
      ":SENT_SHIPMENT": 2,
      ":ADDRESSED_TO": 1,
      ":CARRIED": 1,
      ":ARRESTED": 1,
      ":CONCERNS": 1,
    };
    expect(await countsUnder(dir)).toEqual(expected);
    const second = runCli([dir]);
    expect(second.status).toBe(0);
    expect(await countsUnder(dir)).toEqual(expected);
    const [{ batches }] = (await gateway.query<{ batches: number }>("MATCH (b:ImportBatch) WHERE b.file STARTS WITH $dir RETURN count(b) AS batches", { dir })) as [{ batches: number }];
    expect(batches).toBe(14); // one per file per run
  });

  it("keeps types, provenance, extra columns and placeholders", async () => {
    const dir = fixture("canonical");
    expect(runCli([dir]).status).toBe(0);
    const [m2] = await gateway.query<Record<string, unknown>>(
      "MATCH (m:Message {id: 'M2'}) WHERE m.sourceFile STARTS WITH $dir RETURN m.sourceLine AS line, m.text AS text, m.sentAt AS at, m.sourceFile AS file, m.importBatch AS batch",
      { dir },
    );
    expect(m2).toMatchObject({ line: 3, text: "興味あります。\n何をすればいいですか？", at: "2024-03-01T02:30:00.000Z", file: path.join(dir, "messages.csv") });
    const [batch] = await gateway.query<{ kind: string; counts: string }>("MATCH (b:ImportBatch {id: $id}) RETURN b.kind AS kind, b.counts AS counts", { id: m2!.batch });
    expect(batch?.kind).toBe("messages");
    expect(JSON.parse(batch!.counts)).toMatchObject({ read: 4, imported: 4, rejected: 0 });
    const [p1] = await gateway.query<Record<string, unknown>>("MATCH (p:Person {id: 'P1'}) WHERE p.sourceFile STARTS WITH $dir RETURN p.aliases AS aliases, p.notes AS notes, p.birthDate AS born", { dir });
    expect(p1).toEqual({ aliases: ["タロウ", "Big T"], notes: "boss, per informant", born: "1990-04-01" });
    const [w3] = await gateway.query<Record<string, unknown>>("MATCH (w:Wallet {id: 'W3'}) WHERE w.sourceFile STARTS WITH $dir RETURN w.issuedBy AS issuedBy", { dir });
    expect(w3?.issuedBy).toBe("FamilyMart");
    const [p9] = await gateway.query<Record<string, unknown>>(
      "MATCH (p:Entity {id: 'P9'}) RETURN p.placeholder AS placeholder, labels(p) AS labels, p.referencedBy AS by",
    );
    expect(p9).toMatchObject({ placeholder: true, labels: expect.arrayContaining(["Person"]) });
    const [paid] = await gateway.query<Record<string, unknown>>(
      "MATCH (:Wallet {id: 'W2'})-[r:PAID]->(p:Payment {id: 'PAY2'}) WHERE p.sourceFile STARTS WITH $dir RETURN r.amount AS amount, r.at AS at",
      { dir },
    );
    expect(paid).toEqual({ amount: 0.015, at: "2024-03-06T01:00:00.000Z" });
  });

  it("fills a placeholder when a later file declares it, and a changed row updates properties", async () => {
    const dir = fs.mkdtempSync(path.join(work, "later-"));
    fs.writeFileSync(path.join(dir, "payments.csv"), "id,from_id,to_id,amount,currency,paid_at\nLP1,LX1,LX2,5,JPY,2024-01-01T00:00:00Z\n");
    expect(runCli([path.join(dir, "payments.csv")]).status).toBe(0);
    fs.writeFileSync(path.join(dir, "persons.csv"), "id,name\nLX1,Later Person\n");
    expect(runCli([path.join(dir, "persons.csv")]).status).toBe(0);
    const [lx1] = await gateway.query<Record<string, unknown>>("MATCH (p:Entity {id: 'LX1'}) RETURN p.placeholder AS placeholder, p.name AS name, labels(p) AS labels, p.referencedBy AS by");
    expect(lx1).toEqual({ placeholder: false, name: "Later Person", labels: expect.arrayContaining(["Person", "Entity"]), by: null });

    fs.writeFileSync(path.join(dir, "persons.csv"), "id,name\nLX1,Later Person Renamed\n");
    expect(runCli([path.join(dir, "persons.csv")]).status).toBe(0);
    const after = await gateway.query<Record<string, unknown>>("MATCH (p:Entity {id: 'LX1'}) RETURN p.name AS name");
    expect(after).toEqual([{ name: "Later Person Renamed" }]);

    // A reference the row no longer names is removed (last write wins).
    fs.writeFileSync(path.join(dir, "payments.csv"), "id,from_id,to_id,amount,currency,paid_at\nLP1,LX1,LX3,5,JPY,2024-01-01T00:00:00Z\n");
    expect(runCli([path.join(dir, "payments.csv")]).status).toBe(0);
    const payees = await gateway.query<{ id: string }>("MATCH (:Payment {id: 'LP1'})-[:PAID_TO]->(t) RETURN t.id AS id");
    expect(payees).toEqual([{ id: "LX3" }]);
  });
});

describe("bad rows", () => {
  const expectedErrors = [
    "payments.csv:3: id: is required",
    'payments.csv:4: paid_at: "2024-02-30T10:00:00Z" is not a real date',
    'payments.csv:5: amount: "lots" is not a number',
    "payments.csv:6: from_id: is required (the id of the entity it refers to)",
    'payments.csv:12: paid_at: "yesterday" is not an ISO 8601 timestamp',
  ];

  it("reports exactly the bad lines as file:line: field: reason, imports every good row and exits 1", async () => {
    const dir = fixture("bad");
    const reportFile = path.join(dir, "report.json");
    const result = runCli([path.join(dir, "payments.csv"), "--report", reportFile]);
    expect(result.status).toBe(1);
    const errorLines = result.stderr.trim().split("\n").map((l) => l.slice(l.indexOf("payments.csv")));
    expect(errorLines).toEqual(expectedErrors);
    expect(result.stdout).toMatch(/9 rows read, 4 imported, 5 rejected/);
    expect(await countsUnder(dir)).toMatchObject({ Payment: 4 });
    const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as { files: { errors: { line: number; field: string }[]; imported: number }[] };
    expect(report.files[0]?.imported).toBe(4);
    expect(report.files[0]?.errors.map((e) => [e.line, e.field])).toEqual([
      [3, "id"],
      [4, "paid_at"],
      [5, "amount"],
      [6, "from_id"],
      [12, "paid_at"],
    ]);
  });

  it("writes nothing with --dry-run or with --on-error abort", async () => {
    for (const flag of ["--dry-run", "--on-error=abort"]) {
      const dir = fixture("bad");
      const result = runCli([path.join(dir, "payments.csv"), flag]);
      expect(result.status, flag).toBe(1);
      expect(result.stderr, flag).toContain(expectedErrors[0]);
      expect(await countsUnder(dir), flag).toEqual({});
      const batches = await gateway.query("MATCH (b:ImportBatch) WHERE b.file STARTS WITH $dir RETURN b", { dir });
      expect(batches, flag).toEqual([]);
    }
  });

  it("exits 2 with a clear message on a fatal error", () => {
    const result = runCli(["/nonexistent/payments.csv"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("/nonexistent/payments.csv: no such file or folder");
    const unknown = runCli([path.join(repoRoot, "package.json")]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/cannot tell its kind/);
  });
});

describe("crash safety", () => {
  it("after kill -9 during a large import, the same command again gives the counts of a clean import", async () => {
    const dir = fs.mkdtempSync(path.join(work, "crash-"));
    const file = path.join(dir, "messages.csv");
    const rows = 60_000;
    const lines = ["id,platform,from_account,to_account,sent_at,text,lang"];
    for (let i = 0; i < rows; i++) {
      lines.push(`CM${i},X,CA${i % 500},CA${(i * 7) % 500},2024-05-01T10:00:00+09:00,"message ${i}, hello",en`);
    }
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    const args = ["--import", "tsx", path.join(repoRoot, "importers", "cli.ts"), "--batch-size", "2000", "--no-patrol", file];
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: process.env, stdio: ["ignore", "ignore", "pipe"] });
    // Kill once some batches are committed, mid-way through the file.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(async () => {
        const [row] = await gateway.query<{ n: number }>("MATCH (m:Message) WHERE m.sourceFile = $file RETURN count(m) AS n", { file });
        if ((row?.n ?? 0) >= 4000) {
          clearInterval(timer);
          child.kill("SIGKILL");
          resolve();
        }
      }, 100);
      child.once("exit", () => {
        clearInterval(timer);
        reject(new Error("the import finished before it could be killed; make the file larger"));
      });
    });
    const [partial] = await gateway.query<{ n: number }>("MATCH (m:Message) WHERE m.sourceFile = $file RETURN count(m) AS n", { file });
    expect(partial!.n).toBeLessThan(rows);
    const rerun = spawnSync(process.execPath, args.concat("--quiet"), { cwd: repoRoot, env: process.env, encoding: "utf8" });
    expect(rerun.status).toBe(0);
    expect(await countsUnder(dir)).toEqual({ Message: rows, Account: 500, ":SENT": rows, ":SENT_TO": rows });
  });
});

describe("import API", () => {
  it("reports counts and rejected rows from importFile", async () => {
    const dir = fixture("bad");
    const report = await importFile(gateway, path.join(dir, "payments.csv"), { kind: fileKind("payments")!, quiet: true });
    expect(report).toMatchObject({ read: 9, imported: 4, rejected: 5 });
  });
});
