import { notFound } from "../../../graph/errors.js";
import type { Gateway } from "../../../graph/gateway.js";
import { RELATIONSHIP_TYPES, captionOf, isNodeLabel, kindOf, labels, type PropertySpec } from "../../../graph/schema.js";
import type { DegreeCount, Entity, EntityProperty } from "./entity.type.js";
import { TRAVERSABLE_TYPES } from "./common.js";

interface Row {
  labels: string[];
  props: Record<string, unknown>;
  batch: { id: string; file: string | null; source: string | null; startedAt: string | null } | null;
  degree: Record<string, number>;
}

// One COUNT {} per relationship type and direction: answered from Neo4j's degree store, so a hub with a
// million messages costs the same as a leaf. Type names come from the schema.
const DEGREE_MAP = RELATIONSHIP_TYPES.flatMap((t) => [`\`OUT ${t}\`: COUNT { (n)-[:${t}]->() }`, `\`IN ${t}\`: COUNT { (n)<-[:${t}]-() }`]).join(",\n  ");

function describe(kind: string, key: string): string | null {
  if (!isNodeLabel(kind)) return null;
  const spec = (labels[kind].properties as Record<string, PropertySpec>)[key];
  return spec?.description ?? null;
}

function toProperty(kind: string, key: string, value: unknown): EntityProperty {
  const list = Array.isArray(value) ? value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))) : null;
  const text = list ? list.join("; ") : typeof value === "string" ? value : JSON.stringify(value);
  return { key, value: text, values: list, description: describe(kind, key) };
}

const str = (v: unknown) => (typeof v === "string" ? v : null);

export async function entityDetails(gateway: Gateway, id: string): Promise<Entity> {
  const [row] = await gateway.query<Row>(
    `MATCH (n:Entity {id: $id})
     OPTIONAL MATCH (b:ImportBatch {id: n.importBatch})
     RETURN labels(n) AS labels, properties(n) AS props,
       CASE WHEN b IS NULL THEN null ELSE b { .id, .file, .source, .startedAt } END AS batch,
       { ${DEGREE_MAP} } AS degree`,
    { id },
    { app: "graphql:entity" },
  );
  if (!row) throw notFound(`Entity ${JSON.stringify(id)}`);
  const kind = kindOf(row.labels);
  const p = row.props;
  const degree: DegreeCount[] = Object.entries(row.degree)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => {
      const [direction, type] = key.split(" ") as [string, string];
      return { type, direction, count };
    })
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction));
  return {
    id,
    kind,
    caption: captionOf(kind, p),
    labels: row.labels,
    placeholder: p.placeholder === true,
    properties: Object.keys(p)
      .sort()
      .map((k) => toProperty(kind, k, p[k])),
    provenance: {
      sourceFile: str(p.sourceFile),
      sourceLine: typeof p.sourceLine === "number" ? p.sourceLine : null,
      importBatch: str(p.importBatch),
      batch: row.batch,
      createdAt: str(p.createdAt),
      updatedAt: str(p.updatedAt),
      referencedBy: Array.isArray(p.referencedBy) ? p.referencedBy.map(String) : [],
    },
    degree,
    totalDegree: degree.filter((d) => (TRAVERSABLE_TYPES as string[]).includes(d.type)).reduce((n, d) => n + d.count, 0),
  };
}
