import { gql } from "@apollo/client";
import { GRAPH_EDGE_FIELDS, GRAPH_NODE_FIELDS } from "./fragments";
import type { TypedDocumentNode } from "@apollo/client";
import type { ApiSubgraph } from "./types";

/** Nodes in the first picture of the graph (the API allows up to 2000). */
export const SAMPLE_LIMIT = 300;

export const GRAPH_SAMPLE_QUERY: TypedDocumentNode<{ graphSample: ApiSubgraph }, { limit: number }> = gql`
  query GraphSample($limit: Int!) {
    graphSample(limit: $limit) {
      truncated
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
    }
  }
  ${GRAPH_NODE_FIELDS}
  ${GRAPH_EDGE_FIELDS}
`;
