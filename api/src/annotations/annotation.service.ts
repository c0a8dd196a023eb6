import { randomUUID } from "node:crypto";
import { AriadneError, badInput, notFound } from "../../../graph/errors.js";
import { rows, type Gateway } from "../../../graph/gateway.js";
import { hasRole } from "../auth/roles.js";
import type { CurrentUser } from "../context.js";
import type { Annotation, AnnotationVersion } from "./annotation.type.js";

export const MAX_BODY = 10_000;
export const MAX_TAGS = 20;
export const MAX_TAG = 50;

// Earlier versions are kept on the annotation itself, as JSON texts in `history` (oldest first): one node
// per note, written in one transaction with the change.
interface Stored {
  id: string;
  body: string;
  tags?: string[] | null;
  author: string;
  createdAt: string;
  updatedAt?: string | null;
  updatedBy?: string | null;
  version?: number | null;
  deleted?: boolean | null;
  deletedAt?: string | null;
  deletedBy?: string | null;
  history?: string[] | null;
}

export function checkBody(body: string): string {
  const trimmed = body.normalize("NFC").trim();
  if (!trimmed) throw badInput("body", "must not be empty");
  if (trimmed.length > MAX_BODY) throw badInput("body", `at most ${MAX_BODY} characters`);
  return trimmed;
}

export function checkTags(tags: readonly string[] | null | undefined): string[] {
  const out = [...new Set((tags ?? []).map((t) => t.normalize("NFC").trim()))];
  if (out.length > MAX_TAGS) throw badInput("tags", `at most ${MAX_TAGS} tags`);
  for (const t of out) if (!t || t.length > MAX_TAG) throw badInput("tags", `each tag is 1 to ${MAX_TAG} characters`);
  return out;
}

function toAnnotation(a: Stored, targetId: string): Annotation {
  return {
    id: a.id,
    targetId,
    body: a.body,
    tags: a.tags ?? [],
    author: a.author,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt ?? null,
    updatedBy: a.updatedBy ?? null,
    version: a.version ?? 1,
    deleted: a.deleted === true,
    deletedAt: a.deletedAt ?? null,
    deletedBy: a.deletedBy ?? null,
    history: (a.history ?? []).map((h) => JSON.parse(h) as AnnotationVersion),
  };
}

const RETURN = "RETURN properties(a) AS a, t.id AS targetId";

export async function annotate(gateway: Gateway, user: CurrentUser, targetId: string, body: string, tags: string[] | null): Promise<Annotation> {
  const [row] = await gateway.mutate<{ a: Stored; targetId: string }>(
    `MATCH (t:Entity {id: $targetId})
     CREATE (a:Annotation {id: $id, body: $body, tags: $tags, author: $user, createdAt: datetime(), version: 1, deleted: false, history: []})-[:ANNOTATES]->(t)
     ${RETURN}`,
    { targetId, id: `annotation:${randomUUID()}`, body: checkBody(body), tags: checkTags(tags), user: user.username },
    { app: "graphql:annotate", user: user.username },
  );
  if (!row) throw notFound(`Entity ${JSON.stringify(targetId)}`);
  return toAnnotation(row.a, row.targetId);
}

/**
 * Changes an annotation in one write transaction: read it, check the caller is its author or a
 * SUPERVISOR or higher, then write only if nobody changed it meanwhile (its version is unchanged).
 */
async function change(
  gateway: Gateway,
  user: CurrentUser,
  id: string,
  operation: "updateAnnotation" | "deleteAnnotation",
  write: string,
  params: Record<string, unknown>,
): Promise<Annotation> {
  return gateway.write(
    async (tx) => {
      const [current] = rows<{ a: Stored; targetId: string }>(await tx.run(`MATCH (a:Annotation {id: $id})-[:ANNOTATES]->(t) ${RETURN}`, { id }));
      if (!current) throw notFound(`Annotation ${JSON.stringify(id)}`);
      const a = current.a;
      if (a.author !== user.username && !hasRole(user.role, "SUPERVISOR")) {
        throw new AriadneError("FORBIDDEN", `Only its author (${a.author}) or a SUPERVISOR may change this annotation.`);
      }
      if (a.deleted) throw new AriadneError("CONFLICT", "This annotation has been deleted.");
      const previous: AnnotationVersion = {
        version: a.version ?? 1,
        body: a.body,
        tags: a.tags ?? [],
        writtenBy: a.updatedBy ?? a.author,
        writtenAt: a.updatedAt ?? a.createdAt,
      };
      const [row] = rows<{ a: Stored; targetId: string }>(
        await tx.run(
          `MATCH (a:Annotation {id: $id})-[:ANNOTATES]->(t)
           WHERE coalesce(a.version, 1) = $version AND NOT coalesce(a.deleted, false)
           ${write}
           ${RETURN}`,
          { ...params, id, version: previous.version, previous: JSON.stringify(previous), user: user.username },
        ),
      );
      if (!row) throw new AriadneError("CONFLICT", "Someone changed this annotation at the same time; reload it and try again.");
      return toAnnotation(row.a, row.targetId);
    },
    { app: `graphql:${operation}`, user: user.username },
  );
}

export function updateAnnotation(gateway: Gateway, user: CurrentUser, id: string, body: string | null, tags: string[] | null): Promise<Annotation> {
  if (body === null && tags === null) throw badInput("body", "give a new body or new tags");
  return change(
    gateway,
    user,
    id,
    "updateAnnotation",
    `SET a.history = coalesce(a.history, []) + $previous, a.body = coalesce($body, a.body), a.tags = coalesce($tags, a.tags),
         a.version = coalesce(a.version, 1) + 1, a.updatedAt = datetime(), a.updatedBy = $user`,
    { body: body === null ? null : checkBody(body), tags: tags === null ? null : checkTags(tags) },
  );
}

export function deleteAnnotation(gateway: Gateway, user: CurrentUser, id: string): Promise<Annotation> {
  return change(gateway, user, id, "deleteAnnotation", "SET a.deleted = true, a.deletedAt = datetime(), a.deletedBy = $user, a.updatedAt = datetime()", {});
}

export async function annotationsOf(gateway: Gateway, targetId: string, includeDeleted: boolean): Promise<Annotation[]> {
  const found = await gateway.query<{ a: Stored; targetId: string }>(
    `MATCH (t:Entity {id: $targetId})<-[:ANNOTATES]-(a:Annotation)
     WHERE $includeDeleted OR NOT coalesce(a.deleted, false)
     ${RETURN}
     ORDER BY a.createdAt DESC, a.id`,
    { targetId, includeDeleted },
    { app: "graphql:annotations" },
  );
  return found.map((r) => toAnnotation(r.a, r.targetId));
}
