import { describe, expect, it } from "vitest";
import { labels } from "../../graph/schema";
import { makeReducers, canvasColours } from "../../web/src/features/graph/display";
import { clearSelection, focusNode, forgetMissing, hoverNode, initialInteraction, leaveNode, selectNode } from "../../web/src/features/graph/interaction";
import { applySyncLayout } from "../../web/src/features/graph/layout";
import { buildGraph, kindCounts, neighboursOf } from "../../web/src/features/graph/model";

const sample = {
  nodes: [
    { id: "p1", kind: "Person", caption: "Ken", placeholder: false },
    { id: "a1", kind: "Account", caption: "@ice", placeholder: false },
    { id: "a2", kind: "Account", caption: "@snow", placeholder: true },
    { id: "x", kind: "Martian", caption: "?", placeholder: false },
  ],
  edges: [
    { id: "e1", source: "p1", target: "a1", type: "OPERATES" },
    { id: "e2", source: "p1", target: "a2", type: "OPERATES", weight: null, at: null },
    { id: "e3", source: "p1", target: "gone", type: "OPERATES" },
  ],
};

describe("graph model", () => {
  it("builds a graph from the API sample and drops edges to unknown nodes", () => {
    const { graph, droppedEdges } = buildGraph(sample);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(2);
    expect(droppedEdges).toBe(1);
    expect(graph.getEdgeAttributes("e1")).toEqual({ relationship: "OPERATES", weight: null, at: null });
    expect(graph.getNodeAttributes("p1")).toMatchObject({ kind: "Person", caption: "Ken", placeholder: false, totalDegree: null });
    expect(kindCounts(graph)).toEqual([
      { kind: "Account", count: 2 },
      { kind: "Martian", count: 1 },
      { kind: "Person", count: 1 },
    ]);
    expect(neighboursOf(graph, "a1")).toEqual([{ edge: "e1", relationship: "OPERATES", direction: "incoming", node: "p1", kind: "Person", caption: "Ken" }]);
  });

  it("lays out deterministically", () => {
    const a = buildGraph(sample).graph;
    const b = buildGraph(sample).graph;
    expect(applySyncLayout(a).mode).toBe("sync");
    applySyncLayout(b);
    expect(a.getNodeAttributes("p1")).toEqual(b.getNodeAttributes("p1"));
  });

  it("colours nodes from the schema and highlights through reducers without touching the graph", () => {
    const { graph } = buildGraph(sample);
    const before = JSON.stringify(graph.export());
    const plain = makeReducers(graph, initialInteraction);
    expect(plain.nodeReducer("p1", graph.getNodeAttributes("p1")).color).toBe(labels.Person.colour);
    expect(plain.nodeReducer("a2", graph.getNodeAttributes("a2")).color).not.toBe(labels.Account.colour); // placeholder: paler

    const hovered = makeReducers(graph, hoverNode("a1")(initialInteraction));
    expect(hovered.nodeReducer("a1", graph.getNodeAttributes("a1")).highlighted).toBe(true);
    expect(hovered.nodeReducer("p1", graph.getNodeAttributes("p1")).color).toBe(labels.Person.colour);
    expect(hovered.nodeReducer("x", graph.getNodeAttributes("x")).color).toBe(canvasColours.faded);
    expect(hovered.edgeReducer("e2", graph.getEdgeAttributes("e2")).hidden).toBe(true);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("moves the interaction state with pure transitions", () => {
    const s1 = selectNode("p1")(hoverNode("a1")(initialInteraction));
    expect(focusNode(s1)).toBe("a1");
    expect(focusNode(leaveNode()(s1))).toBe("p1");
    expect(clearSelection()(s1).selected).toEqual([]);
    expect(forgetMissing((n) => n === "p1")(s1)).toEqual({ hoveredNode: null, selected: ["p1"], highlight: null });
    expect(hoverNode("a1")(s1)).toBe(s1);
  });
});
