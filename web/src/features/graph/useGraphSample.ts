import { useQuery } from "@apollo/client/react";
import { describeFailure } from "./errors";
import type { LoadFailure } from "./errors";
import { GRAPH_SAMPLE_QUERY, SAMPLE_LIMIT } from "./sample.query";
import type { ApiSubgraph } from "./types";

export type SampleLoad =
  | { status: "loading" }
  | ({ status: "error" } & LoadFailure)
  | { status: "empty" }
  | { status: "ready"; subgraph: ApiSubgraph };

/** Loads the first picture of the graph: the best-connected entities. */
export function useGraphSample(limit = SAMPLE_LIMIT): { load: SampleLoad; retry: () => void } {
  const { data, error, loading, refetch } = useQuery(GRAPH_SAMPLE_QUERY, { variables: { limit } });
  const subgraph = data?.graphSample;

  let load: SampleLoad;
  if (error && !loading) load = { status: "error", ...describeFailure(error) };
  else if (subgraph && subgraph.nodes.length > 0) load = { status: "ready", subgraph };
  else if (subgraph && !loading) load = { status: "empty" };
  else load = { status: "loading" };

  return { load, retry: () => void refetch().catch(() => undefined) };
}
