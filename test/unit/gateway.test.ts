import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { dateTimeToIso, toPlain } from "../../graph/gateway.js";

const old = (v: unknown) => new Date(String(v)).toISOString();
const { DateTime } = neo4j.types;

describe("toPlain DateTime", () => {
  const cases = [
    new DateTime(2024, 3, 1, 1, 0, 0, 0, 0, null),
    new DateTime(2024, 3, 1, 2, 0, 0, 0, 3600, null),
    new DateTime(2024, 2, 29, 23, 59, 59, 999_999_999, -5 * 3600, null),
    new DateTime(2023, 12, 31, 23, 30, 0, 123_456_789, -45 * 60, null),
    new DateTime(2024, 1, 1, 0, 15, 30, 1_000_000, 9 * 3600 + 30 * 60, null),
    new DateTime(1970, 1, 1, 0, 0, 0, 999_999, 0, null),
    new DateTime(1969, 12, 31, 23, 59, 59, 500_000_000, 14 * 3600, null),
    new DateTime(2038, 1, 19, 3, 14, 7, 7, -12 * 3600, null),
    new DateTime(1900, 6, 15, 12, 0, 0, 0, 3600, null),
    new DateTime(neo4j.int(2025), neo4j.int(7), neo4j.int(4), neo4j.int(10), neo4j.int(11), neo4j.int(12), neo4j.int(345_678_901), neo4j.int(7200), null),
  ];
  it.each(cases.map((c) => [String(c), c] as const))("%s matches the old string round trip", (_s, v) => {
    expect(dateTimeToIso(v)).toBe(old(v));
    expect(toPlain(v)).toBe(old(v));
  });

  it("keeps the output format", () => {
    expect(toPlain(new DateTime(2024, 3, 1, 2, 0, 0, 0, 3600, null))).toBe("2024-03-01T01:00:00.000Z");
    expect(toPlain({ at: new DateTime(2024, 3, 1, 2, 0, 0, 123_999_999, 3600, null) })).toEqual({ at: "2024-03-01T01:00:00.123Z" });
  });
});
