import { badInput } from "../../../graph/errors.js";
import { int, type Gateway } from "../../../graph/gateway.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import type { FlaggedMessage, PatrolEvidence, PatrolLabelValue, PatrolResult, WatchlistAlert } from "./patrol.type.js";

export async function scanText(text: string, lang?: string | null): Promise<PatrolResult> {
  const { scorePost, loadShippedModel } = await import("../../../patrol/model.js");
  const result = scorePost(text, lang ?? undefined);
  return { label: result.label, scores: result.scores, evidence: result.evidence, model: loadShippedModel().version };
}

function parseEvidence(json: unknown): PatrolEvidence[] {
  if (typeof json !== "string") return [];
  try {
    return JSON.parse(json) as PatrolEvidence[];
  } catch {
    return [];
  }
}

const MESSAGE_PROJECTION = `{ id: m.id, text: m.text, sentAt: m.sentAt, platform: m.platform, lang: m.lang, label: m.patrolLabel,
  score: m.patrolScore, evidence: m.patrolEvidence,
  sender: head([(sender:Account)-[:SENT]->(m) | { id: sender.id, handle: sender.handle, platform: sender.platform }]),
  identifiers: [(m)-[:MENTIONS]->(i:Identifier) | i.value] }`;

type RawMessage = Omit<FlaggedMessage, "evidence" | "cursor"> & { evidence: unknown };

function toFlagged(m: RawMessage): FlaggedMessage {
  return { ...m, evidence: parseEvidence(m.evidence), cursor: encodeCursor([m.score, m.id]) };
}

/** Flagged messages, highest score first. NONE is never "flagged". */
export async function flaggedMessages(
  gateway: Gateway,
  args: { label?: PatrolLabelValue | null; minScore?: number | null; since?: string | null; until?: string | null; first: number; after?: string | null },
): Promise<FlaggedMessage[]> {
  if (args.label === "NONE") throw badInput("label", "NONE is not a flag; use DRUG_SALE or RECRUITMENT");
  if (args.minScore != null && (args.minScore < 0 || args.minScore > 1)) throw badInput("minScore", "must be between 0 and 1");
  const after = args.after ? decodeCursor("after", args.after, ["number", "string"]) : null;
  const rows = await gateway.query<{ m: RawMessage }>(
    `MATCH (m:Message)
     WHERE m.patrolLabel IN $labels
       AND m.patrolScore >= $minScore
       AND ($since IS NULL OR m.sentAt >= datetime($since))
       AND ($until IS NULL OR m.sentAt < datetime($until))
       AND ($afterScore IS NULL OR m.patrolScore < $afterScore OR (m.patrolScore = $afterScore AND m.id > $afterId))
     WITH m ORDER BY m.patrolScore DESC, m.id LIMIT $first
     RETURN ${MESSAGE_PROJECTION} AS m`,
    {
      labels: args.label ? [args.label] : ["DRUG_SALE", "RECRUITMENT"],
      minScore: args.minScore ?? 0,
      since: args.since ?? null,
      until: args.until ?? null,
      afterScore: after?.[0] ?? null,
      afterId: after?.[1] ?? null,
      first: int(args.first),
    },
    { app: "graphql:flaggedMessages" },
  );
  return rows.map((r) => toFlagged(r.m));
}

export async function alerts(gateway: Gateway, args: { first: number; after?: string | null }): Promise<WatchlistAlert[]> {
  const after = args.after ? decodeCursor("after", args.after, ["string", "string"]) : null;
  const rows = await gateway.query<{ a: Omit<WatchlistAlert, "message" | "cursor"> & { message: RawMessage } }>(
    `MATCH (a:Alert)-[:ABOUT]->(m:Message), (a)-[:LINKS_TO]->(x:Account)
     WHERE $afterAt IS NULL OR a.createdAt < datetime($afterAt) OR (a.createdAt = datetime($afterAt) AND a.id > $afterId)
     WITH a, m, x ORDER BY a.createdAt DESC, a.id LIMIT $first
     RETURN { id: a.id, createdAt: a.createdAt, identifier: a.identifier, reason: a.reason,
              linkedAccount: { id: x.id, handle: x.handle, platform: x.platform },
              message: ${MESSAGE_PROJECTION} } AS a`,
    { afterAt: (after?.[0] as string | undefined) ?? null, afterId: after?.[1] ?? null, first: int(args.first) },
    { app: "graphql:alerts" },
  );
  return rows.map(({ a }) => ({ ...a, message: toFlagged(a.message), cursor: encodeCursor([a.createdAt, a.id]) }));
}
