import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { makeReducers } from "../display";
import type { Interaction } from "../interaction";
import type { EdgeData, GraphModel, NodeData } from "../types";

/** Derives sigma's reducers from the model and the interaction state. Renders nothing. */
export function HighlightController({ graph, version, interaction }: { graph: GraphModel; version: number; interaction: Interaction }) {
  const sigma = useSigma<NodeData, EdgeData>();
  useEffect(() => {
    const { nodeReducer, edgeReducer } = makeReducers(graph, interaction);
    sigma.setSetting("nodeReducer", nodeReducer);
    sigma.setSetting("edgeReducer", edgeReducer);
  }, [sigma, graph, version, interaction]);
  return null;
}
