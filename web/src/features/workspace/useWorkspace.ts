import { useCallback, useEffect, useRef, useState } from "react";
import { applySyncLayout } from "../graph/layout";
import type { LayoutPlan } from "../graph/layout";
import { emptyGraph, mergeSubgraph } from "../graph/model";
import { useGraphSample } from "../graph/useGraphSample";
import type { SampleLoad } from "../graph/useGraphSample";
import type { GraphModel } from "../graph/types";

/** Where the camera should go next: fit these nodes (seq tells two requests for the same nodes apart). */
export interface FocusRequest {
  nodes: readonly string[];
  seq: number;
}

export interface Workspace {
  /** The one graph model of this session; sigma draws it and listens to its changes. */
  graph: GraphModel;
  /** Bumps on every change of the model, for what React derives from it (legend, panel, reducers). */
  version: number;
  sample: SampleLoad;
  retrySample: () => void;
  /** Layout plan of the first picture (large samples settle in a worker). */
  layout: LayoutPlan;
  /** The first picture left entities out: how many it shows, else null. */
  truncatedSample: number | null;
  focus: FocusRequest | null;
  /** The canvas has been filled once (by the first picture or by the investigator): draw it even when empty. */
  started: boolean;
  /** Changes the model; `focusOn` moves the camera to those nodes afterwards. */
  change<R>(fn: (graph: GraphModel) => R, focusOn?: (result: R) => readonly string[]): R;
  requestFocus(nodes: readonly string[]): void;
  /** Empties the canvas (to start from a search). */
  clear(): void;
}

/** The canvas of an investigation: the first picture from the sample, then whatever the investigator adds. */
export function useWorkspace(): Workspace {
  const [graph] = useState(emptyGraph);
  const [version, setVersion] = useState(0);
  const [layout, setLayout] = useState<LayoutPlan>({ mode: "none" });
  const [truncatedSample, setTruncatedSample] = useState<number | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [started, setStarted] = useState(false);
  const seeded = useRef(false);
  const { load: sample, retry: retrySample } = useGraphSample();

  useEffect(() => {
    if (sample.status !== "ready" || seeded.current) return;
    seeded.current = true;
    if (graph.order === 0) {
      mergeSubgraph(graph, sample.subgraph);
      setLayout(applySyncLayout(graph));
      setTruncatedSample(sample.subgraph.truncated ? sample.subgraph.nodes.length : null);
      setVersion((v) => v + 1);
    }
    setStarted(true);
  }, [sample, graph]);

  const requestFocus = useCallback((nodes: readonly string[]) => setFocus((f) => ({ nodes, seq: (f?.seq ?? 0) + 1 })), []);

  const change = useCallback(
    <R,>(fn: (graph: GraphModel) => R, focusOn?: (result: R) => readonly string[]): R => {
      const result = fn(graph);
      setVersion((v) => v + 1);
      setStarted(true);
      if (focusOn) requestFocus(focusOn(result));
      return result;
    },
    [graph, requestFocus],
  );

  const clear = useCallback(() => {
    graph.clear();
    setTruncatedSample(null);
    setLayout({ mode: "none" });
    setVersion((v) => v + 1);
  }, [graph]);

  return { graph, version, sample, retrySample, layout, truncatedSample, focus, started, change, requestFocus, clear };
}
