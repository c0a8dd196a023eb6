/** GraphML and GEXF, read with fast-xml-parser; element positions give the line numbers of errors and edges. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { EdgeCollector, NodeTable } from "./builder.js";
import { NetworkFileError } from "./errors.js";
import { LineIndex, parseNumber, quote } from "./text.js";
import type { AttributeValue, ParsedNetwork, ParseNetworkOptions } from "./types.js";

type XNode = Record<string, unknown>;

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export function xmlRoot(text: string): "graphml" | "gexf" | "other" | undefined {
  const head = text.slice(0, 8192).replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "").replace(/<!DOCTYPE[^>]*>/gi, "").trimStart();
  if (!head.startsWith("<")) return undefined;
  const m = /^<\s*(?:[\w.-]+:)?([\w.-]+)/.exec(head);
  const name = m?.[1]?.toLowerCase();
  return name === "graphml" ? "graphml" : name === "gexf" ? "gexf" : "other";
}

class Doc {
  private readonly lines: LineIndex;
  constructor(
    readonly file: string,
    text: string,
  ) {
    this.lines = new LineIndex(text);
  }

  lineOf(node: XNode): number | undefined {
    const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
    return meta?.startIndex === undefined ? undefined : this.lines.lineAt(meta.startIndex);
  }

  fail(node: XNode | undefined, reason: string): never {
    throw new NetworkFileError(this.file, node ? this.lineOf(node) : undefined, reason);
  }
}

function parseXml(text: string, file: string): { doc: Doc; tree: XNode } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new NetworkFileError(file, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    alwaysCreateTextNode: true,
    captureMetaData: true,
    isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  });
  return { doc: new Doc(file, text), tree: parser.parse(text) as XNode };
}

function kids(node: XNode | undefined, name: string): XNode[] {
  const v = node?.[name];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

function attr(node: XNode | undefined, name: string): string | undefined {
  const v = node?.[`@_${name}`];
  return typeof v === "string" ? v : undefined;
}

function textOf(node: XNode | undefined): string {
  const t = node?.["#text"];
  return typeof t === "string" ? t : "";
}

/** Concatenated text of the first element called `name` anywhere below `node` (yEd's NodeLabel). */
function findText(node: XNode, name: string, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  for (const [k, v] of Object.entries(node)) {
    if (!Array.isArray(v)) continue;
    for (const child of v as XNode[]) {
      if (typeof child !== "object" || child === null) continue;
      if (k === name) return textOf(child).trim();
      const inner = findText(child, name, depth + 1);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

function hasElementChildren(node: XNode): boolean {
  return Object.keys(node).some((k) => !k.startsWith("@_") && k !== "#text");
}

const NUMERIC_TYPES = new Set(["int", "long", "float", "double", "integer", "short", "byte", "bigdecimal", "biginteger"]);

function typed(doc: Doc, at: XNode, raw: string, type: string | undefined, what: string): AttributeValue {
  const t = (type ?? "string").toLowerCase();
  if (NUMERIC_TYPES.has(t)) {
    const n = parseNumber(raw);
    if (n === undefined) doc.fail(at, `${what} is ${quote(raw)}, not a number (declared ${t})`);
    return n;
  }
  if (t === "boolean") {
    const v = raw.trim().toLowerCase();
    if (v === "true" || v === "1") return true;
    if (v === "false" || v === "0") return false;
    doc.fail(at, `${what} is ${quote(raw)}, not a boolean`);
  }
  return raw;
}

const LABEL_NAMES = ["label", "name"];
const WEIGHT_NAMES = ["weight", "value"];

export function parseGraphml(text: string, file: string, options: ParseNetworkOptions): ParsedNetwork {
  const parsed = parseXml(text, file);
  const doc: Doc = parsed.doc;
  const tree = parsed.tree;
  const root = kids(tree, "graphml")[0];
  if (!root) doc.fail(undefined, "no <graphml> root element");
  const warnings: string[] = [];
  interface Key {
    name: string;
    type: string | undefined;
    default?: string;
  }
  const keys = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  for (const k of kids(root, "key")) {
    const id = attr(k, "id");
    if (!id) doc.fail(k, "a <key> without an id");
    const forWhat = (attr(k, "for") ?? "all").toLowerCase();
    const def = kids(k, "default")[0];
    const key: Key = { name: attr(k, "attr.name") ?? id, type: attr(k, "attr.type"), ...(def ? { default: textOf(def) } : {}) };
    if (forWhat === "node" || forWhat === "all") keys.node.set(id, key);
    if (forWhat === "edge" || forWhat === "all") keys.edge.set(id, key);
  }
  const graphs = kids(root, "graph");
  const graph = graphs[0];
  if (!graph) doc.fail(root, "no <graph> element");
  if (graphs.length > 1) warnings.push(`the file holds ${graphs.length} graphs; only the first was read`);
  const edgedefault = (attr(graph, "edgedefault") ?? "directed").toLowerCase();
  if (edgedefault !== "directed" && edgedefault !== "undirected") doc.fail(graph, `edgedefault ${quote(edgedefault)} is neither "directed" nor "undirected"`);

  /** Values of <data> children, keyed by attribute name; defaults of the keys filled in. */
  const dataOf = (el: XNode, table: Map<string, Key>, what: string): Map<string, { value: AttributeValue; key: Key }> => {
    const out = new Map<string, { value: AttributeValue; key: Key }>();
    for (const d of kids(el, "data")) {
      const keyId = attr(d, "key");
      const key = keyId === undefined ? undefined : table.get(keyId);
      if (!key) doc.fail(d, `<data key=${quote(keyId ?? "")}> refers to no <key> declared for ${what}s`);
      if (hasElementChildren(d)) continue; // graphics (yEd) and other structured data
      out.set(key.name, { value: typed(doc, d, textOf(d), key.type, `${what} data ${quote(key.name)}`), key });
    }
    for (const key of table.values()) {
      if (key.default !== undefined && !out.has(key.name)) out.set(key.name, { value: typed(doc, el, key.default, key.type, `default of ${quote(key.name)}`), key });
    }
    return out;
  };

  const nodes = new NodeTable();
  let nested = 0;
  for (const n of kids(graph, "node")) {
    const id = attr(n, "id")?.trim();
    if (!id) doc.fail(n, "a <node> without an id");
    if (kids(n, "graph").length > 0) nested++;
    const data = dataOf(n, keys.node, "node");
    const attributes: Record<string, AttributeValue> = {};
    let label: string | undefined;
    for (const [name, { value }] of data) {
      if (label === undefined && LABEL_NAMES.includes(name.toLowerCase()) && String(value).trim() !== "") label = String(value).trim();
      else attributes[name] = value;
    }
    label ??= findText(n, "NodeLabel") || undefined;
    nodes.add(id, label ?? id, attributes, undefined, doc.lineOf(n));
  }
  if (nested > 0) warnings.push(`${nested} node(s) hold nested graphs; the nested graphs were not read`);
  if (kids(graph, "hyperedge").length > 0) warnings.push(`${kids(graph, "hyperedge").length} hyperedge(s) were not read`);

  const edges = new EdgeCollector();
  const mentioned: { key: string; line: number | undefined }[] = [];
  for (const e of kids(graph, "edge")) {
    const source = attr(e, "source")?.trim();
    const target = attr(e, "target")?.trim();
    if (!source) doc.fail(e, "an <edge> without a source");
    if (!target) doc.fail(e, "an <edge> without a target");
    const dirAttr = attr(e, "directed")?.toLowerCase();
    const undirected = dirAttr === undefined ? edgedefault === "undirected" : dirAttr === "false";
    const data = dataOf(e, keys.edge, "edge");
    let weight = 1;
    const attributes: Record<string, unknown> = {};
    const id = attr(e, "id");
    if (id !== undefined) attributes.id = id;
    let weighted = false;
    for (const [name, { value }] of data) {
      if (!weighted && WEIGHT_NAMES.includes(name.toLowerCase())) {
        const w = typeof value === "number" ? value : parseNumber(String(value));
        if (w === undefined) doc.fail(e, `edge weight ${quote(String(value))} is not a number`);
        weight = w;
        weighted = true;
      } else attributes[name] = value;
    }
    const line = doc.lineOf(e);
    edges.add({ source, target, weight, undirected, ...(line !== undefined ? { line } : {}), ...(Object.keys(attributes).length ? { attributes } : {}) });
    mentioned.push({ key: source, line }, { key: target, line });
  }
  for (const m of mentioned) nodes.ensure(m.key, m.line);
  const final = edges.finalize({ directed: options.directed, rule: "declared", fallbackDirected: edgedefault === "directed" });
  return { format: "graphml", directed: final.directed, twoMode: false, nodes: nodes.list(), edges: final.edges, warnings: [...warnings, ...nodes.warnings(), ...final.warnings] };
}

export function parseGexf(text: string, file: string, options: ParseNetworkOptions): ParsedNetwork {
  const parsed = parseXml(text, file);
  const doc: Doc = parsed.doc;
  const tree = parsed.tree;
  const root = kids(tree, "gexf")[0];
  if (!root) doc.fail(undefined, "no <gexf> root element");
  const graph = kids(root, "graph")[0];
  if (!graph) doc.fail(root, "no <graph> element");
  const warnings: string[] = [];
  const defaultType = (attr(graph, "defaultedgetype") ?? "directed").toLowerCase();
  if (!["directed", "undirected", "mutual"].includes(defaultType)) doc.fail(graph, `defaultedgetype ${quote(defaultType)} is not directed, undirected or mutual`);

  interface Att {
    title: string;
    type: string | undefined;
    default?: string;
  }
  const atts = { node: new Map<string, Att>(), edge: new Map<string, Att>() };
  for (const block of kids(graph, "attributes")) {
    const cls = (attr(block, "class") ?? "node").toLowerCase();
    if (cls !== "node" && cls !== "edge") continue;
    for (const a of kids(block, "attribute")) {
      const id = attr(a, "id");
      if (id === undefined) doc.fail(a, "an <attribute> without an id");
      const def = kids(a, "default")[0];
      atts[cls].set(id, { title: attr(a, "title") ?? id, type: attr(a, "type"), ...(def ? { default: textOf(def) } : {}) });
    }
  }
  const valuesOf = (el: XNode, table: Map<string, Att>, what: string): Record<string, AttributeValue> => {
    const out: Record<string, AttributeValue> = {};
    for (const block of kids(el, "attvalues")) {
      for (const v of kids(block, "attvalue")) {
        const ref = attr(v, "for") ?? attr(v, "id");
        const a = ref === undefined ? undefined : (table.get(ref) ?? [...table.values()].find((x) => x.title === ref));
        if (!a) doc.fail(v, `<attvalue for=${quote(ref ?? "")}> refers to no ${what} attribute`);
        const raw = attr(v, "value") ?? "";
        const t = (a.type ?? "string").toLowerCase();
        out[a.title] = t.startsWith("list") ? raw : typed(doc, v, raw, t, `${what} attribute ${quote(a.title)}`);
      }
    }
    for (const a of table.values()) {
      if (a.default !== undefined && !(a.title in out)) out[a.title] = typed(doc, el, a.default, a.type, `default of ${quote(a.title)}`);
    }
    return out;
  };

  const nodes = new NodeTable();
  let nested = 0;
  for (const block of kids(graph, "nodes")) {
    for (const n of kids(block, "node")) {
      const id = attr(n, "id")?.trim();
      if (!id) doc.fail(n, "a <node> without an id");
      if (kids(n, "nodes").length > 0) nested++;
      const label = attr(n, "label")?.trim();
      nodes.add(id, label ? label : id, valuesOf(n, atts.node, "node"), undefined, doc.lineOf(n));
    }
  }
  if (nested > 0) warnings.push(`${nested} node(s) hold nested nodes (hierarchical GEXF); the nested nodes were not read`);

  const edges = new EdgeCollector();
  const mentioned: { key: string; line: number | undefined }[] = [];
  for (const block of kids(graph, "edges")) {
    for (const e of kids(block, "edge")) {
      const source = attr(e, "source")?.trim();
      const target = attr(e, "target")?.trim();
      if (!source) doc.fail(e, "an <edge> without a source");
      if (!target) doc.fail(e, "an <edge> without a target");
      const type = (attr(e, "type") ?? defaultType).toLowerCase();
      if (!["directed", "undirected", "mutual"].includes(type)) doc.fail(e, `edge type ${quote(type)} is not directed, undirected or mutual`);
      let weight = 1;
      const rawWeight = attr(e, "weight");
      if (rawWeight !== undefined) {
        const w = parseNumber(rawWeight);
        if (w === undefined) doc.fail(e, `edge weight ${quote(rawWeight)} is not a number`);
        weight = w;
      }
      const attributes: Record<string, unknown> = valuesOf(e, atts.edge, "edge");
      for (const name of ["id", "label", "kind"]) {
        const v = attr(e, name);
        if (v !== undefined) attributes[name] = v;
      }
      const line = doc.lineOf(e);
      edges.add({ source, target, weight, undirected: type !== "directed", ...(line !== undefined ? { line } : {}), ...(Object.keys(attributes).length ? { attributes } : {}) });
      mentioned.push({ key: source, line }, { key: target, line });
    }
  }
  for (const m of mentioned) nodes.ensure(m.key, m.line);
  const final = edges.finalize({ directed: options.directed, rule: "declared", fallbackDirected: defaultType === "directed" });
  return { format: "gexf", directed: final.directed, twoMode: false, nodes: nodes.list(), edges: final.edges, warnings: [...warnings, ...nodes.warnings(), ...final.warnings] };
}
