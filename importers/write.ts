// Cypher for writing validated rows, derived from the schema. Everything from files travels as parameters;
// the only names in the query text are labels, types and properties declared in graph/schema.ts.
import type { ManagedTransaction } from "neo4j-driver";
import { ENTITY_LABEL, labels, type PropertySpec } from "../graph/schema.js";
import type { FileKind, ReferenceSpec } from "./kinds.js";
import type { ValidRow } from "./rows.js";

export interface BatchRow extends ValidRow {
  line: number;
  /** Contact identifiers found in a flagged message's text. */
  mentions?: { value: string; kind: string; raw: string }[];
}

// Identifiers are shared nodes, so posts that reuse a Telegram id or a wallet meet in the graph.
const MENTIONS_QUERY = `UNWIND $rows AS row
MATCH (m:Message {id: row.id})
CALL (m) { OPTIONAL MATCH (m)-[old:MENTIONS]->() DELETE old }
UNWIND row.mentions AS mention
MERGE (i:Entity {id: 'identifier:' + mention.value})
ON CREATE SET i:Identifier, i.value = mention.value, i.kinds = [mention.kind], i.placeholder = false,
  i.createdAt = datetime(), i.importBatch = $batch, i.sourceFile = $file, i.sourceLine = toInteger(row.line)
SET i.kinds = CASE WHEN mention.kind IN i.kinds THEN i.kinds ELSE i.kinds + mention.kind END
MERGE (m)-[r:MENTIONS]->(i)
SET r.raw = mention.raw, r.importBatch = $batch, r.sourceFile = $file, r.sourceLine = toInteger(row.line)`;

function temporalSetters(kind: FileKind, target = "n", source = "row.props"): string[] {
  const specs = labels[kind.label].properties as Record<string, PropertySpec>;
  return Object.values(kind.columns)
    .filter((p) => specs[p]?.type.storage === "date" || specs[p]?.type.storage === "datetime")
    .map((p) => `${target}.${p} = coalesce(${specs[p]!.type.storage}(${source}.${p}), ${target}.${p})`);
}

function referenceClause(kind: FileKind, ref: ReferenceSpec): string {
  const value = `row.refs.${ref.column}`;
  const pattern = ref.direction === "in" ? `(t)-[r:${ref.relationship}]->(n)` : `(n)-[r:${ref.relationship}]->(t)`;
  const stale = ref.direction === "in" ? `(x)-[old:${ref.relationship}]->(n)` : `(n)-[old:${ref.relationship}]->(x)`;
  const relProps = [
    "r.importBatch = $batch",
    "r.sourceFile = $file",
    "r.sourceLine = toInteger(row.line)",
    ...(kind.relTime ? [`r.at = n.${kind.relTime}`] : []),
    ...(kind.relAmount ? [`r.amount = n.${kind.relAmount}`] : []),
  ];
  return `
CALL (n, row) {
  // last write wins: an imported reference that the row no longer names is removed
  OPTIONAL MATCH ${stale} WHERE old.sourceFile IS NOT NULL AND x.id <> coalesce(${value}, '')
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE ${value} IS NOT NULL
  MERGE (t:${ENTITY_LABEL} {id: ${value}})
  ON CREATE SET ${ref.targetLabel ? `t:${ref.targetLabel}, ` : ""}t.placeholder = true, t.referencedBy = [$kind + ':' + row.id + '.' + '${ref.column}'],
    t.createdAt = datetime(), t.importBatch = $batch, t.sourceFile = $file, t.sourceLine = toInteger(row.line)
  MERGE ${pattern}
  SET ${relProps.join(", ")}
}`;
}

/** The write query for one file kind: MERGE on id, so a rerun changes nothing. */
export function writeQuery(kind: FileKind): string {
  const setters = [
    `n:${kind.label}`,
    "n += row.props",
    ...temporalSetters(kind),
    "n.placeholder = false",
    "n.importBatch = $batch",
    "n.sourceFile = $file",
    "n.sourceLine = toInteger(row.line)",
    "n.updatedAt = datetime()",
  ];
  // One subquery per row: each row's writes finish before the next row starts, which spares the planner the
  // Eager barriers a batch-wide MERGE pipeline needs (measured: first imports markedly faster).
  return `UNWIND $rows AS row
CALL (row) {
MERGE (n:${ENTITY_LABEL} {id: row.id})
ON CREATE SET n.createdAt = datetime()
SET ${setters.join(",\n    ")}
REMOVE n.referencedBy
${kind.references.length > 0 ? "WITH n, row" : ""}
${kind.references.map((r) => referenceClause(kind, r)).join("\n")}
}
RETURN count(*) AS written`;
}

const queries = new Map<string, string>();

export async function writeBatch(tx: ManagedTransaction, kind: FileKind, rows: BatchRow[], batch: string, file: string): Promise<number> {
  let query = queries.get(kind.name);
  if (!query) queries.set(kind.name, (query = writeQuery(kind)));
  const result = await tx.run(query, {
    rows: rows.map((r) => ({ id: r.id, line: r.line, props: r.props, refs: r.refs })),
    batch,
    file,
    kind: kind.name,
  });
  await writeMentions(tx, rows.filter((r) => r.mentions && r.mentions.length > 0), batch, file);
  return Number(result.records[0]?.get("written") ?? 0);
}

/** Replaces the identifier links of these messages with the ones given (an empty list removes them). */
export async function writeMentions(
  tx: ManagedTransaction,
  rows: { id: string; line: number | null; mentions?: BatchRow["mentions"] }[],
  batch: string,
  file: string | null,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(MENTIONS_QUERY, { rows: rows.map((r) => ({ id: r.id, line: r.line, mentions: r.mentions ?? [] })), batch, file });
}
