// Time in the synthetic world: instants are epoch milliseconds; they are written as ISO 8601 with the offset
// of whoever produced the record (+09:00 in Japan, the supplier's own offset abroad).

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The world runs from 2023-10-01 to 2025-09-30, Japan time. */
export const WORLD_START = Date.UTC(2023, 9, 1) - 9 * HOUR;
export const WORLD_END = Date.UTC(2025, 8, 30, 23, 59, 59) - 9 * HOUR;

export const JST = 9 * 60;

function offsetSuffix(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** "2024-05-01T21:14:09+09:00": seconds precision, the given offset. */
export function isoAt(ms: number, offsetMinutes = JST): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000).toISOString();
  return `${local.slice(0, 19)}${offsetSuffix(offsetMinutes)}`;
}

/** The calendar date of an instant at the given offset, YYYY-MM-DD. */
export function dateAt(ms: number, offsetMinutes = JST): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
