// How the web client styles domain kinds. Colours come from the one domain schema (graph/schema.ts); nothing
// about labels or relationship types is declared again here.
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, isNodeLabel, isRelationshipType, labels } from "../../../graph/schema";
import type { NodeLabel, RelationshipType } from "../../../graph/schema";

export { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, isNodeLabel, isRelationshipType };
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
