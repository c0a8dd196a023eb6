// The canonical file kinds (a contract: other tools write these files). Each maps its columns to the
// schema's properties and its reference columns to relationships; validation uses the schema's types.
import fs from "node:fs";
import path from "node:path";
import { labels, type NodeLabel, type RelationshipType } from "../graph/schema.js";

export interface ReferenceSpec {
  /** Column holding the other entity's id. */
  column: string;
  relationship: RelationshipType;
  /** "out": (this)-[rel]->(other); "in": (other)-[rel]->(this). */
  direction: "out" | "in";
  /** Label given to a placeholder when the id is not declared yet; null when any kind may be referred to. */
  targetLabel: NodeLabel | null;
  required: boolean;
}

export interface FileKind {
  name: string;
  label: NodeLabel;
  /** column -> schema property of the label */
  columns: Record<string, string>;
  references: ReferenceSpec[];
  /** Property of this node copied onto its relationships as `at` (event time) and `amount`. */
  relTime?: string;
  relAmount?: string;
}

const ref = (column: string, relationship: RelationshipType, direction: "out" | "in", targetLabel: NodeLabel | null, required = false): ReferenceSpec => ({
  column,
  relationship,
  direction,
  targetLabel,
  required,
});

// Import order when a folder is given: fewest placeholders. Any order gives the same graph.
export const FILE_KINDS: FileKind[] = [
  {
    name: "persons",
    label: "Person",
    columns: { id: "id", name: "name", aliases: "aliases", nationality: "nationality", birth_date: "birthDate" },
    references: [],
  },
  {
    name: "accounts",
    label: "Account",
    columns: { id: "id", platform: "platform", handle: "handle", display_name: "displayName", created_at: "accountCreatedAt" },
    references: [ref("person_id", "OPERATES", "in", "Person")],
  },
  {
    name: "wallets",
    label: "Wallet",
    columns: { id: "id", kind: "kind", identifier: "identifier", institution: "institution" },
    references: [ref("owner_id", "OWNS", "in", null)],
  },
  {
    name: "messages",
    label: "Message",
    columns: { id: "id", platform: "platform", sent_at: "sentAt", text: "text", lang: "lang" },
    references: [
      ref("from_account", "SENT", "in", "Account", true),
      ref("to_account", "SENT_TO", "out", "Account"),
      ref("reply_to", "REPLIED_TO", "out", "Message"),
    ],
    relTime: "sentAt",
  },
  {
    name: "payments",
    label: "Payment",
    columns: { id: "id", amount: "amount", currency: "currency", method: "method", paid_at: "paidAt", reference: "reference" },
    references: [ref("from_id", "PAID", "in", null, true), ref("to_id", "PAID_TO", "out", null, true)],
    relTime: "paidAt",
    relAmount: "amount",
  },
  {
    name: "shipments",
    label: "Shipment",
    columns: {
      id: "id",
      method: "method",
      origin_country: "originCountry",
      destination_country: "destinationCountry",
      port: "port",
      shipped_at: "shippedAt",
      seized: "seized",
      drug: "drug",
      quantity_g: "quantityG",
    },
    references: [
      ref("sender_id", "SENT_SHIPMENT", "in", null),
      ref("recipient_id", "ADDRESSED_TO", "out", null),
      ref("courier_id", "CARRIED", "in", null),
    ],
    relTime: "shippedAt",
  },
  {
    name: "arrests",
    label: "Arrest",
    columns: { id: "id", arrested_at: "arrestedAt", location: "location", charges: "charges", agency: "agency" },
    references: [ref("person_id", "ARRESTED", "out", "Person", true), ref("shipment_id", "CONCERNS", "out", "Shipment")],
    relTime: "arrestedAt",
  },
];

export const KIND_NAMES = FILE_KINDS.map((k) => k.name);

export function fileKind(name: string): FileKind | undefined {
  return FILE_KINDS.find((k) => k.name === name);
}

/**
 * `payments.csv`, `payments-2025.ndjson`, `2025_payments.csv` → payments. Only the plural kind name counts:
 * the singular would also claim files such as `message_labels.csv`.
 */
export function inferKind(fileName: string): FileKind | undefined {
  const base = fileName.toLowerCase().replace(/\.(csv|ndjson|jsonl)$/, "");
  const words = base.split(/[^a-z]+/).filter(Boolean);
  return FILE_KINDS.find((k) => words.includes(k.name));
}

/** The canonical files in a folder (those whose kind the name tells), declarations before references. */
export function canonicalFilesIn(dir: string): { file: string; kind: FileKind }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(csv|ndjson|jsonl)$/i.test(f))
    .flatMap((f) => {
      const kind = inferKind(f);
      return kind ? [{ file: path.join(dir, f), kind }] : [];
    })
    .sort(byImportOrder);
}

/** Declarations before references keeps placeholders few; the result is the same in any order. */
export const byImportOrder = (a: { kind: FileKind }, b: { kind: FileKind }) => FILE_KINDS.indexOf(a.kind) - FILE_KINDS.indexOf(b.kind);

/** Required columns: the label's required properties that this kind maps, plus required references. */
export function requiredColumns(kind: FileKind): string[] {
  const props = labels[kind.label].properties as Record<string, { required?: boolean }>;
  const fromProps = Object.entries(kind.columns)
    .filter(([, prop]) => props[prop]?.required)
    .map(([column]) => column);
  return [...fromProps, ...kind.references.filter((r) => r.required).map((r) => r.column)];
}
