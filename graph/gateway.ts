// The one gateway for all database access: one driver per process, read vs write transactions with the
// driver's retries, transaction metadata for Neo4j's query log, and Neo4j errors turned into typed errors.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
  Neo4jError,
} from "neo4j-driver";
import { AriadneError } from "./errors.js";

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface TxMeta {
  /** What is running it: "graphql:neighbourhood", "import:payments"… shown in Neo4j's query logs. */
  app?: string;
  user?: string;
  [key: string]: unknown;
}

export type Params = Record<string, unknown>;

/** JS numbers travel as floats; LIMIT, SKIP and range bounds need Cypher integers. */
export const int = (n: number) => neo4j.int(Math.trunc(n));

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

/** Maps driver and server errors to AriadneError; anything unexpected becomes INTERNAL_SERVER_ERROR. */
export function translateError(err: unknown): AriadneError {
  if (err instanceof AriadneError) return err;
  if (err instanceof Neo4jError) {
    const code = err.code ?? "";
    if (UNAVAILABLE_CODES.has(code) || err.retriable && /unavailable|connect/i.test(err.message)) {
      return new AriadneError("DATABASE_UNAVAILABLE", "The graph database is unavailable; try again shortly.", {}, { cause: err });
    }
    if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return new AriadneError("CONFLICT", "That would duplicate an existing identifier.", {}, { cause: err });
    }
    if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
      return new AriadneError("QUERY_TOO_COMPLEX", "The query took too long; narrow it (depth, time window, kinds).", {}, { cause: err });
    }
    if (code === "Neo.ClientError.Security.Unauthorized") {
      return new AriadneError("DATABASE_UNAVAILABLE", "The graph database refused Ariadne's credentials (NEO4J_USER/NEO4J_PASSWORD).", {}, { cause: err });
    }
    return new AriadneError("INTERNAL_SERVER_ERROR", `Database error ${code}`, { neo4jCode: code }, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/ECONNREFUSED|ENOTFOUND|Pool is closed|Failed to connect|Could not perform discovery/i.test(message)) {
    return new AriadneError("DATABASE_UNAVAILABLE", "The graph database is unavailable; try again shortly.", {}, { cause: err });
  }
  return new AriadneError("INTERNAL_SERVER_ERROR", "Unexpected error", {}, { cause: err });
}

interface DateTimeFields {
  year: unknown;
  month: unknown;
  day: unknown;
  hour: unknown;
  minute: unknown;
  second: unknown;
  nanosecond: unknown;
  timeZoneOffsetSeconds?: unknown;
  toString(): string;
}

const num = (v: unknown): number => (typeof v === "number" ? v : neo4j.integer.toNumber(v as never));

/**
 * A neo4j DateTime as a UTC ISO string with milliseconds ("2024-03-01T01:00:00.000Z"), computed from its
 * fields — the same result as `new Date(String(v)).toISOString()` without formatting and parsing a string.
 * Unusual values (no offset, only a zone id; years outside 100–9999; offsets with seconds) take that old way.
 */
export function dateTimeToIso(v: DateTimeFields): string {
  const offset = v.timeZoneOffsetSeconds;
  const year = num(v.year);
  if (offset === undefined || offset === null || year < 100 || year > 9999 || num(offset) % 60 !== 0) {
    return new Date(v.toString()).toISOString();
  }
  const ms = Date.UTC(year, num(v.month) - 1, num(v.day), num(v.hour), num(v.minute), num(v.second), Math.floor(num(v.nanosecond) / 1e6)) - num(offset) * 1000;
  return new Date(ms).toISOString();
}

/** Neo4j values to plain JSON-friendly values: integers to numbers, temporals to ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === "bigint") return Number(value);
  if (isDateTime(value as never)) return dateTimeToIso(value as DateTimeFields);
  if (isDate(value as never) || isLocalDateTime(value as never) || isTime(value as never) || isLocalTime(value as never) || isDuration(value as never)) {
    return String(value);
  }
  if (isNode(value as never)) {
    const n = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { elementId: n.elementId, labels: n.labels, properties: toPlain(n.properties) };
  }
  if (isRelationship(value as never)) {
    const r = value as unknown as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return { elementId: r.elementId, type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, properties: toPlain(r.properties) };
  }
  if (isPath(value as never)) throw new Error("toPlain: return nodes(p) and relationships(p) instead of a path");
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

export class Gateway {
  readonly driver: Driver;

  constructor(
    readonly settings: ConnectionSettings,
    options: { maxRetryMs?: number; connectTimeoutMs?: number } = {},
  ) {
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      // Fail fast when the database is down (DATABASE_UNAVAILABLE), recover by itself when it is back.
      maxTransactionRetryTime: options.maxRetryMs ?? 5_000,
      connectionTimeout: options.connectTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxConnectionPoolSize: 64,
      userAgent: "ariadne/0.1",
    });
  }

  private async run<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>, meta: TxMeta, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { metadata: meta, ...(timeoutMs ? { timeout: timeoutMs } : {}) };
    try {
      return mode === "READ" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (err) {
      throw translateError(err);
    } finally {
      await session.close();
    }
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>, meta: TxMeta = {}, timeoutMs?: number): Promise<T> {
    return this.run("READ", work, meta, timeoutMs);
  }

  write<T>(work: (tx: ManagedTransaction) => Promise<T>, meta: TxMeta = {}, timeoutMs?: number): Promise<T> {
    return this.run("WRITE", work, meta, timeoutMs);
  }

  /** One read query; rows come back as plain objects. */
  async query<R = Record<string, unknown>>(cypher: string, params: Params = {}, meta: TxMeta = {}, timeoutMs?: number): Promise<R[]> {
    const result = await this.read((tx) => tx.run(cypher, params), meta, timeoutMs);
    return rows<R>(result);
  }

  /** One write query; rows come back as plain objects. */
  async mutate<R = Record<string, unknown>>(cypher: string, params: Params = {}, meta: TxMeta = {}): Promise<R[]> {
    const result = await this.write((tx) => tx.run(cypher, params), meta);
    return rows<R>(result);
  }

  /** Schema commands (constraints, indexes) cannot run in managed transactions with others: auto-commit. */
  async runAutoCommit(cypher: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.settings.database });
    try {
      await session.run(cypher, params);
    } catch (err) {
      throw translateError(err);
    } finally {
      await session.close();
    }
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.settings.database });
    } catch (err) {
      throw translateError(err);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export function rows<R>(result: QueryResult<RecordShape>): R[] {
  return result.records.map((r) => toPlain(r.toObject()) as R);
}
