// The one domain schema. Labels, relationship types, property types, captions and colours are declared here
// once; Neo4j constraints and indexes, importer validation, GraphQL enums and web styling are derived from it.
import * as t from "./propertyTypes.js";
import type { PropertyType } from "./propertyTypes.js";

export interface PropertySpec {
  readonly type: PropertyType<any>;
  readonly required?: boolean;
  /** Indexed for range lookups (time windows, amounts). */
  readonly indexed?: boolean;
  /** Part of the full-text index (names, aliases, handles, message text). */
  readonly fulltext?: boolean;
  readonly description: string;
}

export interface LabelSpec {
  readonly description: string;
  /** Properties tried in order for a node's caption. */
  readonly caption: readonly string[];
  readonly colour: string;
  /** Domain entities carry the shared Entity label (ids unique across kinds); system nodes do not. */
  readonly entity: boolean;
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

export interface RelationshipSpec {
  readonly description: string;
  readonly from: readonly NodeLabel[] | "any";
  readonly to: readonly NodeLabel[] | "any";
  /** Property holding the event time, used by time filters and time-respecting paths. */
  readonly timeProperty?: string;
  readonly weightProperty?: string;
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

const id: PropertySpec = { type: t.identifier, required: true, description: "Stable identifier, unique across all kinds" };

// Provenance: every imported node and relationship says where it came from.
const provenance = {
  importBatch: { type: t.identifier, description: "Id of the ImportBatch that last wrote it" },
  sourceFile: { type: t.text, description: "File it was read from" },
  sourceLine: { type: t.integer, description: "Line of that file (header = line 1)" },
  createdAt: { type: t.datetime, description: "When Ariadne first wrote it" },
  updatedAt: { type: t.datetime, description: "When Ariadne last changed it" },
  placeholder: { type: t.boolean, description: "Referred to, not yet declared by any file" },
} satisfies Record<string, PropertySpec>;

export const SHIPMENT_METHODS = ["parcel", "air-courier", "maritime-container", "traveller", "other"] as const;
export const WALLET_KINDS = ["bank", "crypto", "prepaid", "cash", "other"] as const;
export const ROLES = ["INVESTIGATOR", "ANALYST", "SUPERVISOR", "ADMIN"] as const;
export const PATROL_LABELS = ["DRUG_SALE", "RECRUITMENT", "NONE"] as const;

export const labels = {
  Person: {
    description: "A natural person: suspect, recruit, buyer, supplier or bystander",
    caption: ["name", "id"],
    colour: "#e4572e",
    entity: true,
    properties: {
      id,
      name: { type: t.string, required: true, fulltext: true, description: "Full name as known" },
      aliases: { type: t.stringList, fulltext: true, description: "Other names and nicknames" },
      nationality: { type: t.country, description: "ISO 3166-1 alpha-2" },
      birthDate: { type: t.date, description: "Date of birth" },
      dataset: { type: t.identifier, indexed: true, description: "Network dataset it came from (analysts' files)" },
      ...provenance,
    },
  },
  Account: {
    description: "A social-media or messaging account",
    caption: ["handle", "displayName", "id"],
    colour: "#29b6f6",
    entity: true,
    properties: {
      id,
      platform: { type: t.string, required: true, indexed: true, description: "X, Instagram, Telegram, LINE…" },
      handle: { type: t.string, required: true, fulltext: true, indexed: true, description: "User name on the platform" },
      displayName: { type: t.string, fulltext: true, description: "Display name" },
      handleKey: { type: t.string, indexed: true, description: "Handle lower-cased without @, to match identifiers found in posts" },
      accountCreatedAt: { type: t.datetime, description: "When the platform says the account was created" },
      ...provenance,
    },
  },
  Wallet: {
    description: "Where money sits: bank account, crypto address, prepaid card, cash",
    caption: ["identifier", "id"],
    colour: "#ffb300",
    entity: true,
    properties: {
      id,
      kind: { type: t.enumeration(WALLET_KINDS), required: true, description: "bank, crypto, prepaid, cash, other" },
      identifier: { type: t.string, fulltext: true, indexed: true, description: "Account number, address or card number" },
      institution: { type: t.string, description: "Bank, exchange or issuer" },
      ...provenance,
    },
  },
  Message: {
    description: "A public post or a direct message",
    caption: ["text", "id"],
    colour: "#8d6e63",
    entity: true,
    properties: {
      id,
      platform: { type: t.string, description: "Where it was posted" },
      sentAt: { type: t.datetime, required: true, indexed: true, description: "When it was sent" },
      text: { type: t.text, required: true, fulltext: true, description: "Message text" },
      lang: { type: t.string, description: "Language code (ja, en…)" },
      patrolLabel: { type: t.enumeration(PATROL_LABELS), indexed: true, description: "Cyber-patrol classification" },
      patrolScore: { type: t.decimal, indexed: true, description: "Cyber-patrol score of that label (0–1)" },
      patrolEvidence: { type: t.json, description: "Features that drove the score" },
      patrolModel: { type: t.string, description: "Version of the model that scored it" },
      ...provenance,
    },
  },
  Payment: {
    description: "A transfer of money between persons, accounts or wallets",
    caption: ["reference", "id"],
    colour: "#43a047",
    entity: true,
    properties: {
      id,
      amount: { type: t.decimal, required: true, indexed: true, description: "Amount in the currency" },
      currency: { type: t.currency, required: true, description: "ISO 4217 code or crypto ticker" },
      method: { type: t.string, description: "bank transfer, crypto, cash…" },
      paidAt: { type: t.datetime, required: true, indexed: true, description: "When it was paid" },
      reference: { type: t.text, description: "Payment reference text" },
      ...provenance,
    },
  },
  Shipment: {
    description: "Drugs or goods moved by parcel, courier, container or traveller",
    caption: ["drug", "method", "id"],
    colour: "#7e57c2",
    entity: true,
    properties: {
      id,
      method: { type: t.enumeration(SHIPMENT_METHODS), required: true, description: "parcel, air-courier, maritime-container, traveller, other" },
      originCountry: { type: t.country, description: "Where it left from" },
      destinationCountry: { type: t.country, description: "Where it went" },
      port: { type: t.string, indexed: true, description: "Port or airport of entry" },
      shippedAt: { type: t.datetime, indexed: true, description: "When it was shipped" },
      seized: { type: t.boolean, description: "Seized by customs or police" },
      drug: { type: t.string, description: "Substance" },
      quantityG: { type: t.decimal, description: "Quantity in grams" },
      ...provenance,
    },
  },
  Arrest: {
    description: "An arrest of a person",
    caption: ["arrestedAt", "id"],
    colour: "#d81b60",
    entity: true,
    properties: {
      id,
      arrestedAt: { type: t.datetime, required: true, indexed: true, description: "When" },
      location: { type: t.string, description: "Where" },
      charges: { type: t.stringList, description: "Charges" },
      agency: { type: t.string, description: "Arresting agency" },
      ...provenance,
    },
  },
  Location: {
    description: "A place: port, city, address",
    caption: ["name", "id"],
    colour: "#26a69a",
    entity: true,
    properties: {
      id,
      name: { type: t.string, required: true, fulltext: true, description: "Name" },
      country: { type: t.country, description: "Country" },
      ...provenance,
    },
  },
  Event: {
    description: "A meeting or summit, from two-mode network files (who attended what)",
    caption: ["name", "id"],
    colour: "#00897b",
    entity: true,
    properties: {
      id,
      name: { type: t.string, required: true, fulltext: true, description: "Name" },
      dataset: { type: t.identifier, indexed: true, description: "Network dataset it came from" },
      ...provenance,
    },
  },
  Identifier: {
    description: "A contact identifier found in post texts: messenger id, phone number, handle, wallet address",
    caption: ["value", "id"],
    colour: "#ff7043",
    entity: true,
    properties: {
      id,
      value: { type: t.string, required: true, fulltext: true, indexed: true, description: "Normalised value (lower-case name, E.164 phone, address)" },
      kinds: { type: t.stringList, description: "telegram, signal, line, phone, handle, btc, eth, tron…" },
      ...provenance,
    },
  },
  Organisation: {
    description: "A criminal organisation, as found by investigators or by community detection",
    caption: ["name", "id"],
    colour: "#5c6bc0",
    entity: true,
    properties: {
      id,
      name: { type: t.string, required: true, fulltext: true, description: "Name" },
      ...provenance,
    },
  },
  Annotation: {
    description: "An investigator's note on an entity",
    caption: ["body", "id"],
    colour: "#fdd835",
    entity: false,
    properties: {
      id,
      body: { type: t.text, required: true, description: "Text of the note" },
      tags: { type: t.stringList, description: "Tags" },
      author: { type: t.string, required: true, description: "Username of the author" },
      createdAt: { type: t.datetime, required: true, description: "When written" },
      updatedAt: provenance.updatedAt,
      deleted: { type: t.boolean, description: "Soft-deleted (history kept)" },
      deletedAt: { type: t.datetime, description: "When soft-deleted" },
      deletedBy: { type: t.string, description: "Who soft-deleted it" },
      updatedBy: { type: t.string, description: "Who last changed it" },
      version: { type: t.integer, description: "Edit count, for optimistic concurrency" },
      history: { type: t.stringList, description: "Earlier versions, one JSON text each" },
    },
  },
  User: {
    description: "A person using Ariadne",
    caption: ["username", "id"],
    colour: "#90a4ae",
    entity: false,
    properties: {
      id,
      username: { type: t.identifier, required: true, description: "Login name" },
      role: { type: t.enumeration(ROLES), required: true, description: "Role" },
      passwordHash: { type: t.text, required: true, description: "scrypt hash" },
      createdAt: { type: t.datetime, required: true, description: "When created" },
    },
  },
  AuditEvent: {
    description: "Who did or read what, when; never changed or deleted",
    caption: ["operation", "id"],
    colour: "#78909c",
    entity: false,
    properties: {
      id,
      at: { type: t.datetime, required: true, indexed: true, description: "When" },
      user: { type: t.identifier, required: true, indexed: true, description: "Username" },
      operation: { type: t.string, required: true, description: "GraphQL operation" },
      targets: { type: t.stringList, description: "Ids concerned" },
      outcome: { type: t.string, required: true, description: "ok or an error code" },
    },
  },
  Alert: {
    description: "A watchlist alert: a new flagged post shares an identifier with an account linked to an organisation or an arrest",
    caption: ["reason", "id"],
    colour: "#f4511e",
    entity: false,
    properties: {
      id,
      createdAt: { type: t.datetime, required: true, indexed: true, description: "When raised" },
      identifier: { type: t.string, required: true, description: "The shared identifier value" },
      reason: { type: t.text, required: true, description: "Why it was raised, in words" },
      importBatch: provenance.importBatch,
    },
  },
  ImportBatch: {
    description: "One run of an importer over one file",
    caption: ["file", "id"],
    colour: "#bdbdbd",
    entity: false,
    properties: {
      id,
      source: { type: t.string, description: "Provenance label given by the analyst" },
      file: { type: t.text, required: true, description: "File path" },
      kind: { type: t.string, description: "File kind" },
      startedAt: { type: t.datetime, required: true, indexed: true, description: "Start" },
      finishedAt: { type: t.datetime, description: "End" },
      counts: { type: t.json, description: "Rows read, imported, rejected" },
      errors: { type: t.json, description: "First rejected rows" },
    },
  },
} as const satisfies Record<string, LabelSpec>;

export type NodeLabel = keyof typeof labels;
export const NODE_LABELS = Object.keys(labels) as NodeLabel[];
export const ENTITY_LABEL = "Entity";
export const ENTITY_LABELS = NODE_LABELS.filter((l) => labels[l].entity);

const relProvenance = {
  importBatch: provenance.importBatch,
  sourceFile: provenance.sourceFile,
  sourceLine: provenance.sourceLine,
} satisfies Record<string, PropertySpec>;

export const relationships = {
  OPERATES: { description: "A person operates an account", from: ["Person"], to: ["Account"], properties: { ...relProvenance } },
  OWNS: { description: "A person or account owns a wallet", from: ["Person", "Account"], to: ["Wallet"], properties: { ...relProvenance } },
  SENT: { description: "An account sent a message", from: ["Account"], to: ["Message"], timeProperty: "at", properties: { at: { type: t.datetime, description: "When" }, ...relProvenance } },
  SENT_TO: { description: "A direct message was sent to an account", from: ["Message"], to: ["Account"], timeProperty: "at", properties: { at: { type: t.datetime, description: "When" }, ...relProvenance } },
  REPLIED_TO: { description: "A message replies to another", from: ["Message"], to: ["Message"], properties: { ...relProvenance } },
  PAID: { description: "Payer of a payment", from: "any", to: ["Payment"], timeProperty: "at", weightProperty: "amount", properties: { at: { type: t.datetime, description: "When" }, amount: { type: t.decimal, description: "Amount" }, ...relProvenance } },
  PAID_TO: { description: "Payee of a payment", from: ["Payment"], to: "any", timeProperty: "at", weightProperty: "amount", properties: { at: { type: t.datetime, description: "When" }, amount: { type: t.decimal, description: "Amount" }, ...relProvenance } },
  SENT_SHIPMENT: { description: "Sender of a shipment", from: "any", to: ["Shipment"], timeProperty: "at", properties: { at: { type: t.datetime, description: "When" }, ...relProvenance } },
  ADDRESSED_TO: { description: "Recipient of a shipment", from: ["Shipment"], to: "any", timeProperty: "at", properties: { at: { type: t.datetime, description: "When" }, ...relProvenance } },
  CARRIED: { description: "Courier of a shipment", from: "any", to: ["Shipment"], timeProperty: "at", properties: { at: { type: t.datetime, description: "When" }, ...relProvenance } },
  VIA_PORT: { description: "Shipment passed through a port", from: ["Shipment"], to: ["Location"], properties: { ...relProvenance } },
  ARRESTED: { description: "An arrest of a person", from: ["Arrest"], to: ["Person"], timeProperty: "at", properties: { at: { type: t.datetime, description: "When" }, ...relProvenance } },
  CONCERNS: { description: "An arrest concerns a shipment", from: ["Arrest"], to: ["Shipment"], properties: { ...relProvenance } },
  MEMBER_OF: { description: "A person belongs to an organisation", from: ["Person"], to: ["Organisation"], properties: { role: { type: t.string, description: "Role in the organisation" }, ...relProvenance } },
  ASSOCIATED_WITH: { description: "A tie from an analyst's network file (calls, meetings)", from: ["Person"], to: ["Person"], weightProperty: "weight", properties: { weight: { type: t.decimal, description: "Strength (calls, meetings)" }, directed: { type: t.boolean, description: "False when the source network is undirected" }, dataset: { type: t.identifier, description: "Network dataset" }, ...relProvenance } },
  ATTENDED: { description: "A person attended an event (two-mode network files)", from: ["Person"], to: ["Event"], weightProperty: "weight", properties: { weight: { type: t.decimal, description: "Times attended" }, dataset: { type: t.identifier, description: "Network dataset" }, ...relProvenance } },
  MENTIONS: { description: "A message mentions a contact identifier", from: ["Message"], to: ["Identifier"], properties: { raw: { type: t.string, description: "As written in the text" }, ...relProvenance } },
  ABOUT: { description: "An alert is about a message", from: ["Alert"], to: ["Message"], properties: {} },
  LINKS_TO: { description: "An alert links a message to an already-known account", from: ["Alert"], to: ["Account"], properties: {} },
  ANNOTATES: { description: "An annotation is about an entity", from: ["Annotation"], to: "any", properties: {} },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof relationships;
export const RELATIONSHIP_TYPES = Object.keys(relationships) as RelationshipType[];

export function isNodeLabel(name: string): name is NodeLabel {
  return Object.hasOwn(labels, name);
}

export function isRelationshipType(name: string): name is RelationshipType {
  return Object.hasOwn(relationships, name);
}

/** The caption of a node: the first caption property that has a value. */
export function captionOf(label: string, props: Record<string, unknown>): string {
  const spec = isNodeLabel(label) ? labels[label] : undefined;
  for (const key of spec?.caption ?? ["name", "id"]) {
    const v = props[key];
    if (v !== undefined && v !== null && String(v) !== "") {
      const s = Array.isArray(v) ? v.join(", ") : String(v);
      // Cut by code points, not UTF-16 units, so an emoji is never split in half.
      const chars = Array.from(s);
      return chars.length > 80 ? `${chars.slice(0, 77).join("")}…` : s;
    }
  }
  return String(props.id ?? "?");
}

/** The most specific schema label of a node that has several (Entity plus its kind). */
export function kindOf(nodeLabels: readonly string[]): NodeLabel | "Entity" {
  return (nodeLabels.find((l) => isNodeLabel(l)) as NodeLabel | undefined) ?? "Entity";
}

export const FULLTEXT_INDEX = "entityText";

export function fulltextProperties(): { labels: NodeLabel[]; properties: string[] } {
  const ls = new Set<NodeLabel>();
  const ps = new Set<string>();
  for (const l of NODE_LABELS) {
    for (const [p, spec] of Object.entries(labels[l].properties) as [string, PropertySpec][]) {
      if (spec.fulltext) {
        ls.add(l);
        ps.add(p);
      }
    }
  }
  return { labels: [...ls], properties: [...ps] };
}
