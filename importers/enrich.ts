// Import-time enrichment: every message gets its cyber-patrol label, score and evidence as it is written.
import type { FileKind } from "./kinds.js";
import type { BatchRow } from "./write.js";

export type Enricher = (kind: FileKind, row: BatchRow) => void;

export async function patrolEnricher(): Promise<Enricher> {
  const { scorePost } = await import("../patrol/model.js");
  return (kind, row) => {
    if (kind.name !== "messages" || typeof row.props.text !== "string") return;
    const result = scorePost(row.props.text, typeof row.props.lang === "string" ? row.props.lang : undefined);
    const score = result.scores.find((s) => s.label === result.label)?.score ?? 0;
    row.props.patrolLabel = result.label;
    row.props.patrolScore = score;
    row.props.patrolEvidence = JSON.stringify(result.evidence.slice(0, 8));
  };
}
