// Pure parts of the workspace's panels: search list state, shortcuts, timeline, notes, value formatting.
import { describe, expect, it } from "vitest";
import { canAnnotate, canModify, parseTags } from "../../web/src/features/annotations/permissions";
import { closeList, closedList, moveActive, pointAt, searchable, showResults } from "../../web/src/features/search/searchState";
import { isTextField, shortcutFor } from "../../web/src/features/shortcuts/shortcuts";
import type { KeyPress } from "../../web/src/features/shortcuts/shortcuts";
import { appendPage, groupByDay, otherParticipants } from "../../web/src/features/timeline/timeline";
import type { TimelineEvent } from "../../web/src/features/timeline/timeline.query";
import { dayOf, formatAmount, formatCountry, formatDate, formatDateTime, formatNumber } from "../../web/src/i18n/format";
import { propertyKey } from "../../web/src/i18n/keys";
import { isListedProperty, listedPropertyNames, valueStyle } from "../../web/src/schema/styling";

describe("search list", () => {
  it("searches from two characters, or one CJK character", () => {
    expect(searchable("a")).toBe(false);
    expect(searchable(" ab ")).toBe(true);
    expect(searchable("狐")).toBe(true);
    expect(searchable("ア")).toBe(true);
    expect(searchable("  ")).toBe(false);
  });

  it("opens on the first result and wraps round with the arrow keys", () => {
    let s = showResults(3)(closedList);
    expect(s).toEqual({ open: true, active: 0 });
    s = moveActive(-1, 3)(s);
    expect(s.active).toBe(2);
    s = moveActive(1, 3)(s);
    expect(s.active).toBe(0);
    expect(moveActive(1, 0)(s)).toEqual({ open: true, active: -1 });
    expect(moveActive(-1, 3)(closeList()(s))).toEqual({ open: true, active: 2 });
    expect(showResults(0)(closedList)).toEqual({ open: true, active: -1 });
    expect(pointAt(1)(s).active).toBe(1);
    expect(closeList()(closedList)).toBe(closedList);
  });
});

describe("keyboard shortcuts", () => {
  const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, inTextField: false, defaultPrevented: false, ...extra });

  it("maps keys to actions, not while typing, not with modifiers", () => {
    expect(shortcutFor(press("/"))).toBe("focusSearch");
    expect(shortcutFor(press("e"))).toBe("expand");
    expect(shortcutFor(press("E"))).toBe("expand");
    expect(shortcutFor(press("Delete"))).toBe("remove");
    expect(shortcutFor(press("?"))).toBe("help");
    expect(shortcutFor(press("x"))).toBeNull();
    expect(shortcutFor(press("e", { inTextField: true }))).toBeNull();
    expect(shortcutFor(press("Escape", { inTextField: true }))).toBe("closePanel");
    expect(shortcutFor(press("e", { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press("Escape", { defaultPrevented: true }))).toBeNull();
  });

  it("tells text fields from other controls", () => {
    const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, isContentEditable: false, closest: () => null, ...extra }) as unknown as EventTarget;
    expect(isTextField(el("INPUT", { type: "search" }))).toBe(true);
    expect(isTextField(el("INPUT", { type: "checkbox" }))).toBe(false);
    expect(isTextField(el("TEXTAREA"))).toBe(true);
    expect(isTextField(el("BUTTON"))).toBe(false);
    expect(isTextField(el("DIV", { isContentEditable: true }))).toBe(true);
    expect(isTextField(null)).toBe(false);
  });
});

const event = (id: string, at: string, participants: TimelineEvent["participants"] = []): TimelineEvent => ({
  id,
  kind: "Message",
  at,
  caption: id,
  summary: id,
  amount: null,
  currency: null,
  participants,
  cursor: id,
});

describe("timeline", () => {
  it("groups events by day in the reader's time zone, keeping their order", () => {
    const events = [event("m1", "2024-06-28T13:00:00Z"), event("m2", "2024-06-28T16:00:00Z"), event("m3", "2024-06-29T01:00:00Z")];
    const utc = groupByDay(events, "en", "UTC");
    expect(utc.map((d) => [d.key, d.events.map((e) => e.id)])).toEqual([
      ["2024-06-28", ["m1", "m2"]],
      ["2024-06-29", ["m3"]],
    ]);
    // In Tokyo (UTC+9) 16:00Z is already the next day.
    const tokyo = groupByDay(events, "ja", "Asia/Tokyo");
    expect(tokyo.map((d) => [d.key, d.events.map((e) => e.id)])).toEqual([
      ["2024-06-28", ["m1"]],
      ["2024-06-29", ["m2", "m3"]],
    ]);
    expect(tokyo[0]!.label).toContain("2024年6月28日");
  });

  it("appends pages without repeating events and lists the other parties", () => {
    const page1 = [event("a", "2024-01-01T00:00:00Z"), event("b", "2024-01-02T00:00:00Z")];
    expect(appendPage(page1, [event("b", "2024-01-02T00:00:00Z"), event("c", "2024-01-03T00:00:00Z")]).map((e) => e.id)).toEqual(["a", "b", "c"]);
    const e = event("p", "2024-01-01T00:00:00Z", [
      { id: "P1", kind: "Person", caption: "Ken", role: "PAID" },
      { id: "P2", kind: "Person", caption: "Aya", role: "PAID_TO" },
    ]);
    expect(otherParticipants(e, ["P1"]).map((p) => p.id)).toEqual(["P2"]);
  });
});

describe("notes", () => {
  const investigator = { username: "ken", role: "INVESTIGATOR" as const };
  const supervisor = { username: "boss", role: "SUPERVISOR" as const };

  it("lets every role write, and the author or a supervisor change a note", () => {
    expect(canAnnotate(investigator)).toBe(true);
    expect(canModify(investigator, { author: "ken" })).toBe(true);
    expect(canModify(investigator, { author: "aya" })).toBe(false);
    expect(canModify(supervisor, { author: "aya" })).toBe(true);
    expect(canModify({ username: "root", role: "ADMIN" }, { author: "aya" })).toBe(true);
    expect(canModify({ username: "ana", role: "ANALYST" }, { author: "aya" })).toBe(false);
  });

  it("reads tags as typed, in English or Japanese punctuation", () => {
    expect(parseTags("courier, tokyo  #cash")).toEqual(["courier", "tokyo", "cash"]);
    expect(parseTags("運び屋、東京、運び屋")).toEqual(["運び屋", "東京"]);
    expect(parseTags("  ")).toEqual([]);
  });
});

describe("values in the reader's language", () => {
  it("formats dates, numbers, money and countries", () => {
    expect(formatDateTime("2024-08-16T04:00:00Z", "en", "UTC")).toBe("Aug 16, 2024, 4:00 AM");
    expect(formatDateTime("2024-08-16T04:00:00Z", "ja", "Asia/Tokyo")).toBe("2024/08/16 13:00");
    expect(formatDateTime("garbage", "en")).toBe("garbage");
    expect(formatDate("1990-02-03", "en")).toBe("Feb 3, 1990");
    expect(formatNumber("1234.5", "en")).toBe("1,234.5");
    expect(formatNumber("n/a", "en")).toBe("n/a");
    expect(formatAmount(1200000, "JPY", "ja")).toBe("￥1,200,000");
    expect(formatAmount(0.5, "BTC", "en")).toBe("0.5 BTC");
    expect(formatAmount(12, "USDT", "en")).toBe("12 USDT");
    expect(formatAmount(12, null, "en")).toBe("12");
    expect(formatCountry("jp", "ja")).toBe("日本 (JP)");
    expect(formatCountry("JP", "en")).toBe("Japan (JP)");
    expect(formatCountry("??", "en")).toBe("??");
    expect(dayOf("2024-06-28T16:00:00Z", "en", "UTC").key).toBe("2024-06-28");
  });

  it("reads a property's presentation from the schema and translates its name", () => {
    expect(valueStyle("Payment", "paidAt")).toBe("datetime");
    expect(valueStyle("Person", "birthDate")).toBe("date");
    expect(valueStyle("Person", "aliases")).toBe("list");
    expect(valueStyle("Person", "nationality")).toBe("country");
    expect(valueStyle("Payment", "amount")).toBe("number");
    expect(valueStyle("Message", "text")).toBe("longText");
    expect(valueStyle("Shipment", "seized")).toBe("boolean");
    expect(valueStyle("Martian", "name")).toBe("plain");
    expect(isListedProperty("sourceFile")).toBe(false);
    expect(isListedProperty("id")).toBe(false);
    expect(listedPropertyNames()).toContain("handle");
    expect(propertyKey("handle")).toBe("property.handle");
    expect(propertyKey("somethingNew")).toBeNull();
  });
});
