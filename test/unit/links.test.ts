import { describe, expect, it } from "vitest";
import { betweenness, degree, pageRank, prng, type IndexedGraph } from "../../api/src/links/centrality.algorithms.js";
import { EVENT_KINDS, EVENT_TIME, TRAVERSABLE_TYPES, checkKinds, checkRelTypes, decodeCursor, encodeCursor, eventTimeExpr } from "../../api/src/links/common.js";
import { luceneQuery } from "../../api/src/links/search.service.js";
import { labels, relationships, type PropertySpec } from "../../graph/schema.js";

const star = (leaves: number): IndexedGraph => ({ n: leaves + 1, edges: Array.from({ length: leaves }, (_, i) => [i + 1, 0] as const) });
const path = (n: number): IndexedGraph => ({ n, edges: Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const) });

describe("centrality algorithms", () => {
  it("counts degree with multi-edges and self-loops as Neo4j does", () => {
    expect(degree({ n: 3, edges: [[0, 1], [0, 1], [2, 2]] })).toEqual([2, 2, 2]);
  });

  it("gives the centre of a star k(k-1)/2 betweenness and the leaves none", () => {
    const b = betweenness(star(5));
    expect(b).toMatchObject({ exact: true, sampleSize: 6 });
    expect(b.scores).toEqual([10, 0, 0, 0, 0, 0]);
  });

  it("matches the closed form on a path and ignores direction and duplicate edges", () => {
    // On a path of n nodes, node i lies on i·(n-1-i) shortest paths.
    const n = 7;
    const g = path(n);
    const withDuplicates = { n, edges: [...g.edges, ...g.edges.map(([a, b]) => [b, a] as const)] };
    const expected = Array.from({ length: n }, (_, i) => i * (n - 1 - i));
    expect(betweenness(g).scores).toEqual(expected);
    expect(betweenness(withDuplicates).scores).toEqual(expected);
  });

  it("splits betweenness over equally short paths", () => {
    // A square 0-1-2-3-0: the two paths between opposite corners share the load.
    const b = betweenness({ n: 4, edges: [[0, 1], [1, 2], [2, 3], [3, 0]] });
    expect(b.scores).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it("samples source nodes on large graphs, says so, and estimates the hub well", () => {
    // A hub with 3000 leaves, each leaf also tied to the next: n·m is above the budget.
    const n = 3001;
    const edges: [number, number][] = [];
    for (let i = 1; i < n; i++) edges.push([0, i]);
    for (let i = 1; i < n - 1; i++) edges.push([i, i + 1]);
    const exact = betweenness({ n, edges }, { budget: Infinity });
    const sampled = betweenness({ n, edges }, { budget: 1e6 });
    expect(exact.exact).toBe(true);
    expect(sampled.exact).toBe(false);
    expect(sampled.sampleSize).toBeLessThan(n);
    expect(sampled.sampleSize).toBeGreaterThanOrEqual(32);
    expect(Math.abs(sampled.scores[0]! - exact.scores[0]!) / exact.scores[0]!).toBeLessThan(0.1);
    expect(sampled.scores.indexOf(Math.max(...sampled.scores))).toBe(0);
    // Repeatable: same seed, same sample.
    expect(betweenness({ n, edges }, { budget: 1e6 }).scores).toEqual(sampled.scores);
  });

  it("ranks PageRank towards where relationships point, summing to 1, dangling nodes included", () => {
    const pr = pageRank(star(4));
    expect(pr.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(pr[0]).toBeGreaterThan(pr[1]!);
    expect(new Set(pr.slice(1).map((x) => x.toFixed(12))).size).toBe(1);
    // A directed cycle: all equal.
    const cycle = pageRank({ n: 3, edges: [[0, 1], [1, 2], [2, 0]] });
    for (const x of cycle) expect(x).toBeCloseTo(1 / 3, 9);
    expect(pageRank({ n: 0, edges: [] })).toEqual([]);
  });

  it("draws repeatable pseudo-random numbers in [0, 1)", () => {
    const a = prng(7);
    const b = prng(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("client names checked against the schema", () => {
  it("accepts entity kinds and refuses anything else, naming the argument", () => {
    expect(checkKinds("kinds", null)).toBeNull();
    expect(checkKinds("kinds", [])).toBeNull();
    expect(checkKinds("kinds", ["Person", "Person", "Account"])).toEqual(["Person", "Account"]);
    for (const bad of ["Person) DETACH DELETE n //", "User", "AuditEvent", "Annotation", "person", "Entity", "__proto__", "constructor"]) {
      expect(() => checkKinds("kinds", [bad]), bad).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT", details: { argumentName: "kinds" } }));
    }
  });

  it("accepts relationship types and refuses ANNOTATES and unknown ones", () => {
    expect(checkRelTypes("relTypes", null)).toEqual(TRAVERSABLE_TYPES);
    expect(TRAVERSABLE_TYPES).not.toContain("ANNOTATES");
    expect(TRAVERSABLE_TYPES).toEqual(expect.arrayContaining(["SENT", "PAID", "OWNS", "ASSOCIATED_WITH"]));
    // Types touching system nodes (alerts, annotations) are not followed.
    for (const t of TRAVERSABLE_TYPES) {
      const spec = relationships[t];
      for (const end of [spec.from, spec.to]) if (end !== "any") for (const l of end) expect(labels[l].entity, `${t} ${l}`).toBe(true);
    }
    expect(checkRelTypes("relTypes", ["SENT", "PAID"])).toEqual(["SENT", "PAID"]);
    for (const bad of ["SENT]->() DETACH DELETE n //", "ANNOTATES", "sent", "toString"]) {
      expect(() => checkRelTypes("relTypes", [bad]), bad).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT", details: { argumentName: "relTypes" } }));
    }
  });

  it("takes event times from datetime properties the schema declares", () => {
    for (const kind of EVENT_KINDS) {
      const prop = EVENT_TIME[kind]!;
      const spec = (labels[kind].properties as Record<string, PropertySpec>)[prop];
      expect(spec?.type.storage, `${kind}.${prop}`).toBe("datetime");
    }
    expect(eventTimeExpr("v")).toBe("CASE WHEN v:Message THEN v.sentAt WHEN v:Payment THEN v.paidAt WHEN v:Shipment THEN v.shippedAt WHEN v:Arrest THEN v.arrestedAt END");
  });
});

describe("search text", () => {
  it("escapes Lucene syntax so client text is words and phrases only", () => {
    expect(luceneQuery("山田 太郎")).toBe("山田 太郎");
    expect(luceneQuery('"easy money"')).toBe('"easy money"');
    expect(luceneQuery('AND OR "')).toBe("and or");
    expect(luceneQuery("title:(foo")).toBe("title\\:\\(foo");
    expect(luceneQuery("*:*")).toBe("\\*\\:\\*");
    expect(luceneQuery("/.*/")).toBe("\\/.\\*\\/");
    expect(luceneQuery("a\\")).toBe("a\\\\");
    expect(luceneQuery("@tk_boss")).toBe("@tk_boss");
    expect(luceneQuery("ｔｅｓｔ　全角")).toBe("test 全角"); // NFKC folds full-width forms
  });
});

describe("cursors", () => {
  it("round-trips and refuses anything else with BAD_USER_INPUT naming the argument", () => {
    const c = encodeCursor(["2024-03-01T00:00:00.000Z", "M1"]);
    expect(decodeCursor("after", c, ["string", "string"])).toEqual(["2024-03-01T00:00:00.000Z", "M1"]);
    expect(decodeCursor("after", encodeCursor([0.5, "M2"]), ["number", "string"])).toEqual([0.5, "M2"]);
    for (const bad of ["garbage", encodeCursor(["only one"]), Buffer.from("[1,2]").toString("base64url"), ""]) {
      expect(() => decodeCursor("after", bad, ["string", "string"])).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT", details: { argumentName: "after" } }));
    }
  });
});

describe("caption projections", () => {
  it("project every caption property, id, placeholder and event time, and every edge time and weight", async () => {
    const { NODE_PROPS, REL_PROPS, nodeProps, relProps } = await import("../../api/src/links/common.js");
    for (const spec of Object.values(labels)) for (const k of spec.caption) expect(NODE_PROPS).toContain(k);
    for (const k of ["id", "placeholder", ...Object.values(EVENT_TIME)]) expect(NODE_PROPS).toContain(k);
    for (const spec of Object.values(relationships) as { timeProperty?: string; weightProperty?: string }[]) {
      if (spec.timeProperty) expect(REL_PROPS).toContain(spec.timeProperty);
      if (spec.weightProperty) expect(REL_PROPS).toContain(spec.weightProperty);
    }
    expect(nodeProps("n")).toMatch(/^n \{ \.id, \.placeholder(, \.[A-Za-z]\w*)+ \}$/);
    expect(relProps("r")).toBe("r { .at, .amount, .weight }");
  });
});
