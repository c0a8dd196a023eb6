import { AriadneError, badInput } from "../../../graph/errors.js";
import { int, type Gateway } from "../../../graph/gateway.js";
import { FULLTEXT_INDEX, captionOf, kindOf, type NodeLabel } from "../../../graph/schema.js";
import type { EntityRef } from "./search.type.js";
import { nodeProps } from "./common.js";

export const MAX_SEARCH_PAGE = 200;
export const MAX_SEARCH_TEXT = 500;

// Lucene's operators and special characters. Client text is searched as words (and "quoted phrases"):
// everything else is escaped, so no query can be malformed, slow (leading wildcards, regexes) or clever.
const SPECIAL = /[+\-&|!(){}[\]^~*?:\\/]/g;
const OPERATORS = /\b(AND|OR|NOT|TO)\b/g;

/** The Lucene query for a client's text: words and balanced "phrases", everything else escaped. */
export function luceneQuery(text: string): string {
  let q = text.normalize("NFKC").replace(SPECIAL, (c) => `\\${c}`);
  q = q.replace(OPERATORS, (w) => w.toLowerCase());
  // An odd number of quotes would be a syntax error: drop the last one.
  if ((q.match(/"/g) ?? []).length % 2 === 1) {
    const i = q.lastIndexOf('"');
    q = q.slice(0, i) + q.slice(i + 1);
  }
  return q.replace(/""/g, " ").replace(/\s+/g, " ").trim();
}

interface Row {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  score: number;
}

/**
 * Full text over names, aliases, handles, wallet identifiers and message text (the schema's `fulltext`
 * properties), through the CJK-analysed index: Japanese and Chinese as bigrams, Latin scripts as words.
 */
export async function search(gateway: Gateway, text: string, kinds: NodeLabel[] | null, first: number): Promise<EntityRef[]> {
  if (text.length > MAX_SEARCH_TEXT) throw badInput("text", `at most ${MAX_SEARCH_TEXT} characters`);
  const query = luceneQuery(text);
  if (!/[\p{L}\p{N}]/u.test(query)) throw badInput("text", "give at least one letter or digit to search for");
  // With a kinds filter Lucene cannot filter by label: fetch more hits and filter them here.
  const fetch = kinds ? Math.min(first * 20, 5000) : first;
  let rows: Row[];
  try {
    rows = await gateway.query<Row>(
      `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
       WHERE node:Entity AND ($kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds))
       RETURN node.id AS id, labels(node) AS labels, ${nodeProps("node")} AS props, score
       ORDER BY score DESC, id
       LIMIT $first`,
      { index: FULLTEXT_INDEX, query, fetch: int(fetch), kinds, first: int(first) },
      { app: "graphql:search" },
    );
  } catch (err) {
    // Escaping makes parse errors unlikely; should one slip through, it is the client's text, not a 500.
    if (err instanceof AriadneError && err.code === "INTERNAL_SERVER_ERROR" && String(err.details.neo4jCode ?? "").startsWith("Neo.ClientError.Procedure")) {
      throw badInput("text", "could not be understood as a search; use plain words or \"quoted phrases\"");
    }
    throw err;
  }
  return rows.map((r) => {
    const kind = kindOf(r.labels);
    return { id: r.id, kind, caption: captionOf(kind, r.props), score: r.score };
  });
}
