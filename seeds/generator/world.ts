// The synthetic trafficking world: generateWorld() describes it (cheaply: nothing is generated yet), and its
// iterators produce the rows of each file, one cell at a time, so memory stays flat at any scale.

import { buildCell, links, orgId, worldParams, type Bases, type Context, type WorldParams } from "./core.js";
import { renderMessages, renderPayments, type MessageOut } from "./events.js";
import type { Cell, InternalShipment, Person } from "./model.js";
import {
  CANONICAL_KINDS, type AccountRow, type ArrestRow, type CanonicalKind, type CanonicalRows, type GroundTruthRow,
  type MessageLabelRow, type MessageRow, type OrganisationInfo, type PaymentRow, type PersonRow, type ShipmentRow, type WalletRow,
} from "./schema.js";
import { dateAt, isoAt } from "./time.js";

export interface GenerateOptions {
  /** 1 ≈ a small demo (3 organisations, ~150 persons, ~2,000 messages); grows linearly. */
  scale: number;
  seed: number;
  /** Reference a few undeclared ids (AEXT…, WEXT…) to exercise placeholders. Default true. */
  placeholders?: boolean;
}

export type WorldCounts = Record<CanonicalKind | "groundTruth" | "messageLabels" | "organisations", number>;

/** One cell of the world with its rows. Messages and payments are numbered from the bases the caller keeps. */
export interface CellRows {
  readonly cell: Cell;
  persons(): PersonRow[];
  accounts(): AccountRow[];
  wallets(): WalletRow[];
  shipments(): ShipmentRow[];
  arrests(): ArrestRow[];
  messages(base: number): MessageOut[];
  payments(base: number): PaymentRow[];
  groundTruth(): GroundTruthRow[];
  organisations(): OrganisationInfo[];
}

export interface World {
  readonly options: Readonly<Required<GenerateOptions>>;
  readonly params: Readonly<WorldParams>;
  /** Number of organisations (cells). */
  readonly organisationCount: number;
  /** Walks the cells in order (each built on demand and then dropped). */
  cells(): Generator<CellRows>;
  rows<K extends CanonicalKind>(kind: K): Generator<CanonicalRows[K]>;
  persons(): Generator<PersonRow>;
  accounts(): Generator<AccountRow>;
  wallets(): Generator<WalletRow>;
  messages(): Generator<MessageRow>;
  payments(): Generator<PaymentRow>;
  shipments(): Generator<ShipmentRow>;
  arrests(): Generator<ArrestRow>;
  groundTruth(): Generator<GroundTruthRow>;
  messageLabels(): Generator<MessageLabelRow>;
  organisations(): Generator<OrganisationInfo>;
  /** Generates everything without writing and counts rows. */
  counts(): WorldCounts;
}

function shipmentRow(s: InternalShipment): ShipmentRow {
  return {
    id: s.id,
    sender_id: s.sender,
    recipient_id: s.recipient,
    courier_id: s.courier,
    method: s.method,
    origin_country: s.origin,
    destination_country: s.destination,
    port: s.port,
    shipped_at: isoAt(s.at, s.offset),
    seized: s.seized,
    drug: s.drug,
    quantity_g: s.grams,
  };
}

function groundTruthRows(cell: Cell): GroundTruthRow[] {
  const rows: GroundTruthRow[] = [];
  const orgOf = (p: Person): string => (p.role === "buyer" || p.role === "ordinary" ? "" : p.org);
  for (const p of cell.persons) {
    rows.push({ id: p.id, kind: "person", organisation: orgOf(p), role: p.role, other_organisations: p.otherOrgs, operator_id: "" });
  }
  for (const a of cell.accounts) {
    const op = a.operator;
    const special = a.use !== "personal" && a.use !== "ads" && a.use !== "recruiting" && a.use !== "giveaway";
    rows.push({
      id: a.id,
      kind: "account",
      organisation: special || !op ? "" : orgOf(op),
      role: special || !op ? "ordinary" : op.role,
      other_organisations: special || !op ? [] : op.otherOrgs,
      operator_id: op?.id ?? "",
    });
  }
  for (const w of cell.wallets) {
    rows.push({ id: w.id, kind: "wallet", organisation: orgOf(w.owner), role: w.owner.role, other_organisations: w.owner.otherOrgs, operator_id: w.owner.id });
  }
  return rows;
}

function organisationInfos(p: WorldParams, cell: Cell): OrganisationInfo[] {
  const out: OrganisationInfo[] = [];
  const net = cell.network;
  if (net) {
    out.push({
      id: net.id,
      name: net.name,
      type: "supplier-network",
      boss: net.suppliers[0]?.id ?? "",
      members: net.suppliers.map((s) => ({ id: s.id, role: s.role })),
      accounts: net.suppliers.flatMap((s) => s.accounts.map((a) => a.id)),
      wallets: net.suppliers.flatMap((s) => s.wallets.map((w) => w.id)),
      contacts: net.suppliers.flatMap((s) => [...s.accounts.filter((a) => a.platform === "Telegram").map((a) => `@${a.handle}`), ...s.wallets.filter((w) => w.identifier).map((w) => w.identifier)]),
      suppliers: [],
      linkedOrganisations: [...new Set(net.serves.flat())],
      drugs: [...new Set(net.suppliers.flatMap((s) => s.drugs))],
      active: { from: "", to: "" },
      associates: [],
    });
  }
  const k = cell.index;
  const members = [cell.boss, ...cell.lieutenants, ...cell.recruiters, ...cell.sellers, ...cell.financiers, ...cell.couriers, ...cell.receivers];
  const linked = new Set<string>();
  const l = links(p, k);
  if (l.sharesFinancier || l.lieutenantsTalk || l.buyersCross) linked.add(orgId(k - 1));
  const n = links(p, k + 1);
  if (n.sharesFinancier || n.lieutenantsTalk || n.buyersCross) linked.add(orgId(k + 1));
  // Organisations buying from the same suppliers.
  for (const s of cell.suppliers) for (const o of s.otherOrgs) if (o !== cell.org.id) linked.add(o);
  out.push({
    id: cell.org.id,
    name: cell.org.name,
    type: "organisation",
    boss: cell.boss.id,
    members: members.map((m) => ({ id: m.id, role: m.role })),
    accounts: members.flatMap((m) => m.accounts.map((a) => a.id)),
    wallets: members.flatMap((m) => m.wallets.map((w) => w.id)),
    contacts: cell.org.contacts,
    suppliers: cell.suppliers.map((s) => s.id),
    linkedOrganisations: [...linked].sort(),
    drugs: cell.org.drugs,
    active: { from: dateAt(cell.org.start), to: dateAt(cell.org.end) },
    associates: [
      ...(cell.sharedFinancier ? [{ id: cell.sharedFinancier.id, role: "financier" as const }] : []),
      ...cell.suppliers.map((s) => ({ id: s.id, role: "supplier" as const })),
    ],
  });
  return out;
}

export function generateWorld(options: GenerateOptions): World {
  const opts: Required<GenerateOptions> = { placeholders: true, ...options };
  const params = worldParams(opts.scale, opts.seed, opts.placeholders);

  function* cells(): Generator<CellRows> {
    const bases: Bases = { person: 0, account: 0, wallet: 0, shipment: 0, arrest: 0 };
    const ctx: Context = { networks: new Map(), prev: null };
    for (let k = 0; k < params.cells; k++) {
      const cell = buildCell(params, k, { ...bases }, ctx);
      bases.person += cell.persons.length;
      bases.account += cell.accounts.length;
      bases.wallet += cell.wallets.length;
      bases.shipment += cell.shipments.length;
      bases.arrest += cell.arrests.length;
      yield {
        cell,
        persons: () => cell.persons.map((x) => ({ id: x.id, name: x.name, aliases: x.aliases, nationality: x.nationality, birth_date: x.birthDate })),
        accounts: () =>
          cell.accounts.map((a) => ({
            id: a.id, platform: a.platform, handle: a.handle, display_name: a.displayName,
            person_id: a.disclosed && a.operator ? a.operator.id : "", created_at: isoAt(a.createdAt, a.operator?.offset),
          })),
        wallets: () => cell.wallets.map((w) => ({ id: w.id, kind: w.kind, identifier: w.identifier, institution: w.institution, owner_id: w.ownerRef })),
        shipments: () => cell.shipments.map(shipmentRow),
        arrests: () => cell.arrests,
        messages: (base) => renderMessages(params, cell, base),
        payments: (base) => renderPayments(params, cell, base),
        groundTruth: () => groundTruthRows(cell),
        organisations: () => organisationInfos(params, cell),
      };
    }
  }

  function* rows<K extends CanonicalKind>(kind: K): Generator<CanonicalRows[K]> {
    let base = 0;
    for (const c of cells()) {
      if (kind === "messages") {
        const ms = c.messages(base);
        base += ms.length;
        for (const m of ms) yield m.row as CanonicalRows[K];
      } else if (kind === "payments") {
        const ps = c.payments(base);
        base += ps.length;
        yield* ps as CanonicalRows[K][];
      } else {
        yield* (c[kind as Exclude<CanonicalKind, "messages" | "payments">]() as CanonicalRows[K][]);
      }
    }
  }

  function* messageLabels(): Generator<MessageLabelRow> {
    let base = 0;
    for (const c of cells()) {
      const ms = c.messages(base);
      base += ms.length;
      for (const m of ms) yield m.label;
    }
  }

  return {
    options: opts,
    params,
    organisationCount: params.cells,
    cells,
    rows,
    persons: () => rows("persons"),
    accounts: () => rows("accounts"),
    wallets: () => rows("wallets"),
    messages: () => rows("messages"),
    payments: () => rows("payments"),
    shipments: () => rows("shipments"),
    arrests: () => rows("arrests"),
    *groundTruth() {
      for (const c of cells()) yield* c.groundTruth();
    },
    messageLabels,
    *organisations() {
      for (const c of cells()) yield* c.organisations();
    },
    counts() {
      const counts = Object.fromEntries([...CANONICAL_KINDS, "groundTruth", "messageLabels", "organisations"].map((k) => [k, 0])) as WorldCounts;
      let m = 0;
      let pay = 0;
      for (const c of cells()) {
        counts.persons += c.cell.persons.length;
        counts.accounts += c.cell.accounts.length;
        counts.wallets += c.cell.wallets.length;
        counts.shipments += c.cell.shipments.length;
        counts.arrests += c.cell.arrests.length;
        const ms = c.messages(m).length;
        m += ms;
        const ps = c.payments(pay).length;
        pay += ps;
        counts.groundTruth += c.cell.persons.length + c.cell.accounts.length + c.cell.wallets.length;
        counts.organisations += 1 + (c.cell.network ? 1 : 0);
      }
      counts.messages = m;
      counts.messageLabels = m;
      counts.payments = pay;
      return counts;
    },
  };
}
