import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileKind, inferKind, requiredColumns } from "../../importers/kinds.js";
import { readRows } from "../../importers/read.js";
import { extraPropertyName, validateRow } from "../../importers/rows.js";
import { writeQuery } from "../../importers/write.js";

async function collect(file: string) {
  const out = [];
  for await (const item of readRows(file)) out.push(item);
  return out;
}

function tmpFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ariadne-read-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe("reading canonical files", () => {
  it("gives each row the line an editor shows, multi-line fields included", async () => {
    const items = await collect("test/fixtures/bad/payments.csv");
    const lines = items.map((i) => i.line);
    expect(lines).toEqual([2, 3, 4, 5, 6, 7, 10, 11, 12]);
    const multi = items.find((i) => "record" in i && i.record.id === "B6");
    expect(multi && "record" in multi && multi.record.reference).toBe("a quoted\nmulti-line\nreference");
  });

  it("counts lines the same with CRLF and a BOM", async () => {
    const file = tmpFile("persons.csv", "\ufeffid,name\r\nP1,\"two\r\nlines\"\r\nP2,B\r\n");
    const items = await collect(file);
    expect(items).toEqual([
      { line: 2, record: { id: "P1", name: "two\nlines" } },
      { line: 4, record: { id: "P2", name: "B" } },
    ]);
  });

  it("reports rows the CSV parser cannot read, and goes on", async () => {
    const file = tmpFile("persons.csv", 'id,name\nP1,ok\nP2,bad"quote\nP3,a,extra\nP4,fine\n');
    const items = await collect(file);
    expect(items.filter((i) => "error" in i)).toEqual([
      { line: 3, error: expect.stringMatching(/quote/) },
      { line: 4, error: "wrong number of fields for the header" },
    ]);
    expect(items.filter((i) => "record" in i).map((i) => ("record" in i ? i.record.id : ""))).toEqual(["P1", "P4"]);
  });

  it("reads NDJSON, skipping # comments and blank lines", async () => {
    const file = tmpFile("wallets.ndjson", '# exported\n{"id":"W1","kind":"bank"}\n\n{broken\n[1]\n');
    expect(await collect(file)).toEqual([
      { line: 2, record: { id: "W1", kind: "bank" } },
      { line: 4, error: expect.stringMatching(/invalid JSON/) },
      { line: 5, error: "expected a JSON object on this line" },
    ]);
  });
});

describe("file kinds", () => {
  it("infers the kind from the file name", () => {
    expect(inferKind("payments.csv")?.name).toBe("payments");
    expect(inferKind("payments-2025.ndjson")?.name).toBe("payments");
    expect(inferKind("2025_q1_messages.csv")?.name).toBe("messages");
    expect(inferKind("notes.csv")).toBeUndefined();
    expect(inferKind("message_labels.csv")).toBeUndefined();
    expect(inferKind("ground_truth.csv")).toBeUndefined();
  });

  it("derives required columns from the schema", () => {
    expect(requiredColumns(fileKind("payments")!)).toEqual(["id", "amount", "currency", "paid_at", "from_id", "to_id"]);
    expect(requiredColumns(fileKind("messages")!)).toEqual(["id", "sent_at", "text", "from_account"]);
  });
});

describe("row validation", () => {
  const payments = fileKind("payments")!;
  it("types the properties and keeps references and extra columns", () => {
    const result = validateRow(payments, { id: "PAY1", from_id: "W1", to_id: "W2", amount: "12.50", currency: "jpy", paid_at: "2024-03-01T10:00:00+0900", bank_note: "x" });
    expect(result).toEqual({
      ok: true,
      row: {
        id: "PAY1",
        props: { id: "PAY1", amount: 12.5, currency: "JPY", paidAt: "2024-03-01T10:00:00+09:00", bankNote: "x" },
        refs: { from_id: "W1", to_id: "W2" },
      },
    });
  });

  it("names every bad field", () => {
    const result = validateRow(payments, { id: "", from_id: "", to_id: "W2", amount: "lots", currency: "JPY", paid_at: "2024-02-30" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(["id", "amount", "paid_at", "from_id"]);
  });

  it("never lets an extra column overwrite provenance", () => {
    expect(extraPropertyName("import_batch")).toBeNull();
    expect(extraPropertyName("placeholder")).toBeNull();
    expect(extraPropertyName("a b c")).toBe("aBC");
    expect(extraPropertyName("x;DROP")).toBeNull();
  });
});

describe("write queries", () => {
  it("merge on the shared Entity id and carry nothing from files in the query text", () => {
    const q = writeQuery(fileKind("messages")!);
    expect(q).toContain("MERGE (n:Entity {id: row.id})");
    expect(q).toContain("n.sentAt = coalesce(datetime(row.props.sentAt), n.sentAt)");
    expect(q).toContain("MERGE (t)-[r:SENT]->(n)");
    expect(q).toContain("MERGE (n)-[r:SENT_TO]->(t)");
  });
});
