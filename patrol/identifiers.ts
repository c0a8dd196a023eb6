// Contact identifiers in a post (messenger ids, phone numbers, handles, wallets), normalised so that the same
// identifier written two ways gives the same `value`: watchlist alerts match on `value` across kinds (a
// Telegram name reused as an X handle is the same lead).

import { createHash } from "node:crypto";
import { normalise } from "./normalise.js";

export type IdentifierKind =
  | "telegram"
  | "signal"
  | "wickr"
  | "threema"
  | "line"
  | "phone"
  | "handle"
  | "btc"
  | "eth"
  | "tron";

export interface ContactIdentifier {
  kind: IdentifierKind;
  /** Canonical form: user names lower case without "@", phones E.164 ("+819012345678"), wallets as the chain writes them. */
  value: string;
  /** As it appeared (after NFKC). */
  raw: string;
}

const APP_CUES: readonly [IdentifierKind, string][] = [
  ["telegram", "telegram|テレグラム|テレグラ|tele|テレ|tg"],
  ["signal", "signal|シグナル"],
  ["wickr", "wickr\\s?me|wickr|ウィッカー"],
  ["threema", "threema"],
  ["line", "line|ライン"],
];
const USERNAME = "[A-Za-z0-9_][A-Za-z0-9_.~\\-]{2,39}";
const PHONE_LIKE = "\\+?\\d[\\d\\- ()]{7,}\\d";

function appMentionPattern(cues: string): RegExp {
  return new RegExp(
    `(?<![A-Za-z])(?:${cues})(?![A-Za-z])\\s*(?:id\\s*)?(?:([:=→⇒>]|は|で|に)\\s*)?(@)?\\s*(${PHONE_LIKE}|${USERNAME})`,
    "giu",
  );
}
const APP_MENTIONS = APP_CUES.map(([kind, cues]) => ({ kind, re: appMentionPattern(cues) }));
const TELEGRAM_LINK = /(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.me\/(?:joinchat\/|\+)?([A-Za-z0-9_]{4,32})/giu;
const SIGNAL_LINK = /signal\.me\/#?(?:eu\/|p\/)?([A-Za-z0-9_.+\-]{3,60})/giu;
const LINE_LINK = /line\.me\/(?:ti\/p\/|R\/ti\/p\/)?~?@?([A-Za-z0-9_.\-]{3,40})/giu;
const HANDLE = /(?<![\w.@])@([A-Za-z0-9_]{3,30})(?![\w@])/gu;
const JP_PHONE = /(?<![\d+])0\d{1,4}[-\s(]?\d{1,4}[-\s)]?\d{3,4}(?!\d)/gu;
const INTL_PHONE = /(?<![\d\w])\+\d{1,3}[\s-]?(?:\(0\))?\(?\d{1,4}\)?(?:[\s-]?\d{2,5}){1,4}(?!\d)/gu;
const ETH = /(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])/gu;
const BECH32 = /(?<![0-9A-Za-z])bc1[02-9ac-hj-np-z]{11,71}(?![0-9A-Za-z])/giu;
const BASE58_BTC = /(?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])/gu;
const TRON = /(?<![0-9A-Za-z])T[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])/gu;

/** Contact identifiers in the text, in order of first appearance, each value once. */
export function extractIdentifiers(text: string): ContactIdentifier[] {
  // Spaced-out identifiers ("0 9 0 - 1 2 3 4 ...") are joined by normalise(); underscores in real handles
  // ("a_b_c") would also be joined there, so the NFKC-only text is scanned as well.
  const nfkc = foldDashesBetweenDigits(text.normalize("NFKC").replace(/[\u200B-\u200F\u2060\uFEFF]/gu, ""));
  const plain = normalise(nfkc, { foldCase: false, foldKana: false, foldLeet: false });
  const found: (ContactIdentifier & { index: number })[] = [];
  const seen = new Set<string>();
  const add = (kind: IdentifierKind, value: string | undefined, raw: string, index: number): void => {
    if (!value || seen.has(value)) return;
    seen.add(value);
    found.push({ kind, value, raw, index });
  };

  // Most specific first: a name after "テレグラム:" is a Telegram id, the same name alone only a handle.
  const extractors: ((source: string) => void)[] = [
    (source) => {
      for (const m of source.matchAll(TELEGRAM_LINK)) add("telegram", username(m[1]), m[0], m.index);
      for (const m of source.matchAll(SIGNAL_LINK)) add("signal", username(m[1]), m[0], m.index);
      for (const m of source.matchAll(LINE_LINK)) add("line", username(m[1]), m[0], m.index);
    },
    (source) => {
      for (const { kind, re } of APP_MENTIONS) {
        for (const m of source.matchAll(re)) {
          const [raw, separator, at, candidate] = m;
          if (!candidate) continue;
          const phone = normalisePhone(candidate);
          const explicit = separator !== undefined || at !== undefined;
          // Without ":" or "@" ("signal strength"), only accept what cannot be an ordinary word.
          if (!explicit && !phone && !/[\d_]/.test(candidate)) continue;
          if (/^(me|id)$/i.test(candidate)) continue;
          add(kind, phone ?? username(candidate), raw, m.index);
        }
      }
    },
    (source) => {
      for (const m of source.matchAll(ETH)) add("eth", m[0].toLowerCase(), m[0], m.index);
      for (const m of source.matchAll(BECH32)) {
        if (isValidBech32(m[0])) add("btc", m[0].toLowerCase(), m[0], m.index);
      }
      for (const m of source.matchAll(BASE58_BTC)) {
        const version = base58CheckVersion(m[0]);
        if (version === 0x00 || version === 0x05) add("btc", m[0], m[0], m.index);
      }
      for (const m of source.matchAll(TRON)) {
        if (base58CheckVersion(m[0]) === 0x41) add("tron", m[0], m[0], m.index);
      }
    },
    (source) => {
      for (const m of source.matchAll(INTL_PHONE)) add("phone", normalisePhone(m[0]), m[0], m.index);
      for (const m of source.matchAll(JP_PHONE)) add("phone", normalisePhone(m[0]), m[0], m.index);
    },
    (source) => {
      for (const m of source.matchAll(HANDLE)) add("handle", username(m[1]), m[0], m.index);
    },
  ];
  const sources = nfkc === plain ? [nfkc] : [plain, nfkc];
  for (const extract of extractors) for (const source of sources) extract(source);
  return found.sort((a, b) => a.index - b.index).map(({ kind, value, raw }) => ({ kind, value, raw }));
}

/** Japanese users often type the long-vowel mark or a dash-like symbol between digits: 090ー1234ー5678. */
function foldDashesBetweenDigits(text: string): string {
  return text.replace(/(?<=\d)\s?[ー‐‑‒–—―−〜~]\s?(?=\d)/gu, "-");
}

function username(raw: string | undefined): string | undefined {
  const value = raw?.replace(/^@/, "").replace(/[.\-~]+$/, "").toLowerCase();
  return value && value.length >= 3 ? value : undefined;
}

/** E.164 for Japanese domestic ("090-1234-5678" → "+819012345678") and international numbers; else undefined. */
export function normalisePhone(raw: string): string | undefined {
  const trimmed = raw.trim().replace(/\(0\)/g, "");
  const digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) {
    return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : undefined;
  }
  // Japanese numbers: 0 + 9 digits (landline) or 0[5789]0 + 8 digits (mobile, IP phone).
  if (/^0\d{9}$/.test(digits) && !digits.startsWith("00")) return `+81${digits.slice(1)}`;
  if (/^0[5789]0\d{8}$/.test(digits)) return `+81${digits.slice(1)}`;
  return undefined;
}

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const sha256 = (data: Uint8Array): Uint8Array => createHash("sha256").update(data).digest();

/** Version byte of a valid Base58Check string, or undefined when the checksum fails. */
export function base58CheckVersion(address: string): number | undefined {
  let n = 0n;
  for (const ch of address) {
    const digit = BASE58.indexOf(ch);
    if (digit < 0) return undefined;
    n = n * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of address) {
    if (ch !== "1") break;
    bytes.unshift(0);
  }
  if (bytes.length < 5) return undefined;
  const payload = Uint8Array.from(bytes.slice(0, -4));
  const checksum = sha256(sha256(payload)).subarray(0, 4);
  const given = bytes.slice(-4);
  if (!given.every((byte, i) => byte === checksum[i])) return undefined;
  return payload[0];
}

const BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function bech32Polymod(values: number[]): number {
  const generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= generator[i]!;
  }
  return chk >>> 0;
}

/** BIP-173 / BIP-350 checksum (bech32 for segwit v0, bech32m for taproot). */
export function isValidBech32(address: string): boolean {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return false;
  const lower = address.toLowerCase();
  const sep = lower.lastIndexOf("1");
  if (sep < 1 || lower.length - sep < 7) return false;
  const hrp = lower.slice(0, sep);
  const data = [...lower.slice(sep + 1)].map((ch) => BECH32_CHARSET.indexOf(ch));
  if (data.some((d) => d < 0)) return false;
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const polymod = bech32Polymod([...expanded, ...data]);
  return polymod === BECH32_CONST || polymod === BECH32M_CONST;
}
