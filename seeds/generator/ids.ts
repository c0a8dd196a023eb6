// Readable ids, one prefix per kind, unique across all kinds of a dataset (no prefix is a prefix of another
// followed by digits: P000001 vs PAY0000001, A0000001 vs AR000001 vs AEXT000001).

export const ID_PREFIX = {
  person: "P",
  account: "A",
  wallet: "W",
  message: "M",
  payment: "PAY",
  shipment: "S",
  arrest: "AR",
  organisation: "ORG",
  supplierNetwork: "SUP",
  /** Referenced but declared by no file: exercises the importer's placeholders (see docs/seed-data.md). */
  externalAccount: "AEXT",
  externalWallet: "WEXT",
} as const;

export type IdKind = keyof typeof ID_PREFIX;

const WIDTH: Record<IdKind, number> = {
  person: 6,
  account: 7,
  wallet: 6,
  message: 8,
  payment: 7,
  shipment: 6,
  arrest: 6,
  organisation: 4,
  supplierNetwork: 4,
  externalAccount: 6,
  externalWallet: 6,
};

/** The id of the n-th (1-based) thing of a kind: makeId("person", 12) = "P000012". */
export function makeId(kind: IdKind, n: number): string {
  return `${ID_PREFIX[kind]}${String(n).padStart(WIDTH[kind], "0")}`;
}

/** True for the ids the generator references on purpose without declaring them. */
export function isExternalId(id: string): boolean {
  return /^(AEXT|WEXT)\d+$/.test(id);
}
