// Import-time enrichment: every message gets its cyber-patrol label, score and evidence as it is written,
// flagged messages their contact identifiers (for watchlist alerts), accounts a handle key to match them.
import type { FileKind } from "./kinds.js";
import type { BatchRow } from "./write.js";

export type Enricher = (kind: FileKind, row: BatchRow) => void;

/** `@Tk_Boss` → `tk_boss`, the form identifiers found in post texts take. */
export function handleKey(handle: string): string {
  return handle.normalize("NFKC").trim().replace(/^@+/, "").toLowerCase();
}

export async function patrolEnricher(): Promise<Enricher> {
  const { scorePost, extractIdentifiers, loadShippedModel } = await import("../patrol/model.js");
  const version = loadShippedModel().version;
  return (kind, row) => {
    if (kind.name === "accounts" && typeof row.props.handle === "string") row.props.handleKey = handleKey(row.props.handle);
    if (kind.name !== "messages" || typeof row.props.text !== "string") return;
    const result = scorePost(row.props.text, typeof row.props.lang === "string" ? row.props.lang : undefined);
    row.props.patrolLabel = result.label;
    row.props.patrolScore = result.scores.find((s) => s.label === result.label)?.score ?? 0;
    row.props.patrolEvidence = JSON.stringify(result.evidence.slice(0, 8));
    row.props.patrolModel = version;
    if (result.label !== "NONE") {
      row.mentions = extractIdentifiers(row.props.text).map((i) => ({ value: i.value, kind: i.kind, raw: i.raw }));
    }
  };
}
