import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  loadNetworkManifest,
  NetworkFileError,
  parseNetworkFile,
  parseNodeAttributes,
  type NetworkFormat,
  type ParsedNetwork,
} from "../../importers/network/index.js";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds/networks");
const manifest = await loadNetworkManifest(SEEDS);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ariadne-network-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function fixture(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

async function parseText(name: string, content: string | Buffer, options?: { format?: NetworkFormat; directed?: boolean }): Promise<ParsedNetwork> {
  return parseNetworkFile(fixture(name, content), options);
}

/** The error parseNetworkFile throws, checked to be a NetworkFileError. */
async function failure(name: string, content: string | Buffer, options?: { format?: NetworkFormat; directed?: boolean }): Promise<NetworkFileError> {
  const file = fixture(name, content);
  try {
    await parseNetworkFile(file, options);
  } catch (err) {
    expect(err).toBeInstanceOf(NetworkFileError);
    const e = err as NetworkFileError;
    expect(e.file).toBe(file);
    return e;
  }
  throw new Error(`${name} parsed without error`);
}

const edgeSet = (n: ParsedNetwork) => n.edges.map((e) => `${e.source}>${e.target}:${e.weight}`).sort();

/** Invariants every parse must keep. */
function checkInvariants(n: ParsedNetwork) {
  const keys = n.nodes.map((x) => x.key);
  expect(new Set(keys).size).toBe(keys.length);
  const known = new Set(keys);
  const seen = new Set<string>();
  for (const e of n.edges) {
    expect(known.has(e.source)).toBe(true);
    expect(known.has(e.target)).toBe(true);
    expect(Number.isFinite(e.weight)).toBe(true);
    const k = n.directed ? `${e.source}\u0000${e.target}` : [e.source, e.target].sort().join("\u0000");
    expect(seen.has(k)).toBe(false);
    seen.add(k);
  }
  for (const x of n.nodes) expect(x.key).toBe(x.key.trim());
}

describe("seed networks: every manifest entry parses with the counts its PROVENANCE.md states", () => {
  it("lists every data file of seeds/networks, as a network or a side file", () => {
    const listed = new Set([...manifest.networks.map((e) => e.file), ...manifest.sideFiles.map((s) => s.file)]);
    const onDisk: string[] = [];
    for (const dir of fs.readdirSync(SEEDS, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const f of fs.readdirSync(path.join(SEEDS, dir.name))) if (f !== "PROVENANCE.md") onDisk.push(`${dir.name}/${f}`);
      expect(fs.existsSync(path.join(SEEDS, dir.name, "PROVENANCE.md"))).toBe(true);
    }
    expect(onDisk.sort()).toEqual([...listed].sort());
    expect(manifest.networks).toHaveLength(27);
    expect(fs.existsSync(path.join(SEEDS, "caviar", "ucinet_csv_copy_corenets"))).toBe(false);
  });

  it.each(manifest.networks.map((e) => [e.dataset, e] as const))("%s", async (_name, entry) => {
    const n = await parseNetworkFile(entry.path, { format: entry.format as NetworkFormat, directed: entry.directed });
    expect(n.format).toBe(entry.format);
    expect(n.directed).toBe(entry.directed);
    expect(n.twoMode).toBe(entry.twoMode ?? false);
    expect(n.nodes.length).toBe(entry.expectedNodes);
    expect(n.edges.length).toBe(entry.expectedEdges);
    if (entry.expectedTotalWeight !== undefined) expect(n.edges.reduce((s, e) => s + e.weight, 0)).toBe(entry.expectedTotalWeight);
    checkInvariants(n);
    // Format detection alone (no options) recognises the file.
    const auto = await parseNetworkFile(entry.path);
    expect(auto.format).toBe(entry.format);
    expect(auto.nodes.length).toBe(entry.expectedNodes);
  });

  it("decides direction by symmetry when not told: CAVIAR, Natarajan, CielNet directed; French Connection, Oversize undirected", async () => {
    const dir = async (f: string) => (await parseNetworkFile(path.join(SEEDS, f))).directed;
    expect(await dir("caviar/phase1.csv")).toBe(true);
    expect(await dir("natarajan_heroin/HEROIN_DEALING.csv")).toBe(true);
    expect(await dir("cielnet/CIELNET.csv")).toBe(true);
    expect(await dir("french_connection/macdonald_tfc.csv")).toBe(false);
    expect(await dir("oversize_ndrangheta/berlusconietal_oversize.csv")).toBe(false);
    // The asymmetric Spanish matrices read as arcs unless told otherwise (PROVENANCE: 70, 68, 171, 110 directed cells).
    const acero = await parseNetworkFile(path.join(SEEDS, "spanish_cocaine_operations/COCAINE_ACERO.csv"));
    expect([acero.directed, acero.edges.length]).toEqual([true, 70]);
    const meetings = await parseNetworkFile(path.join(SEEDS, "montagna_cosa_nostra/Montagna_meetings_edgelist.csv"));
    expect([meetings.directed, meetings.edges.length]).toEqual([true, 289]);
  });

  it("reads the matrix quirks: quoted labels under a \"players\" corner, BOM + CRLF under a \"\" corner", async () => {
    const p1 = await parseNetworkFile(path.join(SEEDS, "caviar/phase1.csv"));
    expect(p1.nodes.slice(0, 3).map((x) => x.key)).toEqual(["1", "4", "89"]);
    expect(p1.nodes.some((x) => x.key === "players")).toBe(false);
    const n1 = p1.edges.filter((e) => e.source === "1");
    expect(n1.find((e) => e.target === "85")).toMatchObject({ weight: 9, line: 2 });
    const coke = await parseNetworkFile(path.join(SEEDS, "natarajan_cocaine/COCAINE_DEALING.csv"));
    expect(coke.nodes[0]?.key).toBe("Bill");
    expect(coke.nodes.map((x) => x.key)).not.toContain("\uFEFF");
    const kay = coke.edges.filter((e) => e.source === "Kay" || e.target === "Kay").reduce((s, e) => s + e.weight, 0);
    expect(kay).toBe(127); // PROVENANCE: weighted strength of Kay
    const fc = await parseNetworkFile(path.join(SEEDS, "french_connection/macdonald_tfc.csv"));
    expect(fc.nodes.map((x) => x.key)).toContain("antoine d'agostino");
  });

  it("reads the two-mode 'Ndrangheta summits as persons (mode 0) -> summits (mode 1)", async () => {
    const n = await parseNetworkFile(path.join(SEEDS, "ndrangheta_infinito_summits/NDRANGHETAMAFIA_2M.csv"));
    expect(n.nodes.filter((x) => x.mode === 0)).toHaveLength(156);
    expect(n.nodes.filter((x) => x.mode === 1)).toHaveLength(47);
    const modeOf = new Map(n.nodes.map((x) => [x.key, x.mode]));
    expect(n.edges.every((e) => modeOf.get(e.source) === 0 && modeOf.get(e.target) === 1)).toBe(true);
    const event = n.nodes.find((x) => x.mode === 1);
    expect(event?.key).toBe('18/10/2007(L), summit-dinner at "la cadgrega" restaurant in Limito di Pioltello (Mi)');
    const panetta = n.edges.filter((e) => e.source === "PANETTA Pietro Francesco");
    expect(panetta).toHaveLength(17); // PROVENANCE: most summits attended
  });

  it("reads NDJSON with # comments and merges madoff.json's repeated node lines", async () => {
    const m = await parseNetworkFile(path.join(SEEDS, "madoff_fraud/madoff.json"));
    expect(m.nodes.find((x) => x.key === "Bernard_Madoff_Investment")?.attributes.type).toBe("player;firm");
    expect(m.edges.filter((e) => e.target === "Bernard_Madoff_Investment")).toHaveLength(27);
    expect(m.edges.filter((e) => e.source === e.target)).toHaveLength(1);
    expect(m.warnings.join("\n")).toMatch(/61 node declaration\(s\) repeat/);
    const r1 = await parseNetworkFile(path.join(SEEDS, "roxanne_israel_lea_phone/israel_lea_case1_speakers.json"));
    expect(r1.edges.filter((e) => e.attributes?.type === "SMS")).toHaveLength(1);
    expect(r1.nodes.find((x) => x.key === "A")?.attributes.source_numbers).toBe("47;11;42;44;48;43;46;50;51;49;41;40");
  });

  it("collapses Montagna to undirected pairs keeping both directed weights where they differ", async () => {
    const n = await parseNetworkFile(path.join(SEEDS, "montagna_cosa_nostra/Montagna_meetings_edgelist.csv"), { directed: false });
    const e = n.edges.find((x) => x.source === "11" && x.target === "12");
    expect(e).toMatchObject({ weight: 9, attributes: { weightSourceToTarget: 9, weightTargetToSource: 1 } });
  });

  it("loads side files: Montagna attributes and kinship, CAVIAR key players", async () => {
    const a = await parseNodeAttributes(path.join(SEEDS, "montagna_cosa_nostra/montagna_attributes.csv"), { idColumn: "node", stripPrefix: "N" });
    expect(a.rows).toHaveLength(155);
    expect(a.rows.find((r) => r.key === "18")?.attributes).toMatchObject({ familia: "mistretta", title: "executive", arrest: true, padrino: false });
    expect(a.rows.filter((r) => r.attributes.title === "boss").map((r) => r.key)).toEqual(["2", "3", "11", "14", "16", "22", "42", "46", "149"]);
    expect(a.rows.filter((r) => r.attributes.arrest === true)).toHaveLength(40);
    const kin = await parseNetworkFile(path.join(SEEDS, "montagna_cosa_nostra/montagna_kinship.csv"));
    expect([kin.format, kin.directed, kin.edges.length]).toEqual(["edgelist", true, 24]);
    expect(kin.edges.at(-1)?.attributes?.relation).toBe("father-daughter");
    expect(kin.edges.some((e) => String(e.attributes?.relation).startsWith(" "))).toBe(false);
    const kp = await parseNodeAttributes(path.join(SEEDS, "caviar/key_players_transcribed.csv"), { idColumn: "node_id", stripPrefix: "n" });
    expect(kp.rows).toHaveLength(23);
    expect(kp.rows[0]).toMatchObject({ key: "1", attributes: { name: "Daniel Serero" } });
  });
});

describe("adjacency matrices", () => {
  it("reads BOM + CRLF, emits a symmetric matrix's pairs once as undirected", async () => {
    const n = await parseText("sym.csv", '\uFEFF"",A,B,C\r\nA,0,2,0\r\nB,2,0,1\r\nC,0,1,0\r\n');
    expect(n.format).toBe("matrix-csv");
    expect(n.directed).toBe(false);
    expect(n.nodes.map((x) => x.key)).toEqual(["A", "B", "C"]);
    expect(n.edges).toEqual([
      { source: "A", target: "B", weight: 2, line: 2 },
      { source: "B", target: "C", weight: 1, line: 3 },
    ]);
    // Told directed, the same matrix gives both arcs of each pair.
    const d = await parseText("sym2.csv", '\uFEFF"",A,B,C\r\nA,0,2,0\r\nB,2,0,1\r\nC,0,1,0\r\n', { directed: true });
    expect(edgeSet(d)).toEqual(["A>B:2", "B>A:2", "B>C:1", "C>B:1"]);
  });

  it("reads an asymmetric matrix as arcs, cell (i,j) = i -> j; quoted labels trimmed; decimals", async () => {
    const n = await parseText("asym.csv", '"players"," x ","y","z"\n" x ",0,1.5,0\n"y",0,0,0\n"z",3,0,0\n');
    expect(n.directed).toBe(true);
    expect(n.nodes.map((x) => x.key)).toEqual(["x", "y", "z"]);
    expect(edgeSet(n)).toEqual(["x>y:1.5", "z>x:3"]);
  });

  it("rejects a ragged row with its line (a quoted multi-line label advances the count)", async () => {
    const e = await failure("ragged.csv", '"",a,"b\nb",c\na,0,1,0\n"b\nb",1,0\nc,0,0,0\n');
    expect(e.line).toBe(4);
    expect(e.reason).toMatch(/ragged matrix: row "b\\nb" has 2 value\(s\), the header has 3/);
    expect(e.message).toMatch(/ragged\.csv:4: ragged matrix/);
    const crlf = await failure("ragged2.csv", '\uFEFF"",A,B,C\r\nA,0,1,0\r\nB,1,0\r\nC,0,0,0\r\n');
    expect(crlf.line).toBe(3);
  });

  it("rejects a non-numeric or empty cell with its line and column", async () => {
    const e = await failure("nan.csv", ",A,B,C\nA,0,1,0\nB,1,0,x\nC,0,,0\n");
    expect([e.line, e.reason]).toEqual([3, 'cell (row "B", column "C") is "x", not a number']);
    const empty = await failure("empty.csv", ",A,B,C\nA,0,1,0\nB,1,0,0\nC,0,,0\n");
    expect([empty.line, empty.reason]).toEqual([4, 'cell (row "C", column "B") is empty, not a number']);
  });

  it("rejects a broken header (the defective UCINET CAVIAR7: labels shifted, empty labels at the end)", async () => {
    const e = await failure("caviar7.csv", "\uFEFF,2,3,4,,\r\n1,0,1,0,0,0\r\n2,1,0,0,0,0\r\n3,0,0,0,1,0\r\n4,0,0,1,0,0\r\n5,0,0,0,0,0\r\n");
    expect(e.line).toBe(1);
    expect(e.reason).toMatch(/column 4 has an empty label/);
    const partly = await failure("partly.csv", ",a,b,c,d\na,0,1,0,0\nb,1,0,0,0\nc,0,0,0,1\nx,0,0,1,0\n");
    expect(partly.reason).toMatch(/partly differ.*columns without a row: "d".*rows without a column: "x"/);
  });

  it("reads a two-mode matrix: persons (mode 0) -> events (mode 1)", async () => {
    const n = await parseText("2m.csv", ',"e1, dinner",e2,e3\np,1,0,1\nq,0,0,1\n');
    expect(n.twoMode).toBe(true);
    expect(n.directed).toBe(true);
    expect(n.nodes.map((x) => [x.key, x.mode])).toEqual([["p", 0], ["q", 0], ["e1, dinner", 1], ["e2", 1], ["e3", 1]]);
    expect(edgeSet(n)).toEqual(["p>e1, dinner:1", "p>e3:1", "q>e3:1"]);
  });

  it("reads as undirected when told, keeping the two directed weights of a pair that differs", async () => {
    const n = await parseText("force.csv", ",A,B,C\nA,0,2,1\nB,1,0,0\nC,0,0,0\n", { directed: false });
    expect(n.directed).toBe(false);
    expect(n.edges).toEqual([
      { source: "A", target: "B", weight: 2, line: 2, attributes: { weightSourceToTarget: 2, weightTargetToSource: 1 } },
      { source: "A", target: "C", weight: 1, line: 2 },
    ]);
    expect(n.warnings.join()).toMatch(/1 pair\(s\) are listed in both directions with different weights/);
  });
});

describe("edge lists", () => {
  it("reads source,target,weight with a header; extra columns become edge attributes", async () => {
    const n = await parseText("el.csv", "source,target,weight,kind\nann,bob,3,call\nbob,cid,1.5,meeting\n");
    expect(n.format).toBe("edgelist");
    expect(n.directed).toBe(true);
    expect(n.edges).toEqual([
      { source: "ann", target: "bob", weight: 3, line: 2, attributes: { kind: "call" } },
      { source: "bob", target: "cid", weight: 1.5, line: 3, attributes: { kind: "meeting" } },
    ]);
  });

  it("reads two columns without a header as weight 1, and sums a repeated line", async () => {
    const n = await parseText("pairs.csv", "ann,bob\nbob,cid\nann,bob\n");
    expect(n.nodes.map((x) => x.key)).toEqual(["ann", "bob", "cid"]);
    expect(n.edges).toEqual([
      { source: "ann", target: "bob", weight: 2, line: 1 },
      { source: "bob", target: "cid", weight: 1, line: 2 },
    ]);
    expect(n.warnings.join()).toMatch(/1 edge line\(s\) repeat an earlier edge/);
  });

  it("reads tab-separated and whitespace-separated lists; a list giving every tie both ways is undirected", async () => {
    const tsv = await parseText("m.csv", "0\t1\t2\n1\t0\t2\n1\t2\t1\n2\t1\t1\n");
    expect([tsv.format, tsv.directed, tsv.edges.length]).toEqual(["edgelist", false, 2]);
    const ws = await parseText("g.edgelist", '# comment\n"Ann Lee" bob 2\nbob cid\n');
    expect(edgeSet(ws)).toEqual(["Ann Lee>bob:2", "bob>cid:1"]);
  });

  it("rejects a non-numeric weight and a missing target with their lines", async () => {
    const e = await failure("bad.csv", "a,b,1\nb,c,lots\n");
    expect([e.line, e.reason]).toEqual([2, 'the weight "lots" is not a number (a file without a header row must be source, target[, weight])']);
    const t = await failure("bad2.tsv", "a\tb\t1\nb\t\t1\n");
    expect([t.line, t.reason]).toEqual([2, "the target is empty"]);
  });
});

describe("Pajek", () => {
  it("reads *Vertices with quoted labels and *Arcs with weights as directed", async () => {
    const n = await parseText(
      "g.net",
      '% drawn by hand\r\n*Vertices 3\r\n1 "Ann Lee" 0.1 0.2 0.5\r\n2 "Bob"\r\n3 Cid\r\n*Arcs\r\n1 2 4\r\n2 3\r\n3 1 2.5 c Blue\r\n',
    );
    expect(n.format).toBe("pajek");
    expect(n.directed).toBe(true);
    expect(n.nodes.map((x) => x.key)).toEqual(["Ann Lee", "Bob", "Cid"]);
    expect(n.nodes[0]?.attributes).toEqual({ pajekId: 1, x: 0.1, y: 0.2, z: 0.5 });
    expect(n.edges).toEqual([
      { source: "Ann Lee", target: "Bob", weight: 4, line: 7 },
      { source: "Bob", target: "Cid", weight: 1, line: 8 },
      { source: "Cid", target: "Ann Lee", weight: 2.5, line: 9, attributes: { c: "Blue" } },
    ]);
  });

  it("reads *Edges as undirected, *Edgeslist, and an unlabelled vertex by its number", async () => {
    const n = await parseText("u.net", "*Vertices 4\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Edges\n1 2 2\n*Edgeslist\n3 1 4\n");
    expect(n.directed).toBe(false);
    expect(n.nodes.map((x) => x.key)).toEqual(["a", "b", "c", "4"]);
    expect(edgeSet(n)).toEqual(["a>b:2", "c>4:1", "c>a:1"]);
  });

  it("reads *Arcs and *Edges together as directed, each edge as two arcs", async () => {
    const n = await parseText("mixed.net", "*Vertices 3\n*Arcs\n1 2\n*Edges\n2 3 5\n");
    expect(n.directed).toBe(true);
    expect(edgeSet(n)).toEqual(["1>2:1", "2>3:5", "3>2:5"]);
    expect(n.warnings.join()).toMatch(/mixes directed and undirected/);
  });

  it("reads a two-mode network (*Vertices n n1)", async () => {
    const n = await parseText("2m.net", '*Vertices 4 2\n1 "p"\n2 "q"\n3 "meeting 1"\n4 "meeting 2"\n*Edges\n1 3\n2 3\n2 4\n');
    expect(n.twoMode).toBe(true);
    expect(n.nodes.map((x) => x.mode)).toEqual([0, 0, 1, 1]);
    expect(n.edges).toHaveLength(3);
  });

  it("rejects a tie to a vertex that does not exist, with its line", async () => {
    const e = await failure("bad.net", "*Vertices 2\n1 a\n2 b\n*Arcs\n1 2\n2 3\n");
    expect([e.line, e.reason]).toEqual([6, 'vertex "3" is not a vertex number between 1 and 2']);
  });
});

const GRAPHML = (edgedefault: string, extra = "") => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="role" attr.type="string"><default>unknown</default></key>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d3" for="edge" attr.name="calls" attr.type="int"/>
  <graph id="G" edgedefault="${edgedefault}">
    <node id="n0"><data key="d0">Ann &amp; Co</data><data key="d1">boss</data></node>
    <node id="n1"><data key="d0">Bob</data></node>
    <node id="n2"/>
    <edge source="n0" target="n1"><data key="d2">2.5</data><data key="d3">7</data></edge>
    <edge source="n1" target="n2"/>${extra}
  </graph>
</graphml>
`;

describe("GraphML", () => {
  it("reads a directed graph: ids as keys, label and typed attributes, weights", async () => {
    const n = await parseText("g.graphml", GRAPHML("directed"));
    expect([n.format, n.directed]).toEqual(["graphml", true]);
    expect(n.nodes).toEqual([
      { key: "n0", label: "Ann & Co", attributes: { role: "boss" } },
      { key: "n1", label: "Bob", attributes: { role: "unknown" } },
      { key: "n2", label: "n2", attributes: { role: "unknown" } },
    ]);
    expect(n.edges).toEqual([
      { source: "n0", target: "n1", weight: 2.5, line: 11, attributes: { calls: 7 } },
      { source: "n1", target: "n2", weight: 1, line: 12 },
    ]);
  });

  it("reads an undirected graph, and a per-edge directed attribute", async () => {
    const u = await parseText("u.graphml", GRAPHML("undirected"));
    expect([u.directed, u.edges.length]).toEqual([false, 2]);
    const mixed = await parseText("m.graphml", GRAPHML("undirected", '\n    <edge source="n2" target="n0" directed="true"/>'));
    expect(mixed.directed).toBe(true);
    expect(edgeSet(mixed)).toEqual(["n0>n1:2.5", "n1>n0:2.5", "n1>n2:1", "n2>n0:1", "n2>n1:1"]);
  });

  it("rejects a non-numeric weight and malformed XML with their lines", async () => {
    const e = await failure("w.graphml", GRAPHML("directed").replace(">2.5<", ">heavy<"));
    expect(e.line).toBe(11);
    expect(e.reason).toMatch(/"heavy", not a number/);
    const x = await failure("x.graphml", '<graphml>\n<graph edgedefault="directed">\n<node id="a">\n</graph>\n</graphml>\n');
    expect(x.line).toBe(4);
    expect(x.reason).toMatch(/not well-formed XML/);
  });
});

const GEXF = (type: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph mode="static" defaultedgetype="${type}">
    <attributes class="node">
      <attribute id="0" title="role" type="string"/>
      <attribute id="1" title="arrested" type="boolean"><default>false</default></attribute>
    </attributes>
    <nodes>
      <node id="0" label="Ann"><attvalues><attvalue for="0" value="courier"/><attvalue for="1" value="true"/></attvalues><viz:size value="3"/></node>
      <node id="1" label="Bob"/>
      <node id="2" label="Cid"/>
    </nodes>
    <edges>
      <edge id="e0" source="0" target="1" weight="3"/>
      <edge id="e1" source="1" target="2" weight="0.5" label="met"/>
    </edges>
  </graph>
</gexf>
`;

describe("GEXF", () => {
  it("reads a directed graph with weights and attvalues", async () => {
    const n = await parseText("g.gexf", GEXF("directed"));
    expect([n.format, n.directed]).toEqual(["gexf", true]);
    expect(n.nodes[0]).toEqual({ key: "0", label: "Ann", attributes: { role: "courier", arrested: true } });
    expect(n.nodes[1]?.attributes).toEqual({ arrested: false });
    expect(n.edges).toEqual([
      { source: "0", target: "1", weight: 3, line: 14, attributes: { id: "e0" } },
      { source: "1", target: "2", weight: 0.5, line: 15, attributes: { id: "e1", label: "met" } },
    ]);
  });

  it("reads an undirected graph", async () => {
    const n = await parseText("u.gexf", GEXF("undirected"));
    expect([n.directed, n.edges.length]).toEqual([false, 2]);
    const asked = await parseText("u2.gexf", GEXF("undirected"), { directed: true });
    expect(asked.edges).toHaveLength(4);
  });

  it("rejects a non-numeric weight with its line", async () => {
    const e = await failure("w.gexf", GEXF("directed").replace('weight="3"', 'weight="x"'));
    expect([e.line, e.reason]).toEqual([14, 'edge weight "x" is not a number']);
  });
});

describe("NDJSON and detection", () => {
  it("reads node/edge objects after # comments; merges repeated nodes; adds undeclared ends", async () => {
    const n = await parseText(
      "g.json",
      '#Network\n#####\n{"type":"node","id":"a","properties":{"name":"Ann","phones":["1","2"]}}\n{"type":"node","id":"a","properties":{"type":"firm"}}\n' +
        '{"type":"edge","source":"a","target":"b","properties":{"weight":4.0,"type":"SMS"}}\n',
    );
    expect(n.format).toBe("ndjson");
    expect(n.nodes).toEqual([
      { key: "a", label: "Ann", attributes: { name: "Ann", phones: "1;2", type: "firm" } },
      { key: "b", label: "b", attributes: {} },
    ]);
    expect(n.edges).toEqual([{ source: "a", target: "b", weight: 4, line: 5, attributes: { type: "SMS" } }]);
    expect(n.warnings.join("\n")).toMatch(/repeat an earlier key[\s\S]*without being declared/);
  });

  it("rejects a line that is not JSON, with its line", async () => {
    const e = await failure("bad.ndjson", '# c\n{"type":"node","id":"a"}\n{"type":"edge",\n');
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/^not a JSON object/);
  });

  it("rejects unknown formats clearly", async () => {
    expect((await failure("net.xlsx", "PK\u0003\u0004")).reason).toMatch(/unknown network file type ".xlsx"/);
    expect((await failure("doc.xml", "<svg></svg>")).reason).toMatch(/neither GraphML/);
    expect((await failure("one.csv", "a\nb\nc\n")).reason).toMatch(/one column only/);
    expect((await failure("empty.csv", "\n\n")).reason).toMatch(/empty/);
    const forced = await failure("m.csv", "a,b\n", { format: "xlsx" as NetworkFormat });
    expect(forced.reason).toMatch(/unknown format "xlsx"/);
  });

  it("lets the caller force a format", async () => {
    const n = await parseText("looks-like-edges.txt", "*Vertices 2\n*Edges\n1 2\n", { format: "pajek" });
    expect(n.edges).toHaveLength(1);
  });
});
