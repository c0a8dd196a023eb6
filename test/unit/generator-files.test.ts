import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CANONICAL_COLUMNS, csvField, csvLine, generateWorld, ndjsonLine, writeWorld } from "../../seeds/generator/index.js";

const run = promisify(execFile);
let base: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), "ariadne-generator-files-"));
});
afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

describe("generator CSV writing (RFC 4180)", () => {
  const tricky = [
    "plain",
    "comma, inside",
    'a "quoted" word',
    '"starts and ends with quotes"',
    "line one\nline two",
    "crlf\r\nline",
    "lone\rcarriage return",
    "絵文字 🍁❄️🍃🔌💊 and ZWJ 👨‍👩‍👧",
    "高\u200b額バイト（zero-width space）",
    " leading and trailing spaces ",
    "",
    "semi;colon",
    '",\n"',
  ];

  it("quotes only what needs quoting", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(["a", "b"])).toBe("a;b");
    expect(csvField(true)).toBe("true");
    expect(csvField(0.00012345)).toBe("0.00012345");
    expect(csvField(null)).toBe("");
  });

  it("round-trips commas, quotes, newlines and emoji through csv-parse", () => {
    for (const eol of ["\n", "\r\n"] as const) {
      const text = csvLine(["id", "text"], eol) + tricky.map((s, i) => csvLine([`M${i}`, s], eol)).join("");
      const records = parse(text, { columns: true }) as { id: string; text: string }[];
      expect(records.map((r) => r.text)).toEqual(tricky);
    }
  });

  it("round-trips every generated message text", async () => {
    const world = generateWorld({ scale: 1, seed: 5 });
    const dir = join(base, "crlf");
    await writeWorld(world, dir, { eol: "\r\n" });
    const parsed = parse(await readFile(join(dir, "messages.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    const generated = [...world.messages()];
    expect(parsed.map((r) => r.text)).toEqual(generated.map((m) => m.text));
    expect(generated.some((m) => m.text.includes("\n"))).toBe(true);
    expect(generated.some((m) => m.text.includes('"'))).toBe(true);
    expect(generated.some((m) => m.text.includes(","))).toBe(true);
  });

  it("writes NDJSON with the same keys, typed values and empty fields left out", async () => {
    const dir = join(base, "ndjson");
    const result = await writeWorld(generateWorld({ scale: 1, seed: 5 }), dir, { format: "ndjson" });
    expect(result.files["messages.ndjson"]).toBeGreaterThan(1000);
    for (const [kind, columns] of Object.entries(CANONICAL_COLUMNS)) {
      const lines = (await readFile(join(dir, `${kind}.ndjson`), "utf8")).split("\n").filter(Boolean);
      expect(lines.length, kind).toBe(result.files[`${kind}.ndjson`]);
      for (const line of lines.slice(0, 200)) {
        const obj = JSON.parse(line) as Record<string, unknown>;
        const keys = Object.keys(obj);
        expect(keys.every((k) => (columns as readonly string[]).includes(k)), kind).toBe(true);
        expect(keys).toEqual((columns as readonly string[]).filter((c) => keys.includes(c)));
        expect(obj.id).toBeTypeOf("string");
      }
    }
    const shipment = JSON.parse((await readFile(join(dir, "shipments.ndjson"), "utf8")).split("\n")[0] as string) as Record<string, unknown>;
    expect(shipment.seized).toBeTypeOf("boolean");
    const payment = JSON.parse((await readFile(join(dir, "payments.ndjson"), "utf8")).split("\n")[0] as string) as Record<string, unknown>;
    expect(payment.amount).toBeTypeOf("number");
    expect(ndjsonLine(["id", "aliases", "x"], ["P1", ["a", "b"], ""])).toBe('{"id":"P1","aliases":["a","b"]}\n');
  });
});

describe("generator CLI", () => {
  const cli = ["--import", "tsx", join(import.meta.dirname, "../../seeds/generator/cli.ts")];

  it("documents its options", async () => {
    const { stdout } = await run(process.execPath, [...cli, "--help"]);
    for (const option of ["--scale", "--seed", "--out", "--format", "--no-placeholders"]) expect(stdout).toContain(option);
  });

  it("generates a world and prints counts per file", async () => {
    const out = join(base, "cli");
    const { stdout } = await run(process.execPath, [...cli, "--scale", "0.34", "--seed", "9", "--out", out]);
    for (const file of ["persons.csv", "messages.csv", "payments.csv", "ground_truth.csv", "organisations.json"]) expect(stdout).toContain(file);
    const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as { organisations: number; files: Record<string, number> };
    expect(manifest.organisations).toBe(1);
    expect(manifest.files["messages.csv"]).toBeGreaterThan(300);
  });

  it("refuses bad arguments with exit code 2", async () => {
    await expect(run(process.execPath, [...cli, "--scale", "0", "--out", join(base, "x")])).rejects.toMatchObject({ code: 2 });
    await expect(run(process.execPath, [...cli, "--scale", "1"])).rejects.toMatchObject({ code: 2 });
    await expect(run(process.execPath, [...cli, "--out", join(base, "y"), "--format", "xml"])).rejects.toMatchObject({ code: 2 });
  });
});
