// Checks shared by the link-analysis operations. Names that end up in Cypher text (labels, relationship
// types) are only ever taken from graph/schema.ts after a client's string has been checked against it;
// everything else travels as a parameter.
import { AriadneError, badInput } from "../../../graph/errors.js";
import type { Gateway } from "../../../graph/gateway.js";
import {
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  isNodeLabel,
  NODE_LABELS,
  isRelationshipType,
  labels,
  relationships,
  type NodeLabel,
  type RelationshipType,
} from "../../../graph/schema.js";

/**
 * Relationship types a traversal may follow: those between domain entities. Types that touch system nodes
 * (annotations, alerts…) are left out, so paths, neighbourhoods and degrees stay among entities.
 */
export const TRAVERSABLE_TYPES: RelationshipType[] = RELATIONSHIP_TYPES.filter((t) => {
  const spec = relationships[t];
  const ends = [spec.from, spec.to].flatMap((end) => (end === "any" ? [] : [...end]));
  return t !== "ANNOTATES" && ends.every((label) => labels[label].entity);
});

/**
 * Nodes that stand for one event in time (reified messages, payments, shipments, arrests) and the property
 * holding its time. Timelines and time-respecting paths are built on these.
 */
export const EVENT_TIME: Readonly<Partial<Record<NodeLabel, string>>> = {
  Message: "sentAt",
  Payment: "paidAt",
  Shipment: "shippedAt",
  Arrest: "arrestedAt",
};
export const EVENT_KINDS = Object.keys(EVENT_TIME) as NodeLabel[];

/** Cypher expression for the time of an event node `v` (null for other nodes). Text from constants only. */
export function eventTimeExpr(v: string): string {
  return `CASE ${EVENT_KINDS.map((k) => `WHEN ${v}:${k} THEN ${v}.${EVENT_TIME[k]}`).join(" ")} END`;
}

// Property names that end up in Cypher text: schema identifiers only (never from clients), checked anyway.
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function projection(v: string, keys: Iterable<string>): string {
  const list = [...new Set(keys)];
  for (const k of list) if (!IDENT.test(k)) throw new Error(`schema property name ${JSON.stringify(k)} cannot be projected`);
  return `${v} { ${list.map((k) => `.${k}`).join(", ")} }`;
}

/**
 * The node properties a GraphNode / EntityRef needs: id, placeholder, every label's caption properties and
 * the event times (time-respecting paths read them). Far cheaper than properties(n) on texts and DateTimes.
 */
export const NODE_PROPS: readonly string[] = [
  ...new Set(["id", "placeholder", ...NODE_LABELS.flatMap((l) => labels[l].caption as readonly string[]), ...Object.values(EVENT_TIME) as string[]]),
];
/** Cypher map projection of `v` to NODE_PROPS, e.g. `n { .id, .placeholder, .name, … }`. */
export const nodeProps = (v: string): string => projection(v, NODE_PROPS);

/** The relationship properties a GraphEdge needs: every type's time and weight property. */
export const REL_PROPS: readonly string[] = [
  ...new Set(
    RELATIONSHIP_TYPES.flatMap((t) => {
      const spec = relationships[t] as { timeProperty?: string; weightProperty?: string };
      return [spec.timeProperty, spec.weightProperty].filter((k): k is string => typeof k === "string");
    }),
  ),
];
/** Cypher map projection of relationship `r` to REL_PROPS, e.g. `r { .at, .amount, .weight }`. */
export const relProps = (r: string): string => projection(r, REL_PROPS);

/** Checks entity kinds (node labels) from a client; null or empty means "all". */
export function checkKinds(argument: string, kinds: readonly string[] | null | undefined): NodeLabel[] | null {
  if (!kinds || kinds.length === 0) return null;
  if (kinds.length > ENTITY_LABELS.length) throw badInput(argument, `at most ${ENTITY_LABELS.length} kinds`);
  for (const k of kinds) {
    if (!isNodeLabel(k) || !labels[k].entity) {
      throw badInput(argument, `unknown kind ${JSON.stringify(k.slice(0, 60))}; use one of ${ENTITY_LABELS.join(", ")}`);
    }
  }
  return [...new Set(kinds as NodeLabel[])];
}

/** Checks relationship types from a client; null or empty means every traversable type. */
export function checkRelTypes(argument: string, relTypes: readonly string[] | null | undefined): RelationshipType[] {
  if (!relTypes || relTypes.length === 0) return TRAVERSABLE_TYPES;
  if (relTypes.length > TRAVERSABLE_TYPES.length) throw badInput(argument, `at most ${TRAVERSABLE_TYPES.length} types`);
  for (const t of relTypes) {
    if (!isRelationshipType(t) || !TRAVERSABLE_TYPES.includes(t)) {
      throw badInput(argument, `unknown relationship type ${JSON.stringify(t.slice(0, 60))}; use one of ${TRAVERSABLE_TYPES.join(", ")}`);
    }
  }
  return [...new Set(relTypes as RelationshipType[])];
}

/** `:A|B|C` for a pattern; the names come from the checked lists above. */
export const typeAlternation = (types: readonly RelationshipType[]) => types.join("|");
export const labelAlternation = (kinds: readonly NodeLabel[]) => kinds.join("|");

export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(argument, `must be between ${min} and ${max}`);
  return value;
}

export function checkIds(argument: string, ids: readonly string[], min: number, max: number): string[] {
  const unique = [...new Set(ids)];
  if (unique.length < min) throw badInput(argument, min === 1 ? "give at least one id" : `give at least ${min} different ids`);
  if (unique.length > max) throw badInput(argument, `at most ${max} ids`);
  for (const id of unique) if (id.length === 0 || id.length > 200) throw badInput(argument, "ids are 1 to 200 characters");
  return unique;
}

export function checkWindow(since: string | null | undefined, until: string | null | undefined): { since: string | null; until: string | null } {
  if (since && until && Date.parse(since) >= Date.parse(until)) throw badInput("until", "must be after since");
  return { since: since ?? null, until: until ?? null };
}

/** Throws NOT_FOUND naming the first id that is not an entity. */
export async function requireEntities(gateway: Gateway, ids: readonly string[], app: string): Promise<void> {
  const [row] = await gateway.query<{ missing: string[] }>(
    "UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing",
    { ids },
    { app },
  );
  throwIfMissing(row?.missing ?? []);
}

/** Throws NOT_FOUND naming the first of the given missing ids (none: does nothing). */
export function throwIfMissing(missing: readonly string[]): void {
  if (missing.length > 0) throw new AriadneError("NOT_FOUND", `No entity with id ${JSON.stringify(missing[0])}`, { ids: missing.slice(0, 20) });
}

export { decodeCursor, encodeCursor } from "../cursor.js";

/** Milliseconds since the epoch of an ISO string, or null. */
export const ms = (iso: unknown): number | null => (typeof iso === "string" ? Date.parse(iso) : null);
