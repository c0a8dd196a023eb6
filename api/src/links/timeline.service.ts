import { int, type Gateway } from "../../../graph/gateway.js";
import { captionOf, kindOf } from "../../../graph/schema.js";
import type { Event } from "./timeline.type.js";
import { EVENT_KINDS, decodeCursor, encodeCursor, eventTimeExpr, labelAlternation, nodeProps, requireEntities } from "./common.js";

export const MAX_TIMELINE_PAGE = 500;
export const MAX_TIMELINE_IDS = 100;

// How events are tied to the entities taking part in them.
const PARTICIPATION = "SENT|SENT_TO|PAID|PAID_TO|SENT_SHIPMENT|ADDRESSED_TO|CARRIED|ARRESTED|CONCERNS";
const EVENTS = labelAlternation(EVENT_KINDS);

interface Row {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  at: string;
  participants: { id: string; labels: string[]; props: Record<string, unknown>; role: string }[];
}

function summary(kind: string, p: Record<string, unknown>): string {
  const s = (k: string) => (p[k] === undefined || p[k] === null ? "" : Array.isArray(p[k]) ? (p[k] as unknown[]).join(", ") : String(p[k]));
  switch (kind) {
    case "Message":
      return s("text");
    case "Payment":
      return [`${s("amount")} ${s("currency")}`, s("method"), s("reference")].filter(Boolean).join(" · ");
    case "Shipment": {
      const route = p.originCountry || p.destinationCountry ? `${s("originCountry") || "?"}→${s("destinationCountry") || "?"}` : "";
      const qty = p.quantityG !== undefined && p.quantityG !== null ? `${s("quantityG")} g` : "";
      return [s("drug"), qty, s("method"), route, s("port"), p.seized === true ? "seized" : ""].filter(Boolean).join(" · ");
    }
    case "Arrest":
      return [s("location"), s("charges"), s("agency")].filter(Boolean).join(" · ");
    default:
      return "";
  }
}

/**
 * What happened when? Messages, payments, shipments and arrests touching the given entities — and, for a
 * person, the accounts they operate and the wallets they or those accounts own — in time order. Pages
 * are stable: the cursor is the last event's time and id.
 */
export async function timeline(
  gateway: Gateway,
  args: { ids: string[]; since: string | null; until: string | null; first: number; after: string | null; expand: boolean },
): Promise<Event[]> {
  const after = args.after ? decodeCursor("after", args.after, ["string", "string"]) : null;
  await requireEntities(gateway, args.ids, "graphql:timeline");
  const rows = await gateway.query<Row>(
    `UNWIND $ids AS id
     MATCH (x:Entity {id: id})
     CALL (x) {
       RETURN x AS t
       UNION
       MATCH (x:Person)-[:OPERATES|OWNS]->(t:Account|Wallet) WHERE $expand RETURN t
       UNION
       MATCH (x:Person)-[:OPERATES]->(:Account)-[:OWNS]->(t:Wallet) WHERE $expand RETURN t
     }
     WITH DISTINCT t
     CALL (t) {
       MATCH (t)-[:${PARTICIPATION}]-(e:${EVENTS}) RETURN e
       UNION
       WITH t WHERE t:${EVENTS} RETURN t AS e
     }
     WITH DISTINCT e
     WITH e, ${eventTimeExpr("e")} AS at
     WHERE at IS NOT NULL
       AND ($since IS NULL OR at >= datetime($since)) AND ($until IS NULL OR at < datetime($until))
       AND ($afterAt IS NULL OR at > datetime($afterAt) OR (at = datetime($afterAt) AND e.id > $afterId))
     ORDER BY at, e.id
     LIMIT $first
     RETURN e.id AS id, labels(e) AS labels, properties(e) AS props, at,
       COLLECT { MATCH (e)-[r:${PARTICIPATION}]-(p:Entity) RETURN { id: p.id, labels: labels(p), props: ${nodeProps("p")}, role: type(r) } ORDER BY type(r), p.id LIMIT 20 } AS participants`,
    {
      ids: args.ids,
      expand: args.expand,
      since: args.since,
      until: args.until,
      afterAt: after?.[0] ?? null,
      afterId: after?.[1] ?? null,
      first: int(args.first),
    },
    { app: "graphql:timeline" },
  );
  return rows.map((r) => {
    const kind = kindOf(r.labels);
    return {
      id: r.id,
      kind,
      at: r.at,
      caption: captionOf(kind, r.props),
      summary: summary(kind, r.props),
      amount: kind === "Payment" && typeof r.props.amount === "number" ? r.props.amount : null,
      currency: kind === "Payment" && typeof r.props.currency === "string" ? r.props.currency : null,
      participants: r.participants.map((p) => {
        const pk = kindOf(p.labels);
        return { id: p.id, kind: pk, caption: captionOf(pk, p.props), role: p.role };
      }),
      cursor: encodeCursor([r.at, r.id]),
    };
  });
}
