// Building one cell: its people, their accounts and wallets, and the plan of what happens (imports, jobs,
// sales, seizures, arrests). Messages and payments are rendered from this plan by events.ts, each from its
// own random stream, so any one file can be generated without the others.

import { makeId } from "./ids.js";
import type {
  Account, AccountUse, Cell, InternalShipment, Job, Org, Person, Purchase, Summary, Supply, SupplierNetwork, Wallet,
} from "./model.js";
import { Rng, scramble } from "./rng.js";
import { DRUG_TALK } from "./texts.js";
import type { ArrestRow, Platform, Role, ShipmentMethod, WalletKind } from "./schema.js";
import { DAY, HOUR, JST, WORLD_END, WORLD_START, dateAt, isoAt } from "./time.js";
import {
  AIR_PORTS, AREAS, DRUG_ORIGINS, EXCHANGES, FOREIGN, FOREIGN_BANKS, FOREIGN_PORTS, HANDLE_STEMS, JP_BANKS, JP_FAMILY,
  JP_GIVEN_FEMALE, JP_GIVEN_MALE, MONIKERS, ORG_ANIMALS, ORG_COLOURS, PREPAID, RESIDENT_NATIONALITIES, SEA_PORTS,
  CUSTOMS_AGENCY, type Area, type Drug, type Port,
} from "./vocab.js";

export interface WorldParams {
  seed: number;
  scale: number;
  /** Number of cells (= organisations). */
  cells: number;
  /** Digits of the number that keeps handles unique per platform. */
  handleDigits: number;
  /** Reference a few undeclared ids on purpose (placeholders). */
  placeholders: boolean;
}

/** Ids already used by earlier cells. */
export interface Bases {
  person: number;
  account: number;
  wallet: number;
  shipment: number;
  arrest: number;
}

export interface Context {
  networks: Map<number, SupplierNetwork>;
  prev: Summary | null;
}

/** Upper bound of accounts per cell; keeps handle numbers unique (checked). */
export const ACCOUNT_CAP = 500;

export function worldParams(scale: number, seed: number, placeholders = true): WorldParams {
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`scale must be a positive number, got ${scale}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const cells = Math.max(1, Math.round(3 * scale));
  const handleDigits = Math.max(4, String(cells * ACCOUNT_CAP).length);
  return { seed, scale, cells, handleDigits, placeholders };
}

// ---------------------------------------------------------------------------------------------------------
// Pure decisions that several cells must agree on (a cell decides about its neighbours without building them).

export function networkIndex(cell: number): number {
  return Math.floor(cell / 3);
}

export function networkSize(p: WorldParams, g: number): number {
  return Rng.stream(p.seed, "network-size", g).int(2, 4);
}

/** Which suppliers of its own network (and maybe one of the previous network) an organisation uses. */
export function supplierPicks(p: WorldParams, k: number): { own: number[]; prev: number | null } {
  const rng = Rng.stream(p.seed, "supplier-picks", k);
  const g = networkIndex(k);
  const size = networkSize(p, g);
  const all = Array.from({ length: size }, (_, i) => i);
  const own = rng.sample(all, rng.int(1, Math.min(2, size))).sort((a, b) => a - b);
  const prev = g > 0 && rng.chance(0.3) ? rng.int(0, networkSize(p, g - 1) - 1) : null;
  return { own, prev };
}

/** Contacts between organisation k and organisation k-1. */
export function links(p: WorldParams, k: number): { sharesFinancier: boolean; lieutenantsTalk: boolean; buyersCross: boolean } {
  if (k <= 0 || k >= p.cells) return { sharesFinancier: false, lieutenantsTalk: false, buyersCross: false };
  const rng = Rng.stream(p.seed, "links", k);
  return {
    sharesFinancier: k % 3 === 2 || rng.chance(0.15),
    lieutenantsTalk: rng.chance(0.4),
    buyersCross: rng.chance(0.5),
  };
}

/** Organisations that a supplier network's suppliers serve, per supplier. */
function networkServes(p: WorldParams, g: number, size: number): string[][] {
  const serves: string[][] = Array.from({ length: size }, () => []);
  for (let k = 3 * g; k < Math.min(3 * g + 3, p.cells); k++) {
    for (const i of supplierPicks(p, k).own) serves[i]?.push(orgId(k));
  }
  for (let k = 3 * g + 3; k < Math.min(3 * g + 6, p.cells); k++) {
    const prev = supplierPicks(p, k).prev;
    if (prev !== null) serves[prev]?.push(orgId(k));
  }
  return serves;
}

export function orgId(k: number): string {
  return makeId("organisation", k + 1);
}

// ---------------------------------------------------------------------------------------------------------

const ASCII = (s: string): string =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const AREA_WEIGHTS: readonly (readonly [Area, number])[] = AREAS.map((a, i) => [a, [30, 12, 15, 8, 10, 5, 5, 5, 5, 5][i] ?? 5] as const);

const DRUG_WEIGHTS: readonly (readonly [Drug, number])[] = [
  ["methamphetamine", 45], ["cannabis", 20], ["cocaine", 15], ["MDMA", 10], ["cannabis liquid", 5], ["LSD", 5],
];

const BTC = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

const TRANSIT: Readonly<Record<ShipmentMethod, readonly [number, number]>> = {
  "maritime-container": [14 * DAY, 35 * DAY],
  "air-courier": [1 * DAY, 4 * DAY],
  parcel: [5 * DAY, 15 * DAY],
  traveller: [6 * HOUR, 14 * HOUR],
  other: [3 * DAY, 20 * DAY],
};

const SEIZURE: Readonly<Record<ShipmentMethod, number>> = {
  "maritime-container": 0.35,
  "air-courier": 0.4,
  parcel: 0.4,
  traveller: 0.45,
  other: 0.35,
};

/** Grams moved per import, by method. */
const IMPORT_GRAMS: Readonly<Record<ShipmentMethod, readonly [number, number]>> = {
  "maritime-container": [20_000, 400_000],
  "air-courier": [500, 8_000],
  parcel: [50, 2_000],
  traveller: [1_000, 8_000],
  other: [500, 30_000],
};

/** Wholesale price per kilogram, in USDT. */
const USDT_PER_KG: Readonly<Record<Drug, number>> = {
  methamphetamine: 9_000, cannabis: 2_500, "cannabis liquid": 6_000, cocaine: 22_000, MDMA: 8_000, LSD: 400_000,
};

const CANNABIS_REFORM = Date.UTC(2024, 11, 12) - 9 * HOUR;

export function drugLaw(drug: Drug | "", at: number): string {
  if (drug === "methamphetamine") return "覚醒剤取締法違反";
  if (drug === "cannabis" || drug === "cannabis liquid") return at < CANNABIS_REFORM ? "大麻取締法違反" : "麻薬及び向精神薬取締法違反";
  return "麻薬及び向精神薬取締法違反";
}

const SELLER_STEMS: Readonly<Record<Drug, readonly string[]>> = {
  cannabis: ["yasai", "veggie", "green", "kusa", "leaf", "buds", "yaoya", "420", "tokyoplug"],
  "cannabis liquid": ["liquid", "honey", "hachimitsu", "thc", "vape", "plug"],
  methamphetamine: ["ice", "shiro", "crystal", "tsumetai", "aisu", "plug"],
  cocaine: ["snow", "white", "chari", "yuki", "plug"],
  MDMA: ["candy", "molly", "batsu", "party", "plug"],
  LSD: ["paper", "acid", "rainbow", "plug"],
};

const available = (p: Person, t: number): boolean => p.activeFrom <= t && t < p.activeUntil;

// ---------------------------------------------------------------------------------------------------------

interface PersonSpec {
  role: Role;
  org: string;
  nationality?: string;
  age: readonly [number, number];
  area: Area;
  activeFrom: number;
  activeUntil: number;
  female?: number;
}

class CellBuilder {
  readonly persons: Person[] = [];
  readonly accounts: Account[] = [];
  readonly wallets: Wallet[] = [];
  readonly shipments: InternalShipment[] = [];
  readonly arrests: ArrestRow[] = [];

  constructor(
    readonly p: WorldParams,
    readonly k: number,
    readonly bases: Bases,
    readonly rng: Rng,
  ) {}

  person(spec: PersonSpec): Person {
    const rng = this.rng;
    const num = this.bases.person + this.persons.length + 1;
    const nat = spec.nationality ?? (rng.chance(0.9) ? "JP" : rng.pick(RESIDENT_NATIONALITIES));
    let given: string, family: string, latinGiven: string, latinFamily: string, name: string;
    const aliases: string[] = [];
    const foreign = FOREIGN[nat];
    if (nat === "JP" || !foreign) {
      const f = rng.pick(JP_FAMILY);
      const g = rng.chance(spec.female ?? 0.3) ? rng.pick(JP_GIVEN_FEMALE) : rng.pick(JP_GIVEN_MALE);
      [family, latinFamily] = f;
      [given, latinGiven] = g;
      name = `${family} ${given}`;
      if (rng.chance(0.6)) aliases.push(`${latinGiven} ${latinFamily}`);
    } else {
      given = rng.pick(foreign.given);
      family = rng.pick(foreign.family);
      latinGiven = given;
      latinFamily = family;
      name = foreign.familyFirst ? `${family} ${given}` : `${given} ${family}`;
      if (foreign.familyFirst && rng.chance(0.4)) aliases.push(`${given} ${family}`);
    }
    const monikers =
      spec.role !== "supplier" ? MONIKERS[spec.role] ?? []
      : ["CN", "HK", "TW"].includes(nat) ? ["老板", "大哥", "Uncle"]
      : ["MX", "CO", "PE"].includes(nat) ? ["El Jefe", "El Patrón", "Primo"]
      : ["Boss", "Uncle", "the Farmer", "Chemist"];
    if (monikers.length > 0 && rng.chance(0.55)) aliases.push(rng.pick(monikers));
    if (rng.chance(0.15)) aliases.push(`${given}${rng.pick(["ちゃん", "くん", "さん", ""])}`);
    const age = rng.int(spec.age[0], spec.age[1]);
    const born = Date.UTC(2024 - age, 0, 1) + rng.int(0, 364) * DAY;
    const knownBirth = spec.role === "ordinary" || spec.role === "buyer" ? rng.chance(0.6) : rng.chance(0.9);
    const person: Person = {
      num,
      id: makeId("person", num),
      name,
      aliases: [...new Set(aliases)].filter((a) => a !== name),
      nationality: rng.chance(0.05) ? "" : nat,
      birthDate: knownBirth ? dateAt(born, 0) : "",
      role: spec.role,
      org: spec.org,
      otherOrgs: [],
      offset: nat === "JP" || !foreign || spec.role !== "supplier" ? JST : foreign.offset,
      given,
      family,
      latinGiven: ASCII(latinGiven),
      latinFamily: ASCII(latinFamily),
      lang: nat === "JP" || ["CN", "KR", "TW"].includes(nat) ? "ja" : rng.chance(0.7) ? "en" : "ja",
      accounts: [],
      wallets: [],
      activeFrom: spec.activeFrom,
      activeUntil: spec.activeUntil,
      arrestedAt: null,
      reusesHandle: false,
      drugs: [],
      origin: "JP",
      area: spec.area,
    };
    this.persons.push(person);
    return person;
  }

  /** A handle that is unique on its platform: a stem and a scrambled number that only its owner uses. */
  handle(platform: Platform, stem: string, code: number, variant: number): string {
    const digits = String(scramble(code, 10 ** this.p.handleDigits, this.p.seed >>> 0)).padStart(this.p.handleDigits, "0");
    const clean = ASCII(stem) || "user";
    switch (platform) {
      case "X": {
        const sep = variant % 2 === 0 ? "_" : "";
        const room = 15 - digits.length - sep.length;
        const s = clean.replace(/[^a-z0-9_]/g, "").slice(0, room).replace(/_+$/, "");
        const h = `${s}${sep}${digits}`;
        return variant % 3 === 0 ? capitalise(h) : h;
      }
      case "Instagram":
        return `${clean.replace(/_/g, variant % 2 === 0 ? "." : "_").slice(0, 24)}${variant % 3 === 0 ? "." : "_"}${digits}`;
      case "Telegram": {
        const s = /^[a-z]/.test(clean) ? clean : `t${clean}`;
        return `${s.slice(0, 24)}${variant % 2 === 0 ? "_" : ""}${digits}`;
      }
      case "LINE":
        return `${clean.replace(/_/g, variant % 2 === 0 ? "." : "-").slice(0, 12)}${digits}`;
      case "Signal":
        return `${clean.slice(0, 20)}.${digits}`;
    }
  }

  account(
    operator: Person | null,
    platform: Platform,
    opts: { stem?: string; createdAt: number; disclosed: boolean; use?: AccountUse; displayName?: string; role?: Role; org?: string; lang?: "ja" | "en" },
  ): Account {
    const rng = this.rng;
    const num = this.bases.account + this.accounts.length + 1;
    if (this.accounts.length >= ACCOUNT_CAP) throw new Error(`cell ${this.k} has more than ${ACCOUNT_CAP} accounts`);
    const first = operator?.accounts[0];
    // Reuse the first handle's stem and number on other platforms (never twice on one platform).
    const reuse = operator?.reusesHandle === true && first !== undefined && !operator.accounts.some((a) => a.platform === platform) && opts.use !== "giveaway" && opts.use !== "recruiting";
    const stem = reuse && first ? first.handle.replace(/[._-]?\d+$/, "").replace(/^./, (c) => c.toLowerCase()) : opts.stem ?? this.personalStem(operator);
    const code = reuse && first ? first.num : num;
    const handle = this.handle(platform, reuse && platform === "Telegram" && rng.chance(0.5) ? `${stem}_tg` : stem, code, reuse ? 1 : rng.int(0, 5));
    const acc: Account = {
      num,
      id: makeId("account", num),
      platform,
      handle,
      displayName: opts.displayName ?? this.displayName(operator),
      operator,
      disclosed: operator !== null && opts.disclosed,
      createdAt: opts.createdAt,
      role: opts.role ?? operator?.role ?? "ordinary",
      org: opts.org ?? operator?.org ?? "",
      otherOrgs: operator?.otherOrgs ?? [],
      use: opts.use ?? "personal",
      lang: opts.lang ?? operator?.lang ?? "ja",
    };
    this.accounts.push(acc);
    operator?.accounts.push(acc);
    return acc;
  }

  personalStem(p: Person | null): string {
    const rng = this.rng;
    if (!p) return rng.pick(HANDLE_STEMS.ordinary);
    const g = p.latinGiven.split("_")[0] ?? "user";
    const f = p.latinFamily.split("_")[0] ?? "";
    return rng.pick([
      g, `${g}_${f.slice(0, 1)}`, `${f}${g.slice(0, 1)}`, `${g}_${f}`, `${g}_${rng.pick(HANDLE_STEMS.ordinary)}`,
      `${rng.pick(HANDLE_STEMS.ordinary)}_${g}`, `${g.slice(0, 1)}${f}`,
    ]);
  }

  displayName(p: Person | null): string {
    const rng = this.rng;
    if (!p) return rng.pick(["ねこ好き🐈", "カフェ巡り☕", "旅人✈️", "ラーメン部🍜", "Photo📷", "ゲーマー🎮", "アニメ垢", "ランナー🏃", "sauna lover", "Kei", "yuki", "🌸", "名無し"]);
    return rng.pick([p.given, `${p.given}${rng.pick(["🍀", "✨", "🌙", "⚽", "🎧", ""])}`, capitalise(p.latinGiven.split("_")[0] ?? p.given), p.name.replace(" ", ""), `${p.given}@${rng.pick(["仕事垢", "趣味垢", "日常"])}`]);
  }

  wallet(owner: Person, kind: WalletKind, opts: { disclosed?: boolean; ownerAccount?: Account; foreign?: string; currency?: string } = {}): Wallet {
    const rng = this.rng;
    const num = this.bases.wallet + this.wallets.length + 1;
    let identifier = "";
    let institution = "";
    let currency = opts.currency ?? "JPY";
    let holder = owner.name;
    switch (kind) {
      case "bank": {
        const acct = String(scramble(num, 10_000_000, (this.p.seed >>> 0) ^ 0x5bd1)).padStart(7, "0");
        identifier = `${rng.int(100, 899)}-${acct}`;
        if (opts.foreign) {
          institution = FOREIGN_BANKS[opts.foreign] ?? "Offshore Trust Bank";
          identifier = `${opts.foreign}${rng.digits(2)} ${rng.digits(4)} ${acct}`;
          currency = opts.currency ?? "USD";
        } else {
          institution = rng.pick(JP_BANKS);
        }
        if (["boss", "financier", "lieutenant"].includes(owner.role) && rng.chance(0.35)) {
          holder = `株式会社${rng.pick(ORG_COLOURS)[0]}${rng.pick(["商事", "企画", "トレーディング", "興業", "物産"])}`;
        }
        break;
      }
      case "crypto": {
        const coin = opts.currency ?? rng.weighted([["USDT", 5], ["BTC", 4], ["ETH", 1]] as const);
        currency = coin;
        identifier = coin === "BTC" ? `bc1q${rng.chars(BTC, 38)}` : coin === "USDT" ? `T${rng.chars(B58, 33)}` : `0x${rng.chars("0123456789abcdef", 40)}`;
        institution = rng.pick(EXCHANGES);
        break;
      }
      case "prepaid":
        institution = rng.pick(PREPAID);
        identifier = `${rng.pick(["VP", "KY", "BC", "AG"])}-${String(scramble(num, 100_000_000, 0x2c9)).padStart(8, "0")}`;
        break;
      case "other":
        institution = "PayPay";
        identifier = `paypay-${ASCII(owner.latinGiven).slice(0, 8)}${String(scramble(num, 1_000_000, 0x77)).padStart(6, "0")}`;
        break;
      case "cash":
        institution = "";
        identifier = "";
        break;
    }
    const disclosed = opts.disclosed ?? (kind === "bank" || kind === "other" || rng.chance(0.5));
    const w: Wallet = {
      num,
      id: makeId("wallet", num),
      kind,
      identifier,
      institution,
      owner,
      ownerRef: disclosed ? (opts.ownerAccount && rng.chance(0.5) ? opts.ownerAccount.id : owner.id) : "",
      currency,
      holder,
    };
    this.wallets.push(w);
    owner.wallets.push(w);
    return w;
  }

  shipment(s: Omit<InternalShipment, "id">): InternalShipment {
    const id = makeId("shipment", this.bases.shipment + this.shipments.length + 1);
    const row = { id, ...s };
    this.shipments.push(row);
    return row;
  }

  arrest(person: Person, at: number, location: string, charges: string[], agency: string, shipmentId: string): void {
    if (at > WORLD_END || at >= person.activeUntil) return;
    const id = makeId("arrest", this.bases.arrest + this.arrests.length + 1);
    this.arrests.push({ id, person_id: person.id, arrested_at: isoAt(at), location, charges, agency, shipment_id: shipmentId });
    person.activeUntil = at;
    person.arrestedAt = at;
  }
}

// ---------------------------------------------------------------------------------------------------------

function buildNetwork(b: CellBuilder, g: number): SupplierNetwork {
  const p = b.p;
  const rng = Rng.stream(p.seed, "network", g);
  const size = networkSize(p, g);
  const serves = networkServes(p, g, size);
  const id = makeId("supplierNetwork", g + 1);
  const suppliers: Person[] = [];
  for (let i = 0; i < size; i++) {
    const drug = rng.weighted(DRUG_WEIGHTS);
    const origin = rng.pick(DRUG_ORIGINS[drug]);
    const nationality = rng.chance(0.8) ? origin : rng.pick(["CN", "HK", "MX", "NG", "NL", "US"]);
    const s = b.person({
      role: "supplier", org: id, nationality, age: [30, 62], area: AREAS[0] as Area,
      activeFrom: WORLD_START - 365 * DAY, activeUntil: WORLD_END + DAY, female: 0.1,
    });
    s.origin = origin;
    s.drugs = [drug];
    const companion: Partial<Record<Drug, Drug>> = { cannabis: "cannabis liquid", "cannabis liquid": "cannabis", methamphetamine: "MDMA", MDMA: "LSD", cocaine: "methamphetamine" };
    const second = companion[drug];
    if (second && DRUG_ORIGINS[second].includes(origin) && rng.chance(0.5)) s.drugs.push(second);
    s.otherOrgs = serves[i] ?? [];
    s.lang = "en";
    const tg = b.account(s, "Telegram", { createdAt: WORLD_START - rng.int(30, 900) * DAY - rng.int(0, 86_399) * 1000, disclosed: rng.chance(0.3), lang: "en", stem: rng.chance(0.5) ? s.latinGiven : `${rng.pick(["jefe", "uncle", "boss", "chemist", "farmer", "export"])}_${s.latinFamily}` });
    if (rng.chance(0.5)) b.account(s, "Signal", { createdAt: WORLD_START - rng.int(30, 900) * DAY - rng.int(0, 86_399) * 1000, disclosed: false, lang: "en" });
    b.wallet(s, "crypto", { currency: "USDT", ownerAccount: tg, disclosed: rng.chance(0.4) });
    if (rng.chance(0.4)) b.wallet(s, "crypto", { currency: "BTC", disclosed: false });
    if (rng.chance(0.3)) b.wallet(s, "bank", { foreign: origin, disclosed: true });
    suppliers.push(s);
  }
  const city = FOREIGN_PORTS[suppliers[0]?.origin ?? "MX"]?.[0] ?? "Pacific";
  return { id, index: g, name: `${city} connection`, suppliers, serves };
}

function orgName(k: number): string {
  const [cj, ce] = ORG_COLOURS[k % ORG_COLOURS.length] as readonly [string, string];
  const [aj, ae] = ORG_ANIMALS[Math.floor(k / ORG_COLOURS.length) % ORG_ANIMALS.length] as readonly [string, string];
  const cycle = Math.floor(k / (ORG_COLOURS.length * ORG_ANIMALS.length));
  return `${cj}${aj}グループ (${ce} ${ae})${cycle > 0 ? ` ${cycle + 1}` : ""}`;
}

function pickPort(rng: Rng, ports: readonly Port[], area: Area): Port {
  const near = ports.filter((pt) => AREAS[pt.area] === area);
  return near.length > 0 && rng.chance(0.5) ? rng.pick(near) : rng.pick(ports);
}

function within(rng: Rng, from: number, to: number): number {
  return from + Math.floor(rng.next() * Math.max(1, to - from));
}

export function buildCell(p: WorldParams, k: number, bases: Bases, ctx: Context): Cell {
  const rng = Rng.stream(p.seed, "cell", k);
  const b = new CellBuilder(p, k, bases, rng);
  const g = networkIndex(k);

  // Every third cell hosts a foreign supplier network shared by the next organisations.
  let network: SupplierNetwork | null = null;
  if (k % 3 === 0) {
    network = buildNetwork(b, g);
    ctx.networks.set(g, network);
  }
  const picks = supplierPicks(p, k);
  const own = ctx.networks.get(g);
  const suppliers: Person[] = [];
  for (const i of picks.own) {
    const s = own?.suppliers[i];
    if (s) suppliers.push(s);
  }
  if (picks.prev !== null) {
    const s = ctx.networks.get(g - 1)?.suppliers[picks.prev];
    if (s) suppliers.push(s);
  }

  // The organisation.
  const area = rng.weighted(AREA_WEIGHTS);
  const start = WORLD_START + rng.int(0, 420) * DAY + rng.int(0, 23) * HOUR;
  const end = Math.min(start + rng.int(240, 600) * DAY, WORLD_END);
  const drugs = [...new Set(suppliers.flatMap((s) => s.drugs))].slice(0, 3) as Drug[];
  if (drugs.length === 0) drugs.push("methamphetamine");
  const org: Org = { id: orgId(k), index: k, name: orgName(k), area, start, end, drugs, contacts: [] };
  const link = links(p, k);
  const nextLink = links(p, k + 1);
  const prev = ctx.prev;

  const member = (role: Role, age: readonly [number, number], extra: Partial<PersonSpec> = {}): Person =>
    b.person({ role, org: org.id, age, area, activeFrom: start, activeUntil: end, female: 0.15, ...extra });

  const boss = member("boss", [35, 66], { female: 0.05 });
  const lieutenants = Array.from({ length: rng.int(1, 3) }, () => member("lieutenant", [26, 52]));
  const recruiters = Array.from({ length: rng.int(1, 3) }, () => member("recruiter", [20, 36]));
  const sellers = Array.from({ length: rng.int(2, 4) }, () => member("seller", [20, 42]));
  const financiers = Array.from({ length: rng.int(1, 2) }, () => member("financier", [30, 58], { female: 0.3 }));
  if (nextLink.sharesFinancier && financiers[0]) financiers[0].otherOrgs = [orgId(k + 1)];
  for (const r of [...recruiters, ...sellers]) r.reusesHandle = rng.chance(0.1);
  for (const s of sellers) s.drugs = rng.sample(drugs, rng.int(1, drugs.length));

  // Recruits: couriers and receivers, young, recruited through the ads over the organisation's life.
  const recruitWindow = Math.max(DAY, end - start - 30 * DAY);
  const recruit = (role: Role, i: number): Person => {
    const at = i < 1 ? start + rng.int(0, 10) * DAY : start + Math.floor(rng.next() * recruitWindow);
    return member(role, [18, 29], { activeFrom: at + rng.int(1, 5) * DAY, female: 0.2 });
  };
  const couriers = Array.from({ length: rng.int(2, 5) }, (_, i) => recruit("courier", i));
  const receivers = Array.from({ length: rng.int(2, 5) }, (_, i) => recruit("receiver", i));

  // Customers and everyone else.
  const buyers = Array.from({ length: rng.int(8, 14) }, () => {
    const from = start + Math.floor(rng.next() * Math.max(DAY, end - start - 20 * DAY));
    return b.person({ role: "buyer", org: "", age: [18, 55], area: rng.chance(0.8) ? area : rng.weighted(AREA_WEIGHTS), activeFrom: from, activeUntil: end, female: 0.25 });
  });
  const crossBuyers = link.buyersCross && prev ? rng.sample(buyers, rng.int(1, 2)) : [];
  for (const buyer of buyers) buyer.otherOrgs = [org.id];
  for (const buyer of crossBuyers) buyer.otherOrgs = [prev?.org.id ?? "", org.id].filter(Boolean);

  const ordinary = Array.from({ length: rng.int(14, 20) }, () =>
    b.person({ role: "ordinary", org: "", age: [16, 70], area: rng.chance(0.7) ? area : rng.weighted(AREA_WEIGHTS), activeFrom: WORLD_START, activeUntil: WORLD_END + DAY, female: 0.5 }),
  );
  const declined = rng.sample(ordinary.filter((o) => o.birthDate === "" || Number(o.birthDate.slice(0, 4)) >= 1990), rng.int(1, 3));

  // Accounts. Criminal accounts are created before the organisation starts; recruits install Telegram or
  // Signal when the recruiter tells them to.
  const before = (t: number, minDays: number, maxDays: number): number => t - rng.int(minDays, maxDays) * DAY - rng.int(0, 86_399) * 1000;
  const crim = (person: Person, platform: Platform, disclosed: number, extra: { stem?: string; use?: AccountUse; displayName?: string } = {}): Account =>
    b.account(person, platform, { createdAt: before(start, 5, 700), disclosed: rng.chance(disclosed), ...extra });

  crim(boss, "Telegram", 0.3);
  if (rng.chance(0.5)) crim(boss, "Signal", 0.2);
  if (rng.chance(0.5)) crim(boss, "LINE", 1);
  if (rng.chance(0.3)) crim(boss, "Instagram", 0.8);
  for (const l of lieutenants) {
    crim(l, "Telegram", 0.5);
    if (rng.chance(0.5)) crim(l, "Signal", 0.3);
    if (rng.chance(0.4)) crim(l, "LINE", 1);
    if (rng.chance(0.3)) crim(l, "X", 0.7);
  }
  const recruiterName = (): string => rng.pick(["高収入バイト紹介", "求人情報【即日】", "ホワイト案件窓口", "お仕事紹介センター", "即日即金バイト", "Job Info Japan", "日払いバイト速報", "副業サポート"]);
  for (const r of recruiters) {
    const stem = rng.pick(HANDLE_STEMS.recruiter);
    crim(r, "X", 0.6, { stem, use: "ads", displayName: recruiterName() });
    if (rng.chance(0.4)) crim(r, "Instagram", 0.6, { stem, use: "ads", displayName: recruiterName() });
    if (rng.chance(0.3)) crim(r, "X", 0.5, { stem: rng.pick(["okane_kubari", "genkin_present", "money_gift", "okanekubari"]), use: "giveaway", displayName: rng.pick(["お金配りアカウント💸", "現金プレゼント🎁", "お金配りおじさん"]) });
    crim(r, "Telegram", 0.4, { stem });
  }
  // The organisation's recruiting contacts, shared by all its ads (watchlist material).
  const lead = recruiters[0] as Person;
  const tgStem = `${rng.pick(["white", "shiro", "job", "work", "baito", "easy", "kasegi"])}_${rng.pick(["job", "work", "info", "desk", "center", "support"])}`;
  const recruitingTelegram = b.account(lead, "Telegram", { createdAt: before(start, 0, 30), disclosed: false, stem: tgStem, use: "recruiting", displayName: recruiterName() });
  const recruitingSignal = rng.chance(0.7) ? b.account(lead, "Signal", { createdAt: before(start, 0, 30), disclosed: false, stem: rng.pick(["shiro", "white", "job", "kasegu", "money"]), use: "recruiting" }) : null;
  const recruitingLine = rng.chance(0.4) ? b.account(lead, "LINE", { createdAt: before(start, 0, 30), disclosed: rng.chance(0.5), stem: rng.pick(["kyujin", "baito", "job"]), use: "recruiting" }) : null;
  const phone = `${rng.pick(["070", "080", "090"])}-0${String(scramble(k, 1000, p.seed >>> 0)).padStart(3, "0")}-${rng.digits(4)}`;
  const sellerName = (s: Person): string => {
    const talk = s.drugs[0] ?? "cannabis";
    const e = { cannabis: "🥦", "cannabis liquid": "🍯", methamphetamine: "❄️", cocaine: "⛄", MDMA: "💊", LSD: "🌈" }[talk];
    return rng.pick([`${e}八百屋${e}`, `${area.en} 🔌`, "野菜屋さん", `${e}${e}`, `${area.en} Plug`, `${e} menu ${e}`, "ice cream man 🍦", "Green shop 🍁"]);
  };
  for (const s of sellers) {
    const stem = rng.pick(SELLER_STEMS[s.drugs[0] ?? "cannabis"]);
    const display = sellerName(s);
    crim(s, "X", 0.6, { stem, use: "ads", displayName: display });
    if (rng.chance(0.6)) crim(s, "Instagram", 0.6, { stem, use: "ads", displayName: display });
    crim(s, "Telegram", 0.4, { stem });
    if (rng.chance(0.3)) crim(s, "Signal", 0.3, { stem });
    if (rng.chance(0.2)) crim(s, "LINE", 0.8, { stem });
  }
  for (const f of financiers) {
    crim(f, "Telegram", 0.5);
    if (rng.chance(0.4)) crim(f, "Signal", 0.3);
    if (rng.chance(0.5)) crim(f, "LINE", 1);
  }
  for (const r of [...couriers, ...receivers]) {
    b.account(r, "X", { createdAt: before(r.activeFrom, 100, 2500), disclosed: rng.chance(0.8) });
    if (rng.chance(0.5)) b.account(r, "Instagram", { createdAt: before(r.activeFrom, 100, 2500), disclosed: rng.chance(0.8) });
    if (rng.chance(0.6)) b.account(r, "LINE", { createdAt: before(r.activeFrom, 200, 3000), disclosed: true });
    const recruitedAt = r.activeFrom - rng.int(1, 4) * DAY;
    b.account(r, recruitingSignal && rng.chance(0.2) ? "Signal" : "Telegram", { createdAt: recruitedAt + rng.int(1, 6) * HOUR, disclosed: rng.chance(0.7) });
  }
  for (const buyer of buyers) {
    const pub: Platform = rng.chance(0.7) ? "X" : "Instagram";
    b.account(buyer, pub, { createdAt: before(buyer.activeFrom, 60, 3000), disclosed: rng.chance(0.7) });
    if (rng.chance(0.8)) b.account(buyer, "Telegram", { createdAt: before(buyer.activeFrom, 1, 200), disclosed: rng.chance(0.6) });
    if (rng.chance(0.4)) b.account(buyer, "LINE", { createdAt: before(buyer.activeFrom, 100, 3000), disclosed: true });
  }
  for (const o of ordinary) {
    const at = before(WORLD_START, 30, 4000);
    if (rng.chance(0.6)) b.account(o, "X", { createdAt: at, disclosed: rng.chance(0.8) });
    if (rng.chance(0.6)) b.account(o, "Instagram", { createdAt: at + rng.int(0, 300) * DAY, disclosed: rng.chance(0.8) });
    if (o.accounts.length === 0 || rng.chance(0.7)) b.account(o, "LINE", { createdAt: before(WORLD_START, 30, 4000), disclosed: true });
  }
  for (const d of declined) {
    if (!d.accounts.some((a) => a.platform === "X")) b.account(d, "X", { createdAt: before(WORLD_START, 30, 2000), disclosed: rng.chance(0.8) });
  }
  // Anonymous ordinary accounts: the majority, operator unknown.
  const anonymous = Array.from({ length: rng.int(55, 75) }, () =>
    b.account(null, rng.chance(0.6) ? "X" : "Instagram", { createdAt: before(WORLD_START, 0, 4500), disclosed: false, lang: rng.chance(0.85) ? "ja" : "en" }),
  );
  // Look-alike accounts: a greengrocer, an ice-cream shop, a staffing agency, crime-prevention and news.
  const special: Account[] = [];
  const shopOwner = (): Person => rng.pick(ordinary);
  const shop = (use: AccountUse, stem: string, name: string, owner: Person | null): void => {
    special.push(b.account(owner, rng.chance(0.6) ? "X" : "Instagram", { createdAt: before(WORLD_START, 100, 3000), disclosed: owner !== null, use, stem, displayName: name, role: "ordinary", org: "" }));
  };
  shop("shop-vegetables", rng.pick(["yaoya", "yasai_shop", "veggie_store", "aozora_yasai"]), `八百屋${rng.pick(["まるやま", "やおきゅう", "八百福", "みどり屋", "青果たなか"])}`, shopOwner());
  if (rng.chance(0.7)) shop("shop-ice-cream", rng.pick(["gelato", "icecream", "aisu_ya"]), `ジェラート${area.ja}`, shopOwner());
  if (rng.chance(0.6)) shop("staffing", rng.pick(["kyujin_navi", "baito_navi", "jobs"]), `${area.ja}求人ナビ`, null);
  if (rng.chance(0.35)) shop("police", rng.pick(["bouhan", "anzen", "cyber_patrol"]), `${area.ja}防犯ボランティア`, null);
  if (rng.chance(0.35)) shop("news", rng.pick(["news", "sokuho", "headline"]), "ニュース速報まとめ", null);

  // Wallets.
  const tgOf = (x: Person): Account | undefined => x.accounts.find((a) => a.platform === "Telegram");
  b.wallet(boss, "bank", { disclosed: true });
  if (rng.chance(0.6)) b.wallet(boss, "crypto", { ownerAccount: tgOf(boss), disclosed: rng.chance(0.3) });
  for (const l of lieutenants) if (rng.chance(0.5)) b.wallet(l, "bank");
  for (const f of financiers) {
    b.wallet(f, "bank", { disclosed: true });
    if (rng.chance(0.7)) b.wallet(f, "bank", { disclosed: rng.chance(0.6) });
    b.wallet(f, "crypto", { currency: "USDT", ownerAccount: tgOf(f), disclosed: rng.chance(0.5) });
    if (rng.chance(0.6)) b.wallet(f, "crypto", { currency: "BTC", ownerAccount: tgOf(f), disclosed: rng.chance(0.5) });
    if (rng.chance(0.3)) b.wallet(f, "prepaid");
    if (rng.chance(0.3)) b.wallet(f, "cash", { disclosed: true });
  }
  for (const s of sellers) {
    if (rng.chance(0.6)) b.wallet(s, "bank");
    if (rng.chance(0.4)) b.wallet(s, "other");
    if (rng.chance(0.3)) b.wallet(s, "crypto", { ownerAccount: tgOf(s) });
  }
  for (const r of [...couriers, ...receivers]) if (rng.chance(0.9)) b.wallet(r, "bank", { disclosed: true });
  for (const buyer of buyers) {
    if (rng.chance(0.8)) b.wallet(buyer, "bank");
    if (rng.chance(0.2)) b.wallet(buyer, "crypto", { ownerAccount: tgOf(buyer) });
    if (rng.chance(0.25)) b.wallet(buyer, rng.chance(0.5) ? "prepaid" : "other");
  }
  for (const o of ordinary) {
    if (rng.chance(0.9)) b.wallet(o, "bank", { disclosed: true });
    if (rng.chance(0.2)) b.wallet(o, "prepaid");
    if (rng.chance(0.25)) b.wallet(o, "other");
  }

  const sharedFinancier = link.sharesFinancier ? prev?.financiers[0] ?? null : null;
  const partner = link.lieutenantsTalk ? prev : null;
  org.contacts = [
    `@${recruitingTelegram.handle}`,
    ...(recruitingSignal ? [recruitingSignal.handle] : []),
    ...(recruitingLine ? [recruitingLine.handle] : []),
    phone,
    ...sellers.map((s) => `@${tgOf(s)?.handle ?? ""}`).filter((h) => h !== "@"),
    ...[...financiers, ...sellers].flatMap((x) => x.wallets.filter((w) => w.identifier !== "").map((w) => w.identifier)),
  ];

  // ---- The plan: imports, jobs, sales, in time order, with seizures and arrests as they happen. ----
  const supplies: Supply[] = [];
  const jobs: Job[] = [];
  const purchases: Purchase[] = [];
  type Planned =
    | { kind: "import"; at: number }
    | { kind: "local"; at: number }
    | { kind: "purchase"; at: number; buyer: Person; cross: boolean }
    | { kind: "sting"; at: number; seller: Person }
    | { kind: "noise"; at: number }
    | { kind: "bossArrest"; at: number }
    | { kind: "buyerArrest"; at: number; buyer: Person };
  const plan: Planned[] = [];
  const span = Math.max(DAY, end - start);
  for (let i = 0, n = rng.int(6, 10); i < n; i++) plan.push({ kind: "import", at: start + 10 * DAY + Math.floor(rng.next() * Math.max(DAY, span - 50 * DAY)) });
  for (let i = 0, n = rng.int(3, 8); i < n; i++) plan.push({ kind: "local", at: start + Math.floor(rng.next() * span) });
  for (const buyer of buyers) {
    for (let i = 0, n = rng.int(1, 5); i < n; i++) plan.push({ kind: "purchase", at: within(rng, buyer.activeFrom, buyer.activeUntil), buyer, cross: crossBuyers.includes(buyer) && rng.chance(0.4) });
  }
  for (let i = 0, n = rng.int(2, 5); i < n; i++) plan.push({ kind: "noise", at: within(rng, WORLD_START, WORLD_END) });
  for (let i = 0, n = rng.chance(0.3) ? 2 : 1; i < n; i++) plan.push({ kind: "sting", at: within(rng, start + 30 * DAY, end), seller: rng.pick(sellers) });
  if (rng.chance(0.8)) plan.push({ kind: "buyerArrest", at: within(rng, start, end), buyer: rng.pick(buyers) });
  if (rng.chance(0.06)) plan.push({ kind: "bossArrest", at: end - rng.int(0, 20) * DAY });
  plan.sort((x, y) => x.at - y.at);

  const workerPool = (pool: Person[], t: number): Person | null => {
    const ok = pool.filter((x) => available(x, t));
    return ok.length > 0 ? rng.pick(ok) : null;
  };
  const payWallets = (seller: Person, fin: Person[]): Wallet[] => [
    ...seller.wallets.filter((w) => w.kind !== "cash"),
    ...fin.flatMap((f) => f.wallets.filter((w) => w.kind === "bank" || w.kind === "crypto")),
  ];
  const agencyNear = (a: Area): string => (rng.chance(0.2) ? CUSTOMS_AGENCY : a.police);

  for (const ev of plan) {
    switch (ev.kind) {
      case "import": {
        const supplier = suppliers.length > 0 ? rng.pick(suppliers) : null;
        if (!supplier) break;
        const drug = rng.pick(supplier.drugs.filter((d) => drugs.includes(d)).length > 0 ? supplier.drugs.filter((d) => drugs.includes(d)) : supplier.drugs);
        let method = rng.weighted<ShipmentMethod>([["maritime-container", 2], ["air-courier", 3], ["parcel", 3], ["traveller", 2], ["other", 0.3]]);
        if (method === "maritime-container" && (drug === "LSD" || drug === "MDMA" || drug === "cannabis liquid")) method = "air-courier";
        const [tmin, tmax] = TRANSIT[method];
        let arrival = ev.at + tmin + Math.floor(rng.next() * (tmax - tmin));
        const pool = method === "traveller" ? couriers : receivers;
        let worker = workerPool(pool, method === "traveller" ? ev.at - 3 * DAY : arrival);
        if (!worker) {
          // Nobody recruited yet: the import waits for the first recruit who is still free.
          const next = pool.filter((x) => x.activeFrom > ev.at && x.activeUntil > x.activeFrom).sort((x, y) => x.activeFrom - y.activeFrom)[0];
          if (!next) break;
          worker = next;
          const delay = next.activeFrom + rng.int(2, 20) * DAY + rng.int(0, 86_399) * 1000 - ev.at;
          ev.at += delay;
          arrival += delay;
        }
        if (arrival > end || arrival >= worker.activeUntil) break;
        const port = method === "maritime-container" || (method === "other" && rng.chance(0.5)) ? pickPort(rng, SEA_PORTS, area) : pickPort(rng, AIR_PORTS, area);
        const [gmin, gmax] = IMPORT_GRAMS[method];
        const grams = Math.round(rng.skewed(gmin, gmax, 2) / (method === "maritime-container" ? 1000 : 10)) * (method === "maritime-container" ? 1000 : 10);
        const seized = rng.chance(SEIZURE[method]);
        const lt = rng.pick(lieutenants);
        const ship = b.shipment({
          sender: supplier.id,
          recipient: method === "traveller" ? (rng.chance(0.5) ? lt.id : worker.id) : worker.id,
          courier: method === "traveller" ? worker.id : "",
          method,
          origin: supplier.origin,
          destination: "JP",
          port: port.name,
          at: ev.at,
          offset: supplier.offset,
          seized,
          drug,
          grams,
        });
        const usdt = Math.max(500, Math.round((grams / 1000) * USDT_PER_KG[drug] * rng.between(0.8, 1.2) / 100) * 100);
        supplies.push({ supplier, at: ev.at, drug, grams, method, port: port.name, portEn: port.en, shipmentId: ship.id, seized, usdt });
        const cities: Record<string, string> = { TH: "バンコク", MY: "クアラルンプール", MX: "メキシコシティ", US: "ロサンゼルス", CA: "バンクーバー", TW: "台北", HK: "香港", CN: "広州", PH: "マニラ", BR: "サンパウロ", NL: "アムステルダム" };
        const job: Job = {
          worker,
          at: method === "traveller" ? ev.at - rng.int(2, 6) * DAY : arrival,
          kind: method === "traveller" ? "traveller" : "receive",
          shipmentId: ship.id,
          pay: method === "traveller" ? rng.int(30, 100) * 10_000 : rng.int(5, 30) * 10_000,
          city: cities[supplier.origin] ?? "海外",
          port: port.name,
        };
        jobs.push(job);
        if (seized) {
          const law = drugLaw(drug, arrival);
          const charges = [`${law}（営利目的輸入）`, "関税法違反"];
          if (method === "traveller") {
            b.arrest(worker, arrival + rng.int(1, 4) * HOUR, port.name, charges, rng.chance(0.5) ? port.customs : (AREAS[port.area] as Area).police, ship.id);
          } else {
            const cd = arrival + rng.int(0, 2) * DAY + rng.int(8, 20) * HOUR;
            b.arrest(worker, cd, rng.pick(worker.area.wards), charges, agencyNear(worker.area), ship.id);
            // Controlled delivery: the courier sent to collect the parcel from the receiver is taken too.
            const collector = rng.chance(0.4) ? workerPool(couriers, cd) : null;
            if (collector) b.arrest(collector, cd + rng.int(10, 120) * 60_000, rng.pick(worker.area.wards), charges, agencyNear(worker.area), ship.id);
            // Follow-up: the recruiter or a lieutenant, weeks later.
            if (rng.chance(0.3)) {
              const who = rng.chance(0.6) ? rng.pick(recruiters) : lt;
              b.arrest(who, cd + rng.int(20, 90) * DAY + rng.int(-6, 6) * HOUR, rng.pick(area.wards), [`${law}（営利目的輸入）`, "麻薬特例法違反"], area.police, ship.id);
            }
          }
        }
        break;
      }
      case "local": {
        const worker = workerPool([...couriers, ...receivers], ev.at);
        if (!worker) break;
        jobs.push({ worker, at: ev.at, kind: "locker", shipmentId: "", pay: rng.int(3, 15) * 10_000, city: "", port: "" });
        break;
      }
      case "purchase": {
        const fromPrev = ev.cross && prev ? prev : null;
        const sellerPool = (fromPrev ? fromPrev.sellers : sellers).filter((s) => available(s, ev.at));
        if (sellerPool.length === 0 || !available(ev.buyer, ev.at)) break;
        const seller = rng.pick(sellerPool);
        const drug = rng.pick(seller.drugs.length > 0 ? seller.drugs : drugs);
        const unit = rng.pick(DRUG_TALK[drug].units);
        const wallets = payWallets(seller, fromPrev ? fromPrev.financiers : financiers);
        // Posted orders are paid in advance; hand-to-hand ones often in cash.
        const delivery = wallets.length > 0 && rng.chance(0.3) ? "parcel" : "hand";
        const cash = delivery === "hand" && (wallets.length === 0 || rng.chance(0.4));
        const payTo = cash ? null : rng.pick(wallets);
        const fromWallets = ev.buyer.wallets.filter((w) => (payTo?.kind === "crypto" ? w.kind === "crypto" : w.kind !== "crypto"));
        const payFrom = payTo && fromWallets.length > 0 ? rng.pick(fromWallets) : null;
        let shipmentId = "";
        if (delivery === "parcel") {
          const sender = workerPool(receivers, ev.at) ?? seller;
          const seized = rng.chance(0.08);
          const ship = b.shipment({ sender: sender.id, recipient: ev.buyer.id, courier: "", method: "parcel", origin: "JP", destination: "JP", port: "", at: ev.at + rng.int(2, 30) * HOUR, offset: JST, seized, drug, grams: unit[1] });
          shipmentId = ship.id;
          if (sender !== seller) jobs.push({ worker: sender, at: ev.at + rng.int(1, 10) * HOUR, kind: "ship", shipmentId: ship.id, pay: rng.int(1, 3) * 10_000, city: "", port: "" });
          if (seized) {
            const law = drugLaw(drug, ev.at);
            if (rng.chance(0.6)) b.arrest(ev.buyer, ev.at + rng.int(3, 20) * DAY, rng.pick(ev.buyer.area.wards), [`${law}（所持）`], ev.buyer.area.police, ship.id);
            if (rng.chance(0.5)) b.arrest(sender, ev.at + rng.int(10, 40) * DAY, rng.pick(area.wards), [`${law}（営利目的譲渡）`, "麻薬特例法違反"], area.police, ship.id);
          }
        }
        purchases.push({ buyer: ev.buyer, seller, org: fromPrev ? fromPrev.org.id : org.id, at: ev.at, drug, unit, delivery, payTo, payFrom, shipmentId, station: rng.pick((fromPrev?.org.area ?? area).stations) });
        break;
      }
      case "sting": {
        const law = drugLaw(ev.seller.drugs[0] ?? drugs[0] ?? "methamphetamine", ev.at);
        b.arrest(ev.seller, ev.at, rng.pick(area.stations), [`${law}（営利目的所持）`], area.police, "");
        break;
      }
      case "buyerArrest": {
        const law = drugLaw(drugs[0] ?? "cannabis", ev.at);
        b.arrest(ev.buyer, ev.at, rng.pick(ev.buyer.area.wards), [`${law}（所持）`], ev.buyer.area.police, "");
        break;
      }
      case "bossArrest": {
        const law = drugLaw(drugs[0] ?? "methamphetamine", ev.at);
        b.arrest(boss, ev.at, rng.pick(area.wards), ["麻薬特例法違反（業として）", `${law}（営利目的譲渡）`], rng.chance(0.5) ? area.police : CUSTOMS_AGENCY, "");
        break;
      }
      case "noise": {
        const from = rng.pick(ordinary);
        const to = rng.pick(ordinary);
        if (from === to) break;
        b.shipment({ sender: from.id, recipient: to.id, courier: "", method: "parcel", origin: "JP", destination: "JP", port: "", at: ev.at, offset: JST, seized: false, drug: "", grams: null });
        break;
      }
    }
  }

  const external = { wallets: [] as string[], accounts: [] as string[] };
  if (p.placeholders) {
    if (rng.chance(0.5)) external.wallets.push(makeId("externalWallet", k + 1));
    if (rng.chance(0.5)) external.accounts.push(makeId("externalAccount", k + 1));
  }

  const cell: Cell = {
    index: k, org, network, persons: b.persons, accounts: b.accounts, wallets: b.wallets, shipments: b.shipments, arrests: b.arrests,
    purchases, jobs, supplies, boss, lieutenants, recruiters, sellers, financiers, couriers, receivers, buyers, ordinary, declined,
    anonymous, special, suppliers, sharedFinancier, partner,
    recruiting: { telegram: recruitingTelegram, signal: recruitingSignal, line: recruitingLine, phone },
    crossBuyers, prev, external,
  };
  ctx.prev = { org, boss, lieutenants, financiers, sellers };
  for (const key of [...ctx.networks.keys()]) if (key < g - 1) ctx.networks.delete(key);
  return cell;
}
