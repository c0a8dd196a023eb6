/**
 * NDJSON graph files: one JSON object per line, `{"type":"node","id":…,"properties":{…}}` or
 * `{"type":"edge","source":…,"target":…,"properties":{…,"weight":…}}` (the ROXANNE / criminal-network-visualization
 * shape; madoff.json too). Lines starting with `#` are comments. A node id declared twice is merged.
 */
import { EdgeCollector, NodeTable } from "./builder.js";
import { NetworkFileError } from "./errors.js";
import { parseNumber, quote, splitLines } from "./text.js";
import type { AttributeValue, ParsedNetwork, ParseNetworkOptions } from "./types.js";

const NODE_TYPES = new Set(["node", "vertex"]);
const EDGE_TYPES = new Set(["edge", "link", "arc", "relationship", "tie"]);
const LABEL_KEYS = ["label", "name", "title"];

export function looksLikeNdjson(text: string): boolean {
  for (const { text: t } of splitLines(text.slice(0, 64 * 1024))) {
    const s = t.trim();
    if (s === "" || s.startsWith("#")) continue;
    return s.startsWith("{");
  }
  return false;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A node property as a graph property: lists of scalars joined with ";", other structures as JSON text. */
function flatten(v: unknown): AttributeValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number" || typeof x === "boolean")) return v.map(String).join(";");
  return JSON.stringify(v);
}

function idOf(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() === "" ? undefined : v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

export function parseNdjson(text: string, file: string, options: ParseNetworkOptions): ParsedNetwork {
  const nodes = new NodeTable();
  const edges = new EdgeCollector();
  const pending: { source: string; target: string; line: number }[] = [];
  let declared = 0;
  for (const { text: raw, line } of splitLines(text)) {
    const s = raw.trim();
    if (s === "" || s.startsWith("#")) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(s);
    } catch (err) {
      throw new NetworkFileError(file, line, `not a JSON object: ${(err as Error).message}`);
    }
    if (!isObject(obj)) throw new NetworkFileError(file, line, "each line must be one JSON object (a node or an edge)");
    const type = typeof obj.type === "string" ? obj.type.toLowerCase() : undefined;
    const props = isObject(obj.properties) ? obj.properties : {};
    const isEdge = type !== undefined ? EDGE_TYPES.has(type) : "source" in obj && "target" in obj;
    const isNode = type !== undefined ? NODE_TYPES.has(type) : !isEdge && "id" in obj;
    if (isNode) {
      const id = idOf(obj.id);
      if (id === undefined) throw new NetworkFileError(file, line, `a node needs an "id" (a non-empty string or a number), found ${quote(JSON.stringify(obj.id) ?? "nothing")}`);
      const attributes: Record<string, AttributeValue> = {};
      for (const [k, v] of Object.entries(obj)) {
        if (k === "type" || k === "id" || k === "properties") continue;
        const f = flatten(v);
        if (f !== undefined) attributes[k] = f;
      }
      for (const [k, v] of Object.entries(props)) {
        const f = flatten(v);
        if (f !== undefined) attributes[k] = f;
      }
      const labelKey = LABEL_KEYS.find((k) => typeof attributes[k] === "string" && (attributes[k] as string).trim() !== "");
      const label = labelKey ? (attributes[labelKey] as string).trim() : id;
      nodes.add(id, label, attributes, undefined, line);
      declared++;
      continue;
    }
    if (isEdge) {
      const source = idOf(obj.source);
      const target = idOf(obj.target);
      if (source === undefined) throw new NetworkFileError(file, line, 'an edge needs a "source" (a non-empty string or a number)');
      if (target === undefined) throw new NetworkFileError(file, line, 'an edge needs a "target" (a non-empty string or a number)');
      const rawWeight = props.weight ?? obj.weight;
      let weight = 1;
      if (rawWeight !== undefined && rawWeight !== null) {
        const w = typeof rawWeight === "number" ? rawWeight : typeof rawWeight === "string" ? parseNumber(rawWeight) : undefined;
        if (w === undefined || !Number.isFinite(w)) throw new NetworkFileError(file, line, `the weight ${quote(JSON.stringify(rawWeight))} is not a number`);
        weight = w;
      }
      const attributes: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(obj)) {
        if (k === "type" || k === "source" || k === "target" || k === "properties" || k === "weight") continue;
        attributes[k] = v;
      }
      for (const [k, v] of Object.entries(props)) if (k !== "weight") attributes[k] = v;
      edges.add({ source, target, weight, line, ...(Object.keys(attributes).length ? { attributes } : {}) });
      pending.push({ source, target, line });
      continue;
    }
    throw new NetworkFileError(
      file,
      line,
      `the object is neither a node ({"type":"node","id":…}) nor an edge ({"type":"edge","source":…,"target":…})` + (type ? `: type ${quote(type)}` : ""),
    );
  }
  if (declared === 0 && edges.size === 0) throw new NetworkFileError(file, 1, "no node or edge objects in the file");
  // Edges may come before the nodes they name; undeclared ends are added once everything is read.
  for (const p of pending) {
    nodes.ensure(p.source, p.line);
    nodes.ensure(p.target, p.line);
  }
  const final = edges.finalize({ directed: options.directed, rule: "symmetry", fallbackDirected: true });
  return { format: "ndjson", directed: final.directed, twoMode: false, nodes: nodes.list(), edges: final.edges, warnings: [...nodes.warnings(), ...final.warnings] };
}
