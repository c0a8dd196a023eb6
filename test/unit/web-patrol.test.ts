import { describe, expect, it } from "vitest";
import { accountCaption, alertEntities, appendById, highlightParts, mayHaveMore, messageCaption, messageEntities, parseLabel, parseMinScore, scannable, scoreBars, topEvidence } from "../../web/src/features/patrol/patrol";
import type { FlaggedMessage, WatchlistAlert } from "../../web/src/features/patrol/patrol.query";

const message: FlaggedMessage = {
  id: "m1",
  text: "受け子募集！日給10万 即日即金 テレグラム @dark_jobs で連絡",
  sentAt: "2026-01-02T03:04:05Z",
  platform: "x",
  lang: "ja",
  label: "RECRUITMENT",
  score: 0.97,
  evidence: [
    { feature: "即日即金", kind: "lexicon", weight: 1.2, gloss: "same-day cash" },
    { feature: "受け子", kind: "lexicon", weight: 2.5, gloss: "receiver (fraud)" },
    { feature: "日給", kind: "ngram", weight: 0.4, gloss: null },
  ],
  sender: { id: "a1", handle: "@newbie", platform: "x" },
  identifiers: ["@dark_jobs"],
  cursor: "c1",
};

const alert: WatchlistAlert = {
  id: "al1",
  createdAt: "2026-01-02T04:00:00Z",
  identifier: "@dark_jobs",
  reason: "Shares @dark_jobs with an account linked to an organisation",
  message,
  linkedAccount: { id: "a9", handle: "@boss", platform: "telegram" },
  cursor: "x1",
};

describe("patrol state", () => {
  it("appends pages without repeating items and tells when there may be more", () => {
    expect(appendById([{ id: "a" }, { id: "b" }], [{ id: "b" }, { id: "c" }]).map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(mayHaveMore(20, 20)).toBe(true);
    expect(mayHaveMore(7, 20)).toBe(false);
  });

  it("highlights every occurrence of an identifier, case-insensitively, and keeps the text whole", () => {
    const parts = highlightParts("DM @Dark_Jobs now, @dark_jobs!", ["@dark_jobs"]);
    expect(parts).toEqual([
      { text: "DM ", match: false },
      { text: "@Dark_Jobs", match: true },
      { text: " now, ", match: false },
      { text: "@dark_jobs", match: true },
      { text: "!", match: false },
    ]);
    expect(parts.map((p) => p.text).join("")).toBe("DM @Dark_Jobs now, @dark_jobs!");
    expect(highlightParts("call +81 (90) 1234", ["+81 (90)"])).toEqual([
      { text: "call ", match: false },
      { text: "+81 (90)", match: true },
      { text: " 1234", match: false },
    ]);
    expect(highlightParts("plain", [])).toEqual([{ text: "plain", match: false }]);
    expect(highlightParts("plain", ["  "])).toEqual([{ text: "plain", match: false }]);
    expect(highlightParts("", ["x"])).toEqual([]);
  });

  it("lays out the three score bars in a fixed order, clamped to 0–100 %", () => {
    const bars = scoreBars({ scores: [{ label: "RECRUITMENT", score: 0.9 }, { label: "NONE", score: 0.07 }, { label: "DRUG_SALE", score: 0.03 }] });
    expect(bars.map((b) => [b.label, b.percent])).toEqual([["DRUG_SALE", 3], ["RECRUITMENT", 90], ["NONE", 7]]);
    expect(scoreBars({ scores: [{ label: "NONE", score: 1.2 }] }).map((b) => b.percent)).toEqual([0, 0, 100]);
  });

  it("puts the post, its sender and the known account on the canvas, each once", () => {
    expect(alertEntities(alert)).toEqual([
      { id: "m1", kind: "Message", caption: messageCaption(message.text) },
      { id: "a1", kind: "Account", caption: "@newbie" },
      { id: "a9", kind: "Account", caption: "@boss" },
    ]);
    expect(alertEntities({ ...alert, linkedAccount: { id: "a1", handle: "@newbie", platform: "x" } }).map((n) => n.id)).toEqual(["m1", "a1"]);
    expect(messageEntities({ ...message, sender: null }).map((n) => n.id)).toEqual(["m1"]);
    expect(accountCaption({ id: "a5", handle: null, platform: null })).toBe("a5");
  });

  it("shortens message captions to one line", () => {
    expect(messageCaption("short\n text")).toBe("short text");
    const long = messageCaption("あ".repeat(50), 10);
    expect([...long]).toHaveLength(10);
    expect(long.endsWith("…")).toBe(true);
  });

  it("lists the strongest evidence first", () => {
    expect(topEvidence(message.evidence, 2).map((e) => e.feature)).toEqual(["受け子", "即日即金"]);
  });

  it("reads the filters and what can be scanned", () => {
    expect(parseLabel("DRUG_SALE")).toBe("DRUG_SALE");
    expect(parseLabel("")).toBeNull();
    expect(parseLabel("NONE")).toBeNull();
    expect(parseMinScore("80", 0.5)).toBe(0.8);
    expect(parseMinScore("150", 0.5)).toBe(1);
    expect(parseMinScore("", 0.5)).toBe(0.5);
    expect(parseMinScore("abc", 0.5)).toBe(0.5);
    expect(scannable("  ")).toBe(false);
    expect(scannable("受け子募集")).toBe(true);
    expect(scannable("x".repeat(10_001))).toBe(false);
  });
});
