// The files the generator writes: the seven canonical files of issue 3 (exact columns, in this order) and
// the ground truth that detection is measured against.

export const CANONICAL_COLUMNS = {
  persons: ["id", "name", "aliases", "nationality", "birth_date"],
  accounts: ["id", "platform", "handle", "display_name", "person_id", "created_at"],
  wallets: ["id", "kind", "identifier", "institution", "owner_id"],
  messages: ["id", "platform", "from_account", "to_account", "sent_at", "text", "lang", "reply_to"],
  payments: ["id", "from_id", "to_id", "amount", "currency", "method", "paid_at", "reference"],
  shipments: [
    "id", "sender_id", "recipient_id", "courier_id", "method", "origin_country", "destination_country", "port",
    "shipped_at", "seized", "drug", "quantity_g",
  ],
  arrests: ["id", "person_id", "arrested_at", "location", "charges", "agency", "shipment_id"],
} as const;

export type CanonicalKind = keyof typeof CANONICAL_COLUMNS;
export const CANONICAL_KINDS = Object.keys(CANONICAL_COLUMNS) as CanonicalKind[];

export const GROUND_TRUTH_COLUMNS = ["id", "kind", "organisation", "role", "other_organisations", "operator_id"] as const;
export const MESSAGE_LABEL_COLUMNS = ["id", "label", "topic", "organisation", "criminal"] as const;

export const ROLES = [
  "boss", "lieutenant", "recruiter", "seller", "financier", "courier", "receiver", "supplier", "buyer", "ordinary",
] as const;
export type Role = (typeof ROLES)[number];

export const PLATFORMS = ["X", "Instagram", "Telegram", "LINE", "Signal"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type ShipmentMethod = "parcel" | "air-courier" | "maritime-container" | "traveller" | "other";
export type WalletKind = "bank" | "crypto" | "prepaid" | "cash" | "other";
export type PatrolLabel = "DRUG_SALE" | "RECRUITMENT" | "NONE";

export interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  nationality: string;
  birth_date: string;
}
export interface AccountRow {
  id: string;
  platform: Platform;
  handle: string;
  display_name: string;
  person_id: string;
  created_at: string;
}
export interface WalletRow {
  id: string;
  kind: WalletKind;
  identifier: string;
  institution: string;
  owner_id: string;
}
export interface MessageRow {
  id: string;
  platform: Platform;
  from_account: string;
  to_account: string;
  sent_at: string;
  text: string;
  lang: string;
  reply_to: string;
}
export interface PaymentRow {
  id: string;
  from_id: string;
  to_id: string;
  /** Decimal: whole yen, 8 decimals for BTC, 2 for USDT… */
  amount: number;
  currency: string;
  method: string;
  paid_at: string;
  reference: string;
}
export interface ShipmentRow {
  id: string;
  sender_id: string;
  recipient_id: string;
  courier_id: string;
  method: ShipmentMethod;
  origin_country: string;
  destination_country: string;
  port: string;
  shipped_at: string;
  seized: boolean;
  drug: string;
  quantity_g: number | null;
}
export interface ArrestRow {
  id: string;
  person_id: string;
  arrested_at: string;
  location: string;
  charges: string[];
  agency: string;
  shipment_id: string;
}

export interface CanonicalRows {
  persons: PersonRow;
  accounts: AccountRow;
  wallets: WalletRow;
  messages: MessageRow;
  payments: PaymentRow;
  shipments: ShipmentRow;
  arrests: ArrestRow;
}

export interface GroundTruthRow {
  id: string;
  kind: "person" | "account" | "wallet";
  /** Organisation (ORG…) or supplier network (SUP…); empty for ordinary users and buyers. */
  organisation: string;
  role: Role;
  /** Buyers: the organisations they buy from; suppliers: the organisations they supply; a financier serving a second organisation: that one. */
  other_organisations: string[];
  /** Accounts and wallets: the person who really operates or owns it, even when the disclosure leaves it out. */
  operator_id: string;
}

export interface MessageLabelRow {
  id: string;
  /** The cyber-patrol label the message deserves. */
  label: PatrolLabel;
  /** Finer: recruit-ad, recruit-dm, sale-ad, sale-dm, org-internal, supplier, cross-org, giveaway, chatter, legit-job, vegetables, ice-cream, police-warning, news, warning-reply… */
  topic: string;
  organisation: string;
  /** Sent as part of an organisation's activity (including its internal logistics). */
  criminal: boolean;
}

export interface OrganisationInfo {
  id: string;
  name: string;
  type: "organisation" | "supplier-network";
  boss: string;
  members: { id: string; role: Role }[];
  accounts: string[];
  wallets: string[];
  /** Identifiers that recur in its posts: Telegram and Signal handles, phone numbers, wallet identifiers. */
  contacts: string[];
  suppliers: string[];
  /** Organisations it has contact with (shared suppliers, a shared financier, lieutenants talking). */
  linkedOrganisations: string[];
  drugs: string[];
  /** Dates of activity (empty for supplier networks, active throughout). */
  active: { from: string; to: string };
  /** Outsiders working with it: suppliers, another organisation's financier. */
  associates: { id: string; role: Role }[];
}
