// The investigation canvas as pure functions: merging answers, "+N more", placing new nodes, paths, selection.
import { describe, expect, it } from "vitest";
import { canvasColours, makeReducers, nodeLabel } from "../../web/src/features/graph/display";
import { fitState } from "../../web/src/features/graph/camera";
import {
  addToSelection,
  clearHighlight,
  forgetMissing,
  highlightPath,
  hoverNode,
  initialInteraction,
  primaryNode,
  selectNode,
  toggleNode,
} from "../../web/src/features/graph/interaction";
import { buildGraph, edgesInView, emptyGraph, hiddenOnCanvas, learnAboutNode, mergeSubgraph, removeNodes, totalDegrees } from "../../web/src/features/graph/model";
import { centroid, freeSpot, placeNewNodes, settleNewNodes, typicalEdgeLength } from "../../web/src/features/graph/placement";
import type { ApiSubgraph, GraphModel } from "../../web/src/features/graph/types";
import { expansionRequest } from "../../web/src/features/expand/expansion";
import { EXPAND_LIMIT } from "../../web/src/features/expand/neighbourhood.query";
import { addEntities, applyPaths, applySubgraph } from "../../web/src/features/workspace/workspace";
import { pathEnds, pathSteps } from "../../web/src/features/paths/paths";

const node = (id: string, kind = "Person", hidden?: number) => ({ id, kind, caption: id.toUpperCase(), placeholder: false, ...(hidden === undefined ? {} : { hidden }) });
const edge = (id: string, source: string, target: string, type = "ASSOCIATED_WITH") => ({ id, source, target, type });

/** A hub h with leaves a, b, c, plus a separate pair x–y: a little drawn canvas. */
function canvas(): GraphModel {
  const { graph } = buildGraph({
    nodes: [node("h"), node("a"), node("b"), node("c"), node("x"), node("y")],
    edges: [edge("ha", "h", "a"), edge("hb", "h", "b"), edge("hc", "h", "c"), edge("xy", "x", "y")],
  });
  const spots: Record<string, [number, number]> = { h: [0, 0], a: [10, 0], b: [-10, 0], c: [0, 10], x: [100, 100], y: [110, 100] };
  for (const [n, [x, y]] of Object.entries(spots)) graph.mergeNodeAttributes(n, { x, y });
  return graph;
}

const positions = (graph: GraphModel) => Object.fromEntries(graph.mapNodes((n, a) => [n, [a.x, a.y]]));

describe("merging answers into the canvas", () => {
  it("learns each node's relationship count from `hidden` and keeps it when an answer does not say", () => {
    const answer: ApiSubgraph = { nodes: [node("h", "Person", 7), node("a", "Account", 0), node("q")], edges: [edge("ha", "h", "a"), edge("hh", "h", "h")], truncated: true };
    expect(totalDegrees(answer)).toEqual(new Map([["h", 9], ["a", 1]]));
    const graph = emptyGraph();
    const first = mergeSubgraph(graph, answer);
    expect(first).toEqual({ addedNodes: ["h", "a", "q"], addedEdges: 2, droppedEdges: 0 });
    expect(graph.getNodeAttribute("h", "totalDegree")).toBe(9);
    expect(graph.getNodeAttribute("q", "totalDegree")).toBeNull();
    // The same answer again changes nothing; an answer without counts keeps what was learnt.
    const before = positions(graph);
    expect(mergeSubgraph(graph, answer)).toEqual({ addedNodes: [], addedEdges: 0, droppedEdges: 0 });
    mergeSubgraph(graph, { nodes: [node("h")], edges: [] });
    expect(graph.getNodeAttribute("h", "totalDegree")).toBe(9);
    expect(positions(graph)).toEqual(before);
  });

  it("counts what the canvas does not show of a node (+N more)", () => {
    const graph = canvas();
    expect(hiddenOnCanvas(graph, "h")).toBeNull(); // not known yet
    learnAboutNode(graph, "h", { totalDegree: 10 });
    expect(edgesInView(graph, "h")).toBe(3);
    expect(hiddenOnCanvas(graph, "h")).toBe(7);
    expect(nodeLabel("H", hiddenOnCanvas(graph, "h"))).toBe("H  +7");
    expect(nodeLabel("A", 0)).toBe("A");
    // A stale count never goes below zero.
    learnAboutNode(graph, "h", { totalDegree: 2 });
    expect(hiddenOnCanvas(graph, "h")).toBe(0);
    expect(learnAboutNode(graph, "h", { totalDegree: 2 })).toBe(false);
    expect(learnAboutNode(graph, "nope", { totalDegree: 2 })).toBe(false);
  });

  it("asks for the neighbours not drawn yet when expanding", () => {
    const graph = canvas();
    expect(expansionRequest(graph, "h")).toEqual({ ids: ["h"], depth: 1, limit: EXPAND_LIMIT + 1, exclude: ["a", "b", "c"] });
    graph.addNode("lonely", { kind: "Person", caption: "L", placeholder: false, totalDegree: null, x: 0, y: 0 });
    expect(expansionRequest(graph, "lonely", 10)).toEqual({ ids: ["lonely"], depth: 1, limit: 11 });
  });

  it("places an expansion's new nodes around the node expanded, without moving the drawn ones", () => {
    const graph = canvas();
    const before = positions(graph);
    const result = applySubgraph(graph, {
      nodes: [node("x", "Person", 3), node("n1"), node("n2"), node("n3")],
      edges: [edge("xn1", "x", "n1"), edge("xn2", "x", "n2"), edge("xn3", "x", "n3")],
    });
    expect(result.addedNodes).toEqual(["n1", "n2", "n3"]);
    const after = positions(graph);
    for (const [n, p] of Object.entries(before)) expect(after[n]).toEqual(p);
    expect(graph.hasNodeAttribute("x", "fixed")).toBe(false); // the layout pin is gone
    // Each new node ends nearer x (its anchor) than the far-away hub h.
    const x = graph.getNodeAttributes("x");
    const h = graph.getNodeAttributes("h");
    for (const n of ["n1", "n2", "n3"]) {
      const p = graph.getNodeAttributes(n);
      expect(Math.hypot(p.x - x.x, p.y - x.y)).toBeLessThan(Math.hypot(p.x - h.x, p.y - h.y));
    }
    expect(graph.getNodeAttribute("x", "totalDegree")).toBe(6);
  });

  it("lays out the whole graph when the canvas was (nearly) empty", () => {
    const graph = emptyGraph();
    applySubgraph(graph, { nodes: [node("a"), node("b"), node("c")], edges: [edge("ab", "a", "b"), edge("bc", "b", "c")] });
    const xs = graph.mapNodes((_, a) => a.x);
    expect(new Set(xs).size).toBe(3);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it("puts search hits on a free spot and leaves known ones where they are", () => {
    const graph = canvas();
    const scale = typicalEdgeLength(graph);
    expect(scale).toBe(10);
    addEntities(graph, [node("new")], { x: 0, y: 0 });
    const p = graph.getNodeAttributes("new");
    graph.forEachNode((n, a) => {
      if (n !== "new") expect(Math.hypot(a.x - p.x, a.y - p.y)).toBeGreaterThanOrEqual(scale - 1e-9);
    });
    const before = positions(graph);
    expect(addEntities(graph, [node("h")]).addedNodes).toEqual([]);
    expect(positions(graph)).toEqual(before);
    expect(freeSpot(emptyGraph(), { x: 3, y: 4 }, 10)).toEqual({ x: 3, y: 4 });
    expect(centroid(emptyGraph())).toBeNull();
  });

  it("follows a chain of new nodes from the one drawn end (a path)", () => {
    const graph = canvas();
    const result = applyPaths(graph, [
      { nodes: [node("a"), node("m1"), node("m2"), node("y")], edges: [edge("am1", "a", "m1"), edge("m1m2", "m1", "m2", "PAID"), edge("m2y", "m2", "y")] },
      { nodes: [node("a"), node("h"), node("b")], edges: [edge("ha", "h", "a"), edge("hb", "h", "b")] },
    ]);
    expect(result.addedNodes).toEqual(["m1", "m2"]);
    expect(result.highlight.nodes.sort()).toEqual(["a", "b", "h", "m1", "m2", "y"]);
    expect(result.highlight.edges.sort()).toEqual(["am1", "ha", "hb", "m1m2", "m2y"]);
    expect(graph.hasEdge("m1m2")).toBe(true);
  });

  it("places nodes with no drawn neighbour near the given point", () => {
    const graph = canvas();
    graph.addNode("o1", { kind: "Person", caption: "O", placeholder: false, totalDegree: null, x: 0, y: 0 });
    placeNewNodes(graph, ["o1"], { x: 500, y: 500 });
    const p = graph.getNodeAttributes("o1");
    expect(Math.hypot(p.x - 500, p.y - 500)).toBeLessThan(1);
    settleNewNodes(graph, []); // nothing to settle: nothing moves
  });

  it("removes nodes with their edges", () => {
    const graph = canvas();
    expect(removeNodes(graph, ["h", "ghost"])).toEqual(["h"]);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(1);
  });
});

describe("selection and highlight", () => {
  it("selects one, extends with Shift, and details the last one chosen", () => {
    let s = selectNode("a")(initialInteraction);
    expect(s.selected).toEqual(["a"]);
    s = toggleNode("b")(s);
    expect(s.selected).toEqual(["a", "b"]);
    expect(primaryNode(s)).toBe("b");
    s = toggleNode("a")(s);
    expect(s.selected).toEqual(["b"]);
    s = addToSelection("c")(s);
    expect(s.selected).toEqual(["b", "c"]);
    expect(addToSelection("c")(s)).toBe(s);
    s = addToSelection("b")(s);
    expect(s.selected).toEqual(["c", "b"]);
    expect(selectNode("x")(selectNode("x")(s))).toEqual(selectNode("x")(s));
    expect(pathEnds(["c", "b"])).toEqual({ from: "c", to: "b" });
    expect(pathEnds(["c"])).toBeNull();
  });

  it("keeps a highlighted path while the selection stays on it", () => {
    const path = { nodes: ["a", "h", "b"], edges: ["ha", "hb"] };
    let s = highlightPath(path)({ ...initialInteraction, selected: ["a", "b"] });
    expect(selectNode("h")(s).highlight).toBe(path);
    expect(selectNode("x")(s).highlight).toBeNull();
    expect(toggleNode("b")(s).highlight).toBe(path);
    expect(clearHighlight()(s).highlight).toBeNull();
    // Removing a node of the path from the canvas drops the highlight and the selection of it.
    s = forgetMissing((n) => n !== "h")(s);
    expect(s).toEqual({ hoveredNode: null, selected: ["a", "b"], highlight: null });
    expect(forgetMissing(() => true)(s)).toBe(s);
  });

  it("draws a path out over the rest and keeps the graph untouched", () => {
    const graph = canvas();
    const before = JSON.stringify(graph.export());
    const s = highlightPath({ nodes: ["a", "h", "b"], edges: ["ha", "hb"] })({ ...initialInteraction, selected: ["a", "b"] });
    const { nodeReducer, edgeReducer } = makeReducers(graph, s);
    expect(nodeReducer("h", graph.getNodeAttributes("h"))).toMatchObject({ forceLabel: true, label: "H" });
    expect(nodeReducer("a", graph.getNodeAttributes("a"))).toMatchObject({ highlighted: true });
    expect(nodeReducer("x", graph.getNodeAttributes("x"))).toMatchObject({ color: canvasColours.faded, label: null });
    expect(edgeReducer("ha", graph.getEdgeAttributes("ha"))).toMatchObject({ color: canvasColours.edgePath });
    expect(edgeReducer("xy", graph.getEdgeAttributes("xy"))).toMatchObject({ color: canvasColours.fadedEdge });
    // Hovering still shows a node's neighbourhood over the path.
    const hovered = makeReducers(graph, hoverNode("x")(s));
    expect(hovered.nodeReducer("y", graph.getNodeAttributes("y")).color).not.toBe(canvasColours.faded);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("labels nodes with their hidden relationships", () => {
    const graph = canvas();
    learnAboutNode(graph, "x", { totalDegree: 4 });
    const { nodeReducer } = makeReducers(graph, initialInteraction);
    expect(nodeReducer("x", graph.getNodeAttributes("x")).label).toBe("X  +3");
    expect(nodeReducer("a", graph.getNodeAttributes("a")).label).toBe("A");
  });
});

describe("paths and the camera", () => {
  it("turns a path into steps with the direction of each relationship", () => {
    const steps = pathSteps({
      nodes: [node("a"), node("h"), node("b")],
      edges: [{ ...edge("ah", "a", "h", "MEMBER_OF"), at: null }, { ...edge("bh", "b", "h", "MEMBER_OF"), at: "2024-01-01T00:00:00Z" }],
      length: 2,
      startsAt: null,
      endsAt: null,
    });
    expect(steps.map((s) => [s.node.id, s.next?.type ?? null, s.next?.forward ?? null])).toEqual([
      ["a", "MEMBER_OF", true],
      ["h", "MEMBER_OF", false],
      ["b", null, null],
    ]);
    expect(steps[1]!.next!.at).toBe("2024-01-01T00:00:00Z");
  });

  it("fits the camera to a set of nodes", () => {
    expect(fitState([], { ratio: 1 })).toBeNull();
    expect(fitState([{ x: 0.5, y: 0.5 }], { ratio: 1 })).toEqual({ x: 0.5, y: 0.5, ratio: 0.5 });
    expect(fitState([{ x: 0.5, y: 0.5 }], { ratio: 0.2 })).toEqual({ x: 0.5, y: 0.5, ratio: 0.2 });
    const fit = fitState([{ x: 0.2, y: 0.4 }, { x: 0.4, y: 0.5 }], { ratio: 1 })!;
    expect(fit.x).toBeCloseTo(0.3);
    expect(fit.y).toBeCloseTo(0.45);
    expect(fit.ratio).toBeCloseTo(0.3);
    expect(fitState([{ x: 0, y: 0 }, { x: 5, y: 5 }], { ratio: 1 })!.ratio).toBe(1.35);
  });
});
