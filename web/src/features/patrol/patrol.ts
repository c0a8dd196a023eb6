// The patrol panel's state as pure functions: paging, identifier highlighting, score bars, what an alert puts
// on the canvas. Unit-tested in test/unit/web-patrol.test.ts.
import type { ApiNode } from "../graph/types";
import type { AccountRef, FlaggedMessage, PatrolLabel, PatrolResult, WatchlistAlert } from "./patrol.query";

/** Appends a page, skipping items already listed (a page boundary can repeat one). */
export function appendById<T extends { id: string }>(items: readonly T[], page: readonly T[]): T[] {
  const seen = new Set(items.map((i) => i.id));
  return [...items, ...page.filter((i) => !seen.has(i.id))];
}

/** A full last page means there may be more. */
export function mayHaveMore(lastPageLength: number, pageSize: number): boolean {
  return lastPageLength >= pageSize;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits a text around every occurrence of the identifiers (case-insensitive), for highlighting. */
export function highlightParts(text: string, identifiers: readonly string[]): TextPart[] {
  const needles = identifiers.map((i) => i.trim()).filter((i) => i.length > 0);
  if (needles.length === 0 || text.length === 0) return text ? [{ text, match: false }] : [];
  const escaped = needles.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(${escaped.join("|")})`, "giu");
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: m[0], match: true });
    at = start + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** The three labels in a fixed order (so bars stay in place from one scan to the next), with their scores. */
export const LABEL_ORDER: readonly PatrolLabel[] = ["DRUG_SALE", "RECRUITMENT", "NONE"];

export function scoreBars(result: Pick<PatrolResult, "scores">): Array<{ label: PatrolLabel; score: number; percent: number }> {
  return LABEL_ORDER.map((label) => {
    const score = result.scores.find((s) => s.label === label)?.score ?? 0;
    const clamped = Math.min(1, Math.max(0, score));
    return { label, score: clamped, percent: Math.round(clamped * 100) };
  });
}

/** A short caption for a message node (the text's first characters, on one line). */
export function messageCaption(text: string, max = 32): string {
  const line = text.replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join("")}…`;
}

export function accountCaption(account: AccountRef): string {
  return account.handle ?? account.id;
}

/** What "put on the canvas" adds for an alert: the post, its sender and the already-known account. */
export function alertEntities(alert: Pick<WatchlistAlert, "message" | "linkedAccount">): ApiNode[] {
  return messageEntities(alert.message, alert.linkedAccount);
}

/** A flagged post and its sender (and another account, for an alert). */
export function messageEntities(message: Pick<FlaggedMessage, "id" | "text" | "sender">, other?: AccountRef | null): ApiNode[] {
  const nodes: ApiNode[] = [{ id: message.id, kind: "Message", caption: messageCaption(message.text) }];
  const accounts = [message.sender, other].filter((a): a is AccountRef => a != null);
  for (const a of accounts) if (!nodes.some((n) => n.id === a.id)) nodes.push({ id: a.id, kind: "Account", caption: accountCaption(a) });
  return nodes;
}

/** Evidence that raised the score, strongest first, at most `max`. */
export function topEvidence(evidence: FlaggedMessage["evidence"], max = 5): FlaggedMessage["evidence"] {
  return [...evidence].sort((a, b) => b.weight - a.weight).slice(0, max);
}

export interface FlaggedFilter {
  label: PatrolLabel | null;
  /** 0 to 1. */
  minScore: number;
}

export const DEFAULT_FILTER: FlaggedFilter = { label: null, minScore: 0.5 };

/** Reads the label select's value ("" = both). */
export function parseLabel(value: string): PatrolLabel | null {
  return value === "DRUG_SALE" || value === "RECRUITMENT" ? value : null;
}

/** Reads a minimum score typed as a percentage (0–100) into 0–1; anything else keeps `fallback`. */
export function parseMinScore(value: string, fallback: number): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) return fallback;
  return Math.min(1, Math.max(0, n / 100));
}

/** A scan needs some text (and the API takes at most 10,000 characters). */
export const SCAN_MAX = 10_000;
export function scannable(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= SCAN_MAX;
}
