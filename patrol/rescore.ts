// `npm run patrol:rescore`: scores every message again with the shipped model (after a retrain), and
// refreshes the contact identifiers of flagged posts. Pages by id, one transaction per page.
import { loadConfig } from "../graph/config.js";
import { int } from "../graph/gateway.js";
import { connectForCli } from "../importers/connect.js";
import { fileKind } from "../importers/kinds.js";
import { patrolEnricher } from "../importers/enrich.js";
import { writeMentions, type BatchRow } from "../importers/write.js";
import { loadShippedModel } from "./model.js";

const PAGE = 2000;

const UPDATE = `UNWIND $rows AS row
MATCH (m:Message {id: row.id})
SET m.patrolLabel = row.props.patrolLabel, m.patrolScore = row.props.patrolScore,
    m.patrolEvidence = row.props.patrolEvidence, m.patrolModel = row.props.patrolModel`;

async function main(): Promise<void> {
  const db = await connectForCli(loadConfig(), (s) => console.error(`[rescore] ${s}`));
  const enrich = await patrolEnricher();
  const kind = fileKind("messages")!;
  const model = loadShippedModel().version;
  let after = "";
  let total = 0;
  const changed: Record<string, number> = {};
  try {
    for (;;) {
      const page = await db.gateway.query<{ id: string; text: string; lang: string | null; label: string | null }>(
        "MATCH (m:Message) WHERE m.id > $after AND m.text IS NOT NULL RETURN m.id AS id, m.text AS text, m.lang AS lang, m.patrolLabel AS label ORDER BY m.id LIMIT $limit",
        { after, limit: int(PAGE) },
      );
      if (page.length === 0) break;
      const rows = page.map((m) => {
        const row: BatchRow = { id: m.id, line: 0, props: { text: m.text, lang: m.lang ?? undefined }, refs: {} };
        enrich(kind, row);
        const next = String(row.props.patrolLabel);
        if (next !== m.label) changed[`${m.label ?? "unscored"} → ${next}`] = (changed[`${m.label ?? "unscored"} → ${next}`] ?? 0) + 1;
        return { id: row.id, line: null, props: row.props, mentions: row.mentions ?? [] };
      });
      await db.gateway.write(
        async (tx) => {
          await tx.run(UPDATE, { rows });
          await writeMentions(tx, rows, "patrol:rescore", null);
        },
        { app: "patrol:rescore" },
      );
      total += page.length;
      after = page.at(-1)!.id;
      process.stderr.write(`\r[rescore] ${total.toLocaleString("en")} messages`);
    }
    process.stderr.write("\n");
    console.log(`Rescored ${total} messages with model ${model}.`);
    for (const [change, n] of Object.entries(changed)) console.log(`  ${change}: ${n}`);
  } finally {
    await db.close();
  }
}

await main();
