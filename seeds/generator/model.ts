// In-memory model of one cell of the world (an organisation, its customers, the ordinary users around it and,
// every third cell, a foreign supplier network). A cell is built, written and dropped; only a small summary of
// it is carried to the next cells, so memory does not grow with the scale.

import type { ArrestRow, Platform, Role, ShipmentMethod, WalletKind } from "./schema.js";
import type { Area, Drug } from "./vocab.js";

export interface Person {
  num: number;
  id: string;
  name: string;
  aliases: string[];
  nationality: string;
  birthDate: string;
  role: Role;
  /** ORG… or SUP…; "" for buyers and ordinary users. */
  org: string;
  otherOrgs: string[];
  /** Minutes east of UTC where they live. */
  offset: number;
  given: string;
  family: string;
  /** Romaji / Latin, lower case, for handles. */
  latinGiven: string;
  latinFamily: string;
  lang: "ja" | "en";
  accounts: Account[];
  wallets: Wallet[];
  activeFrom: number;
  activeUntil: number;
  /** When arrested (phone and accounts seized: nothing is sent from them afterwards). */
  arrestedAt: number | null;
  /** Recruiters and sellers who reuse one handle across platforms. */
  reusesHandle: boolean;
  /** Suppliers: what they ship and from where. */
  drugs: Drug[];
  origin: string;
  area: Area;
}

export type AccountUse = "personal" | "recruiting" | "ads" | "giveaway" | "shop-vegetables" | "shop-ice-cream" | "police" | "news" | "staffing";

export interface Account {
  num: number;
  id: string;
  platform: Platform;
  handle: string;
  displayName: string;
  /** Who really operates it (null: unknown even to the generator, an anonymous ordinary account). */
  operator: Person | null;
  /** Whether the platform's disclosure names the operator (person_id filled in). */
  disclosed: boolean;
  createdAt: number;
  role: Role;
  org: string;
  otherOrgs: string[];
  use: AccountUse;
  lang: "ja" | "en";
}

export interface Wallet {
  num: number;
  id: string;
  kind: WalletKind;
  identifier: string;
  institution: string;
  /** The true owner. */
  owner: Person;
  /** The id written as owner_id ("" when the records do not say). */
  ownerRef: string;
  currency: string;
  /** Name on a bank account (the owner's or a nominee company's). */
  holder: string;
}

export interface Org {
  id: string;
  index: number;
  name: string;
  area: Area;
  start: number;
  end: number;
  drugs: Drug[];
  contacts: string[];
}

export interface SupplierNetwork {
  id: string;
  index: number;
  name: string;
  suppliers: Person[];
  /** For each supplier, the organisations it supplies. */
  serves: string[][];
}

/** A sale from a seller to a buyer: rendered as a DM thread, a payment and, when posted, a parcel. */
export interface Purchase {
  buyer: Person;
  seller: Person;
  org: string;
  at: number;
  drug: Drug;
  unit: readonly [string, number, number];
  delivery: "hand" | "parcel";
  payTo: Wallet | null;
  payFrom: Wallet | null;
  shipmentId: string;
  station: string;
}

/** A task for a courier or receiver: rendered as instructions in the recruitment thread and a pay slip. */
export interface Job {
  worker: Person;
  at: number;
  kind: "receive" | "locker" | "traveller" | "ship";
  shipmentId: string;
  pay: number;
  city: string;
  port: string;
}

/** An import: supplier payments, supplier and internal messages, a shipment. */
export interface Supply {
  supplier: Person;
  at: number;
  drug: Drug;
  grams: number;
  method: ShipmentMethod;
  port: string;
  portEn: string;
  shipmentId: string;
  seized: boolean;
  usdt: number;
}

export interface InternalShipment {
  id: string;
  sender: string;
  recipient: string;
  courier: string;
  method: ShipmentMethod;
  origin: string;
  destination: string;
  port: string;
  at: number;
  offset: number;
  seized: boolean;
  drug: string;
  grams: number | null;
}

/** What later cells need to know about an earlier one. */
export interface Summary {
  org: Org;
  boss: Person;
  lieutenants: Person[];
  financiers: Person[];
  sellers: Person[];
}

export interface Cell {
  index: number;
  org: Org;
  /** The supplier network this cell hosts (every third cell), written with its persons. */
  network: SupplierNetwork | null;
  persons: Person[];
  accounts: Account[];
  wallets: Wallet[];
  shipments: InternalShipment[];
  arrests: ArrestRow[];
  purchases: Purchase[];
  jobs: Job[];
  supplies: Supply[];

  boss: Person;
  lieutenants: Person[];
  recruiters: Person[];
  sellers: Person[];
  financiers: Person[];
  couriers: Person[];
  receivers: Person[];
  buyers: Person[];
  ordinary: Person[];
  /** Ordinary persons a recruiter contacted who did not join. */
  declined: Person[];
  /** Accounts with no known operator (ordinary users). */
  anonymous: Account[];
  /** Shops, police, news and staffing accounts posting look-alike words. */
  special: Account[];
  suppliers: Person[];
  /** The previous organisation's financier, when it also serves this one. */
  sharedFinancier: Person | null;
  /** The previous organisation, when its lieutenants talk with this one's. */
  partner: Summary | null;
  /** Organisation contact identifiers used in ads. */
  recruiting: { telegram: Account; signal: Account | null; line: Account | null; phone: string };
  /** Buyers of the previous organisation's sellers too. */
  crossBuyers: Person[];
  prev: Summary | null;
  /** Undeclared ids referenced on purpose (placeholders). */
  external: { wallets: string[]; accounts: string[] };
}
