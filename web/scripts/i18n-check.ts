// Checks the locale files (web/src/locales/*.json) against the web sources:
//   missing       a key the code uses (t("…"), <Trans i18nKey="…">, or a schema-derived key) or another locale
//                 has, absent from this locale
//   unused        a key in a locale that no source uses
//   plural        a plural key without every form the locale's plural rules need (en: one + other; ja: other)
//   placeholders  {{values}} or <tags> that differ from the reference locale (en)
//   empty         an empty or non-string value
// Schema-derived keys (kind.<Label>, relationship.<TYPE>, language.<code>) come from web/src/i18n/keys.ts.
//
// As a library: `checkI18n()` returns a report (a unit test asserts `problems` is empty).
// As a script:  `npx tsx web/scripts/i18n-check.ts` prints the problems and exits 1 when there are any.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dynamicKeys } from "../src/i18n/keys";

export type I18nProblemKind = "missing" | "unused" | "plural" | "placeholders" | "empty";

export interface I18nProblem {
  kind: I18nProblemKind;
  locale: string;
  key: string;
  detail?: string;
}

export interface I18nReport {
  locales: string[];
  /** Distinct keys (plural forms counted once) over all locales. */
  keyCount: number;
  usedKeyCount: number;
  problems: I18nProblem[];
  ok: boolean;
}

export interface I18nCheckOptions {
  /** Default: web/src next to this script. */
  srcDir?: string;
  /** Default: <srcDir>/locales. */
  localesDir?: string;
  /** The locale others are compared with. Default: "en". */
  referenceLocale?: string;
}

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PLURAL_FORMS = ["zero", "one", "two", "few", "many", "other"] as const;
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_FORMS.join("|")})$`);

/** Flattens nested JSON into dotted keys. */
export function flattenLocale(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flattenLocale(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, "");
}

/** {{name}} placeholders (format suffixes ignored) and <tag> components in a translation. */
export function placeholdersOf(value: string): string[] {
  const found = new Set<string>();
  for (const m of value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) found.add(`{{${m[1]}}}`);
  for (const m of value.matchAll(/<\/?\s*([\w-]+)\s*\/?>/g)) found.add(`<${m[1]}>`);
  return [...found].sort();
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(p);
  }
  return files;
}

/** Keys referenced directly: t("key"), i18n.t('key'), i18nKey="key". */
export function referencedKeys(source: string): string[] {
  const keys: string[] = [];
  for (const m of source.matchAll(/\bt\(\s*(["'`])([^"'`$\\]+)\1/g)) keys.push(m[2]!);
  for (const m of source.matchAll(/\bi18nKey\s*=\s*\{?\s*(["'`])([^"'`$\\]+)\1/g)) keys.push(m[2]!);
  return keys;
}

/** Every string literal in a source (to count keys kept in constant maps as used). */
function stringLiterals(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(/(["'`])([\w.-]+)\1/g)) out.add(m[2]!);
  return out;
}

export function checkI18n(options: I18nCheckOptions = {}): I18nReport {
  const srcDir = options.srcDir ?? path.join(WEB_DIR, "src");
  const localesDir = options.localesDir ?? path.join(srcDir, "locales");
  const reference = options.referenceLocale ?? "en";

  const locales = fs
    .readdirSync(localesDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
  const entries = new Map<string, Map<string, unknown>>();
  for (const locale of locales) {
    entries.set(locale, flattenLocale(JSON.parse(fs.readFileSync(path.join(localesDir, `${locale}.json`), "utf8"))));
  }
  const bases = new Map<string, Set<string>>(locales.map((l) => [l, new Set([...entries.get(l)!.keys()].map(baseKey))]));
  const allKeys = new Set<string>();
  for (const set of bases.values()) for (const k of set) allKeys.add(k);

  const referenced = new Set<string>(dynamicKeys());
  const literals = new Set<string>();
  for (const file of sourceFiles(srcDir)) {
    const source = fs.readFileSync(file, "utf8");
    for (const k of referencedKeys(source)) referenced.add(k);
    for (const s of stringLiterals(source)) literals.add(s);
  }
  const used = new Set<string>([...referenced, ...[...allKeys].filter((k) => literals.has(k))]);

  const problems: I18nProblem[] = [];
  const expected = new Set<string>([...referenced, ...allKeys]);
  for (const locale of locales) {
    const have = bases.get(locale)!;
    const flat = entries.get(locale)!;
    for (const key of [...expected].sort()) if (!have.has(key)) problems.push({ kind: "missing", locale, key });
    for (const key of [...have].sort()) if (!used.has(key)) problems.push({ kind: "unused", locale, key });

    for (const [key, value] of flat) {
      if (typeof value !== "string" || value.trim() === "") problems.push({ kind: "empty", locale, key });
    }

    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    const pluralBases = new Set([...flat.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(baseKey));
    for (const key of [...pluralBases].sort()) {
      const absent = needed.filter((form) => !flat.has(`${key}_${form}`));
      if (absent.length) problems.push({ kind: "plural", locale, key, detail: `needs ${absent.map((f) => `${key}_${f}`).join(", ")}` });
    }
  }

  const ref = entries.get(reference);
  if (ref) {
    const refPlaceholders = new Map<string, Set<string>>();
    for (const [key, value] of ref) {
      if (typeof value !== "string") continue;
      const set = refPlaceholders.get(baseKey(key)) ?? new Set<string>();
      for (const p of placeholdersOf(value)) set.add(p);
      refPlaceholders.set(baseKey(key), set);
    }
    for (const locale of locales) {
      if (locale === reference) continue;
      const mine = new Map<string, Set<string>>();
      for (const [key, value] of entries.get(locale)!) {
        if (typeof value !== "string") continue;
        const set = mine.get(baseKey(key)) ?? new Set<string>();
        for (const p of placeholdersOf(value)) set.add(p);
        mine.set(baseKey(key), set);
      }
      for (const [key, set] of mine) {
        const want = refPlaceholders.get(key);
        if (!want) continue;
        const a = [...want].sort().join(" ");
        const b = [...set].sort().join(" ");
        if (a !== b) problems.push({ kind: "placeholders", locale, key, detail: `${reference} has "${a}", ${locale} has "${b}"` });
      }
    }
  }

  return { locales, keyCount: allKeys.size, usedKeyCount: used.size, problems, ok: problems.length === 0 };
}

export function formatI18nReport(report: I18nReport): string {
  if (report.ok) return `i18n: ${report.keyCount} keys in ${report.locales.join(", ")}; no problems.`;
  const lines = report.problems.map((p) => `  ${p.kind.padEnd(12)} ${p.locale}  ${p.key}${p.detail ? `  (${p.detail})` : ""}`);
  return [`i18n: ${report.problems.length} problem(s) in the locale files:`, ...lines].join("\n");
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const report = checkI18n();
  console.log(formatI18nReport(report));
  process.exitCode = report.ok ? 0 : 1;
}
