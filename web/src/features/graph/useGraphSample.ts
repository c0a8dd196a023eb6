import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { describeFailure } from "./errors";
import type { LoadFailure } from "./errors";
import { applySyncLayout } from "./layout";
import type { LayoutPlan } from "./layout";
import { buildGraph } from "./model";
import { GRAPH_SAMPLE_QUERY, SAMPLE_LIMIT } from "./sample.query";
import type { GraphModel } from "./types";

export type GraphLoad =
  | { status: "loading" }
  | ({ status: "error" } & LoadFailure)
  | { status: "empty" }
  | { status: "ready"; graph: GraphModel; truncated: boolean; layout: LayoutPlan };

/** Loads the graph sample and turns it into a laid-out model (synchronous layout for small graphs). */
export function useGraphSample(limit = SAMPLE_LIMIT): { load: GraphLoad; retry: () => void } {
  const { data, error, loading, refetch } = useQuery(GRAPH_SAMPLE_QUERY, { variables: { limit } });
  const subgraph = data?.graphSample;

  const built = useMemo(() => {
    if (!subgraph || subgraph.nodes.length === 0) return null;
    const { graph } = buildGraph(subgraph);
    const layout = applySyncLayout(graph);
    return { graph, layout, truncated: subgraph.truncated };
  }, [subgraph]);

  let load: GraphLoad;
  if (error && !loading) load = { status: "error", ...describeFailure(error) };
  else if (built) load = { status: "ready", ...built };
  else if (subgraph && !loading) load = { status: "empty" };
  else load = { status: "loading" };

  return { load, retry: () => void refetch().catch(() => undefined) };
}
