// RFC 4180 writing: a field is quoted when it holds a comma, a double quote, CR or LF (or starts or ends
// with a space, which some readers would trim); quotes inside are doubled. Lists are joined with ';'.

export type Cell = string | number | boolean | null | undefined | readonly string[];

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  let s: string;
  if (typeof value === "string") s = value;
  else if (typeof value === "number") s = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") s = value ? "true" : "false";
  else s = value.join(";");
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly Cell[], eol = "\n"): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ",";
    line += csvField(values[i]);
  }
  return line + eol;
}

/** One NDJSON line with the given keys in order; empty values (null, "", []) are left out. */
export function ndjsonLine(columns: readonly string[], values: readonly Cell[]): string {
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    obj[columns[i] as string] = v;
  }
  return JSON.stringify(obj) + "\n";
}
