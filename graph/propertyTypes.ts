// Property types: each one normalises and validates raw values (from files, the API) into what is stored.
// One definition per type, shared by importers, API and web, so a value means the same thing everywhere.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface PropertyType<T = unknown> {
  readonly name: string;
  /** Turns a raw value (usually a string from a file) into the stored value, or says why it cannot. */
  parse(raw: unknown): Parsed<T>;
  /** How Neo4j stores it: temporal types become Cypher date()/datetime() in write queries. */
  readonly storage: "string" | "number" | "boolean" | "stringList" | "date" | "datetime" | "json";
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

function asText(raw: unknown): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return undefined;
}

export const text: PropertyType<string> = {
  name: "text",
  storage: "string",
  parse(raw) {
    const s = asText(raw);
    return s === undefined ? bad("expected text") : ok(s.normalize("NFC"));
  },
};

/** A short single-line string: trimmed, inner whitespace folded. */
export const string: PropertyType<string> = {
  name: "string",
  storage: "string",
  parse(raw) {
    const s = asText(raw);
    if (s === undefined) return bad("expected a string");
    const folded = s.normalize("NFC").replace(/\s+/g, " ").trim();
    return folded === "" ? bad("is empty") : ok(folded);
  },
};

/** Stable identifiers: no surrounding whitespace, no control characters, at most 200 characters. */
export const identifier: PropertyType<string> = {
  name: "identifier",
  storage: "string",
  parse(raw) {
    const s = asText(raw)?.trim();
    if (!s) return bad("is empty");
    if (s.length > 200) return bad("is longer than 200 characters");
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(s)) return bad("contains control characters");
    return ok(s);
  },
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A calendar date, YYYY-MM-DD; impossible dates (2025-02-30) are refused. */
export const date: PropertyType<string> = {
  name: "date",
  storage: "date",
  parse(raw) {
    const s = asText(raw)?.trim();
    if (!s) return bad("is empty");
    const m = ISO_DATE.exec(s);
    if (!m) return bad(`"${s}" is not a date (YYYY-MM-DD)`);
    if (!validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return bad(`"${s}" is not a real date`);
    return ok(s);
  },
};

const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An instant, ISO 8601 with an offset or Z. A plain date means midnight UTC; a local time without an
 * offset is refused because evidence timelines must not depend on the importer's time zone.
 */
export const datetime: PropertyType<string> = {
  name: "datetime",
  storage: "datetime",
  parse(raw) {
    const s = asText(raw)?.trim();
    if (!s) return bad("is empty");
    const m = ISO_DATETIME.exec(s);
    if (!m) return bad(`"${s}" is not an ISO 8601 timestamp`);
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    if (!validDate(Number(y), Number(mo), Number(d))) return bad(`"${s}" is not a real date`);
    if (h === undefined) return ok(`${y}-${mo}-${d}T00:00:00Z`);
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59) return bad(`"${s}" is not a real time`);
    if (!zone) return bad(`"${s}" has no time zone offset (add Z or +09:00)`);
    const offset = zone === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return ok(`${y}-${mo}-${d}T${h}:${mi}:${sec ?? "00"}${frac ?? ""}${offset}`);
  },
};

/** ISO 3166-1 alpha-2, upper case. */
export const country: PropertyType<string> = {
  name: "country",
  storage: "string",
  parse(raw) {
    const s = asText(raw)?.trim().toUpperCase();
    if (!s) return bad("is empty");
    return /^[A-Z]{2}$/.test(s) ? ok(s) : bad(`"${s}" is not an ISO 3166-1 alpha-2 country code`);
  },
};

/** ISO 4217 code or a crypto ticker (BTC, USDT, XMR…): 2 to 6 letters/digits, upper case. */
export const currency: PropertyType<string> = {
  name: "currency",
  storage: "string",
  parse(raw) {
    const s = asText(raw)?.trim().toUpperCase();
    if (!s) return bad("is empty");
    return /^[A-Z][A-Z0-9]{1,5}$/.test(s) ? ok(s) : bad(`"${s}" is not a currency code or crypto ticker`);
  },
};

/** A decimal number written with a dot; thousands separators are refused to avoid 1,000 vs 1.000 mix-ups. */
export const decimal: PropertyType<number> = {
  name: "decimal",
  storage: "number",
  parse(raw) {
    if (typeof raw === "number") return Number.isFinite(raw) ? ok(raw) : bad("is not a finite number");
    const s = asText(raw)?.trim();
    if (!s) return bad("is empty");
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return bad(`"${s}" is not a number`);
    return ok(Number(s));
  },
};

export const integer: PropertyType<number> = {
  name: "integer",
  storage: "number",
  parse(raw) {
    const n = decimal.parse(raw);
    if (!n.ok) return n;
    return Number.isInteger(n.value) ? n : bad(`"${String(raw)}" is not a whole number`);
  },
};

export const boolean: PropertyType<boolean> = {
  name: "boolean",
  storage: "boolean",
  parse(raw) {
    if (typeof raw === "boolean") return ok(raw);
    const s = asText(raw)?.trim().toLowerCase();
    if (s === "true" || s === "1" || s === "yes") return ok(true);
    if (s === "false" || s === "0" || s === "no") return ok(false);
    return bad(`"${String(raw)}" is not true or false`);
  },
};

/** A list given as `a;b;c` in files (or an array in NDJSON); blanks dropped, order kept, duplicates removed. */
export const stringList: PropertyType<string[]> = {
  name: "stringList",
  storage: "stringList",
  parse(raw) {
    const items = Array.isArray(raw) ? raw.map(asText) : asText(raw)?.split(";");
    if (!items || items.some((i) => i === undefined)) return bad("expected a list of strings");
    const cleaned = [...new Set((items as string[]).map((i) => i.normalize("NFC").trim()).filter(Boolean))];
    return ok(cleaned);
  },
};

/** One of a fixed set of values; matched case-insensitively, stored in its canonical spelling. */
export function enumeration<const V extends string>(values: readonly V[]): PropertyType<V> & { values: readonly V[] } {
  return {
    name: `enum(${values.join("|")})`,
    storage: "string",
    values,
    parse(raw) {
      const s = asText(raw)?.trim();
      if (!s) return bad("is empty");
      const match = values.find((v) => v.toLowerCase() === s.toLowerCase());
      return match ? ok(match) : bad(`"${s}" is not one of ${values.join(", ")}`);
    },
  };
}

/** Free-form structured value (counts, evidence); stored as a JSON string because Neo4j has no maps as properties. */
export const json: PropertyType<string> = {
  name: "json",
  storage: "json",
  parse(raw) {
    if (typeof raw === "string") {
      try {
        JSON.parse(raw);
        return ok(raw);
      } catch {
        return bad("is not valid JSON");
      }
    }
    return ok(JSON.stringify(raw));
  },
};
