// How the web client styles domain kinds. Colours come from the one domain schema (graph/schema.ts); nothing
// about labels or relationship types is declared again here.
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, ROLES, isNodeLabel, isRelationshipType, labels } from "../../../graph/schema";
import type { NodeLabel, RelationshipType } from "../../../graph/schema";

export { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, ROLES, isNodeLabel, isRelationshipType };

/** A user's role (INVESTIGATOR < ANALYST < SUPERVISOR < ADMIN), from the one schema. */
export type Role = (typeof ROLES)[number];
export type { NodeLabel, RelationshipType };

/** A node kind as the API reports it: a schema label, or "Entity" when a node carries no more specific one. */
export type Kind = NodeLabel | typeof ENTITY_LABEL;

/** Colour of nodes whose kind the schema does not know (an older or newer server). Neutral, not a kind colour. */
export const UNKNOWN_KIND_COLOUR = "#9e9e9e";

export function asKind(kind: string): Kind | undefined {
  if (isNodeLabel(kind)) return kind;
  return kind === ENTITY_LABEL ? ENTITY_LABEL : undefined;
}

export function kindColour(kind: string): string {
  return isNodeLabel(kind) ? labels[kind].colour : UNKNOWN_KIND_COLOUR;
}

/** Mixes a #rrggbb colour with another one; t = 0 keeps `colour`, t = 1 gives `other`. */
export function mixColours(colour: string, other: string, t: number): string {
  const a = parseHex(colour);
  const b = parseHex(other);
  if (!a || !b) return colour;
  const ch = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * t).toString(16).padStart(2, "0");
  return `#${ch(0)}${ch(1)}${ch(2)}`;
}

function parseHex(colour: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return undefined;
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Properties every imported entity carries about where it came from; the panel shows them as provenance. */
export const PROVENANCE_PROPERTIES = ["importBatch", "sourceFile", "sourceLine", "createdAt", "updatedAt", "placeholder"] as const;
const NOT_LISTED = new Set<string>(["id", ...PROVENANCE_PROPERTIES]);

/** How a property's value reads best, from its schema type. */
export type ValueStyle = "datetime" | "date" | "boolean" | "number" | "country" | "list" | "json" | "longText" | "plain";

export function valueStyle(kind: string, key: string): ValueStyle {
  if (!isNodeLabel(kind)) return "plain";
  const props = labels[kind].properties as Record<string, { type: { name: string; storage: string } } | undefined>;
  const type = props[key]?.type;
  if (!type) return "plain";
  if (type.name === "country") return "country";
  if (type.name === "text") return "longText";
  switch (type.storage) {
    case "datetime":
      return "datetime";
    case "date":
      return "date";
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "stringList":
      return "list";
    case "json":
      return "json";
    default:
      return "plain";
  }
}

/** Properties the entity panel lists (with a translated name): those of domain entities, id and provenance aside. */
export function listedPropertyNames(): string[] {
  const names = new Set<string>();
  for (const label of NODE_LABELS) {
    if (!labels[label].entity) continue;
    for (const key of Object.keys(labels[label].properties)) if (!NOT_LISTED.has(key)) names.add(key);
  }
  return [...names].sort();
}

export function isListedProperty(key: string): boolean {
  return !NOT_LISTED.has(key);
}
