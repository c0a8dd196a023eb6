// Translation keys built at run time from the domain schema and the language list. The i18n checker (web/scripts/i18n-check.ts)
// counts these as used, so every schema label and relationship type must have a translation in every locale.
import { NODE_LABELS, RELATIONSHIP_TYPES, asKind, isRelationshipType } from "../schema/styling";
import type { Kind, RelationshipType } from "../schema/styling";
import { ENTITY_LABEL, ROLES, listedPropertyNames } from "../schema/styling";
import type { Role } from "../schema/styling";
import { LANGUAGES } from "./languages";
import type { Language } from "./languages";
import type en from "../locales/en.json";

export type KindKey = `kind.${Kind}` | "kind.unknown";
export type RelationshipKey = `relationship.${RelationshipType}` | "relationship.unknown";

export type RoleKey = `role.${Role}`;
export type PropertyKey = `property.${keyof (typeof en)["property"]}`;

const LISTED_PROPERTIES = new Set(listedPropertyNames());

/** The translated name of an entity property, or null for one the schema does not list (shown as is). */
export function propertyKey(key: string): PropertyKey | null {
  return LISTED_PROPERTIES.has(key) ? (`property.${key}` as PropertyKey) : null;
}

export function roleKey(role: Role): RoleKey {
  return `role.${role}`;
}

export function languageKey(language: Language): `language.${Language}` {
  return `language.${language}`;
}

export function kindKey(kind: string): KindKey {
  const k = asKind(kind);
  return k ? `kind.${k}` : "kind.unknown";
}

export function relationshipKey(type: string): RelationshipKey {
  return isRelationshipType(type) ? `relationship.${type}` : "relationship.unknown";
}

/** Every key the functions above can return. */
export function dynamicKeys(): string[] {
  return [
    ...LANGUAGES.map((l) => `language.${l}`),
    ...[...NODE_LABELS, ENTITY_LABEL].map((k) => `kind.${k}`),
    "kind.unknown",
    ...RELATIONSHIP_TYPES.map((r) => `relationship.${r}`),
    "relationship.unknown",
    ...ROLES.map((r) => `role.${r}`),
    ...listedPropertyNames().map((p) => `property.${p}`),
  ];
}
