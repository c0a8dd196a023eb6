import { describe, expect, it } from "vitest";
import * as t from "../../graph/propertyTypes.js";

describe("property types", () => {
  it("accepts real dates and refuses impossible ones", () => {
    expect(t.date.parse("2024-02-29")).toEqual({ ok: true, value: "2024-02-29" });
    expect(t.date.parse("2025-02-29").ok).toBe(false);
    expect(t.date.parse("2025-13-01").ok).toBe(false);
    expect(t.date.parse("01/02/2025").ok).toBe(false);
  });

  it("normalises timestamps and insists on an offset", () => {
    expect(t.datetime.parse("2025-03-01T09:30:00+0900")).toEqual({ ok: true, value: "2025-03-01T09:30:00+09:00" });
    expect(t.datetime.parse("2025-03-01T09:30Z")).toEqual({ ok: true, value: "2025-03-01T09:30:00Z" });
    expect(t.datetime.parse("2025-03-01")).toEqual({ ok: true, value: "2025-03-01T00:00:00Z" });
    const local = t.datetime.parse("2025-03-01T09:30:00");
    expect(local.ok).toBe(false);
    if (!local.ok) expect(local.reason).toMatch(/time zone/);
    expect(t.datetime.parse("2025-02-30T10:00:00Z").ok).toBe(false);
    expect(t.datetime.parse("2025-03-01T25:00:00Z").ok).toBe(false);
  });

  it("parses decimals strictly", () => {
    expect(t.decimal.parse("1234.50")).toEqual({ ok: true, value: 1234.5 });
    expect(t.decimal.parse("-3")).toEqual({ ok: true, value: -3 });
    expect(t.decimal.parse("1,000").ok).toBe(false);
    expect(t.decimal.parse("abc").ok).toBe(false);
    expect(t.integer.parse("2.5").ok).toBe(false);
  });

  it("splits lists, keeps order, drops blanks and repeats", () => {
    expect(t.stringList.parse("タロウ; Big T;;タロウ")).toEqual({ ok: true, value: ["タロウ", "Big T"] });
    expect(t.stringList.parse(["a", "b"])).toEqual({ ok: true, value: ["a", "b"] });
  });

  it("matches enumerations case-insensitively and stores the canonical spelling", () => {
    const kind = t.enumeration(["bank", "crypto"] as const);
    expect(kind.parse("CRYPTO")).toEqual({ ok: true, value: "crypto" });
    expect(kind.parse("gold").ok).toBe(false);
  });

  it("checks countries, currencies, booleans and identifiers", () => {
    expect(t.country.parse("jp")).toEqual({ ok: true, value: "JP" });
    expect(t.country.parse("JPN").ok).toBe(false);
    expect(t.currency.parse("usdt")).toEqual({ ok: true, value: "USDT" });
    expect(t.boolean.parse("TRUE")).toEqual({ ok: true, value: true });
    expect(t.boolean.parse("maybe").ok).toBe(false);
    expect(t.identifier.parse("  P1 ")).toEqual({ ok: true, value: "P1" });
    expect(t.identifier.parse("a\u0000b").ok).toBe(false);
  });
});
