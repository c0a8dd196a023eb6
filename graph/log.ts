import pino from "pino";

// One structured logger; pretty enough on a terminal as JSON lines, machine-readable in files.
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "warn" : "info"),
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
});
