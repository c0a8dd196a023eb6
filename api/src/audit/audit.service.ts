import { randomUUID } from "node:crypto";
import type { Gateway } from "../../../graph/gateway.js";
import { int } from "../../../graph/gateway.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import type { AuditEvent } from "./audit.type.js";

export interface AuditEntry {
  user: string;
  operation: string;
  targets: string[];
  outcome: string;
  requestId: string;
}

export async function writeAudit(gateway: Gateway, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await gateway.mutate(
    `UNWIND $entries AS e
     CREATE (:AuditEvent {id: e.id, at: datetime(), user: e.user, operation: e.operation, targets: e.targets, outcome: e.outcome, requestId: e.requestId})`,
    { entries: entries.map((e) => ({ ...e, id: randomUUID() })) },
    { app: "audit" },
  );
}

export async function readAuditLog(
  gateway: Gateway,
  args: { user?: string | null; since?: string | null; until?: string | null; first: number; after?: string | null },
): Promise<AuditEvent[]> {
  const after = args.after ? decodeCursor("after", args.after, ["string", "string"]) : null;
  const rows = await gateway.query<Omit<AuditEvent, "cursor">>(
    `MATCH (e:AuditEvent)
     WHERE ($user IS NULL OR e.user = $user)
       AND ($since IS NULL OR e.at >= datetime($since))
       AND ($until IS NULL OR e.at < datetime($until))
       AND ($afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId))
     RETURN e.id AS id, e.at AS at, e.user AS user, e.operation AS operation, coalesce(e.targets, []) AS targets, e.outcome AS outcome
     ORDER BY e.at DESC, e.id DESC
     LIMIT $first`,
    {
      user: args.user ?? null,
      since: args.since ?? null,
      until: args.until ?? null,
      afterAt: after?.[0] ?? null,
      afterId: after?.[1] ?? null,
      first: int(args.first),
    },
    { app: "graphql:auditLog" },
  );
  return rows.map((r) => ({ ...r, cursor: encodeCursor([r.at, r.id]) }));
}
