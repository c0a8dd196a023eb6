// Dates, numbers, money and countries in the reader's language (Intl), shared by the panels. Pure: the language
// is an argument, so tests pin it. Times show in the browser's time zone unless one is given.

export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** A calendar date (YYYY-MM-DD) as written in the language; no time zone shift. */
export function formatDate(value: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

export function formatTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { timeStyle: "short", timeZone }).format(date);
}

/** The day an instant falls on, as a key (YYYY-MM-DD in that time zone) and as a heading. */
export function dayOf(iso: string, language: string, timeZone?: string): { key: string; label: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { key: iso, label: iso };
  const parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
  const label = new Intl.DateTimeFormat(language, { dateStyle: "full", timeZone }).format(date);
  return { key: parts, label };
}

export function formatNumber(value: number | string, language: string): string {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(n) : String(value);
}

/** ISO 4217 currencies Intl knows (crypto tickers like BTC look like codes but are not among them). */
const CURRENCIES = new Set<string>(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : ["JPY", "USD", "EUR", "CNY", "KRW", "GBP"]);

/** An amount in its currency: ISO 4217 codes through Intl (¥120,000), others (BTC, USDT) as number + code. */
export function formatAmount(amount: number, currency: string | null | undefined, language: string): string {
  if (currency && CURRENCIES.has(currency)) {
    try {
      return new Intl.NumberFormat(language, { style: "currency", currency }).format(amount);
    } catch {
      // not a currency Intl knows
    }
  }
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 8 }).format(amount);
  return currency ? `${n} ${currency}` : n;
}

/** A country's name in the language, with its code: "Japan (JP)". */
export function formatCountry(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames(language, { type: "region" }).of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? `${name} (${code.toUpperCase()})` : code;
  } catch {
    return code;
  }
}
