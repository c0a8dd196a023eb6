// Validates one row of a canonical file against the schema: typed properties, references, extra columns.
import { identifier, type PropertyType } from "../graph/propertyTypes.js";
import { labels, type PropertySpec } from "../graph/schema.js";
import type { RawRecord } from "./read.js";
import type { FileKind } from "./kinds.js";

export interface FieldError {
  field: string;
  reason: string;
}

export interface ValidRow {
  id: string;
  /** Schema properties (typed) and extra columns (as text). */
  props: Record<string, unknown>;
  /** Reference column -> referenced id, for the references present in the row. */
  refs: Record<string, string>;
}

export type RowResult = { ok: true; row: ValidRow } | { ok: false; errors: FieldError[] };

// Columns that may not arrive as extras: they would overwrite provenance or identity.
const RESERVED = new Set(["id", "importBatch", "sourceFile", "sourceLine", "createdAt", "updatedAt", "placeholder", "referencedBy", "dataset"]);

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** `quantity_g` → `quantityG`; anything not a plain name is refused as an extra column. */
export function extraPropertyName(column: string): string | null {
  const camel = column.trim().replace(/[_\s-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
  return /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(camel) && !RESERVED.has(camel) ? camel : null;
}

export function validateRow(kind: FileKind, record: RawRecord): RowResult {
  const errors: FieldError[] = [];
  const props: Record<string, unknown> = {};
  const refs: Record<string, string> = {};
  const specs = labels[kind.label].properties as Record<string, PropertySpec>;

  for (const [column, prop] of Object.entries(kind.columns)) {
    const spec = specs[prop]!;
    const raw = record[column];
    if (isBlank(raw)) {
      if (spec.required) errors.push({ field: column, reason: "is required" });
      continue;
    }
    const parsed = (spec.type as PropertyType<unknown>).parse(raw);
    if (parsed.ok) props[prop] = parsed.value;
    else errors.push({ field: column, reason: parsed.reason });
  }

  for (const reference of kind.references) {
    const raw = record[reference.column];
    if (isBlank(raw)) {
      if (reference.required) errors.push({ field: reference.column, reason: "is required (the id of the entity it refers to)" });
      continue;
    }
    const parsed = identifier.parse(raw);
    if (parsed.ok) refs[reference.column] = parsed.value;
    else errors.push({ field: reference.column, reason: parsed.reason });
  }

  const known = new Set([...Object.keys(kind.columns), ...kind.references.map((r) => r.column)]);
  for (const [column, value] of Object.entries(record)) {
    if (known.has(column) || isBlank(value)) continue;
    const name = extraPropertyName(column);
    if (name === null || Object.hasOwn(specs, name)) continue; // unusable or shadowing names are ignored
    props[name] = typeof value === "object" ? JSON.stringify(value) : String(value);
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, row: { id: props.id as string, props, refs } };
}
