// Watchlist alerts: a newly imported flagged post that shares a contact identifier (messenger id, phone,
// handle, wallet) with an account already linked to an organisation or an arrest.
import type { Gateway } from "../graph/gateway.js";

const ALERT_QUERY = `
MATCH (m:Entity {importBatch: $batch})-[:MENTIONS]->(i:Identifier)
WHERE m:Message AND m.patrolLabel IN ['DRUG_SALE', 'RECRUITMENT']
OPTIONAL MATCH (sender:Account)-[:SENT]->(m)
CALL (m, i, sender) {
  // the identifier appeared earlier in another account's post…
  MATCH (i)<-[:MENTIONS]-(m2:Message)<-[:SENT]-(x:Account)
  WHERE m2 <> m AND m2.sentAt <= m.sentAt AND (sender IS NULL OR x <> sender)
  RETURN x, 'posted it earlier' AS how
  UNION
  // …or it is that account's own handle…
  MATCH (x:Account {handleKey: i.value})
  WHERE sender IS NULL OR x <> sender
  RETURN x, 'it is the handle of' AS how
  UNION
  // …or a wallet of the person behind that account
  MATCH (:Wallet {identifier: i.value})<-[:OWNS]-(:Person)-[:OPERATES]->(x:Account)
  WHERE sender IS NULL OR x <> sender
  RETURN x, 'it is a wallet of the operator of' AS how
}
MATCH (x)<-[:OPERATES]-(p:Person)
OPTIONAL MATCH (arrest:Arrest)-[:ARRESTED]->(p)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(org:Organisation)
WITH m, i, x, p, how, collect(DISTINCT arrest.id) AS arrests, collect(DISTINCT org.name) AS orgs
WHERE size(arrests) > 0 OR size(orgs) > 0
MERGE (a:Alert {id: 'alert:' + m.id + ':' + i.value + ':' + x.id})
ON CREATE SET a.createdAt = datetime(), a.identifier = i.value, a.importBatch = $batch,
  a.reason = m.patrolLabel + ' post ' + m.id + ' mentions ' + i.value + '; ' + how + ' ' + x.handle +
    ', operated by ' + coalesce(p.name, p.id) +
    CASE WHEN size(arrests) > 0 THEN ' (arrested: ' + reduce(s = '', id IN arrests | s + CASE WHEN s = '' THEN '' ELSE ', ' END + id) + ')' ELSE '' END +
    CASE WHEN size(orgs) > 0 THEN ' (member of ' + reduce(s = '', n IN orgs | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) + ')' ELSE '' END
MERGE (a)-[:ABOUT]->(m)
MERGE (a)-[:LINKS_TO]->(x)
RETURN count(DISTINCT a) AS alerts`;

/** Raises alerts for the flagged posts of one import batch; idempotent (one alert per post, identifier and account). */
export async function raiseAlerts(gateway: Gateway, batch: string): Promise<number> {
  const [row] = await gateway.mutate<{ alerts: number }>(ALERT_QUERY, { batch }, { app: "import:alerts", batch });
  return row?.alerts ?? 0;
}
