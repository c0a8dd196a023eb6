import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type { ApiSubgraph } from "../graph/types";
import { GRAPH_EDGE_FIELDS, GRAPH_NODE_FIELDS } from "../graph/fragments";

/** New entities one expansion brings at most (a hub's others come with "+N more"). */
export const EXPAND_LIMIT = 50;

export interface NeighbourhoodVariables {
  ids: string[];
  depth?: number;
  limit?: number;
  exclude?: string[];
}

export const NEIGHBOURHOOD_QUERY: TypedDocumentNode<{ neighbourhood: ApiSubgraph }, NeighbourhoodVariables> = gql`
  query Neighbourhood($ids: [ID!]!, $depth: Int, $limit: Int, $exclude: [ID!]) {
    neighbourhood(ids: $ids, depth: $depth, limit: $limit, exclude: $exclude) {
      truncated
      nodes {
        ...GraphNodeFields
        hidden
      }
      edges {
        ...GraphEdgeFields
      }
    }
  }
  ${GRAPH_NODE_FIELDS}
  ${GRAPH_EDGE_FIELDS}
`;
