// Constraints and indexes derived from the schema, applied idempotently at every start.
import type { Gateway } from "./gateway.js";
import {
  ENTITY_LABEL,
  FULLTEXT_INDEX,
  NODE_LABELS,
  fulltextProperties,
  labels,
  type PropertySpec,
} from "./schema.js";

/** The schema statements, in order. Label and property names come from graph/schema.ts only. */
export function schemaStatements(): string[] {
  const statements: string[] = [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  ];
  for (const label of NODE_LABELS) {
    statements.push(`CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    for (const [prop, spec] of Object.entries(labels[label].properties) as [string, PropertySpec][]) {
      if (spec.indexed) {
        statements.push(`CREATE INDEX ${snake(label)}_${snake(prop)} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})`);
      }
    }
  }
  statements.push(`CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE`);
  statements.push(`CREATE INDEX entity_placeholder IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.placeholder)`);
  // Post-import steps (alerts, placeholder counts) look up what one batch wrote.
  statements.push(`CREATE INDEX entity_import_batch IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.importBatch)`);
  const ft = fulltextProperties();
  // The CJK analyzer indexes Japanese and Chinese as overlapping bigrams, and Latin text as words.
  statements.push(
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ft.labels.join("|")}) ` +
      `ON EACH [${ft.properties.map((p) => `n.${p}`).join(", ")}] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }",
  );
  return statements;
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

export async function applyMigrations(gateway: Gateway): Promise<{ applied: number }> {
  const statements = schemaStatements();
  for (const statement of statements) await gateway.runAutoCommit(statement);
  await gateway.runAutoCommit("CALL db.awaitIndexes(300)");
  return { applied: statements.length };
}
