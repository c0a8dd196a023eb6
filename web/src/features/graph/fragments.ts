import { gql } from "@apollo/client";

// The fields every drawn node and edge needs, shared by the first picture, expansions and paths.
export const GRAPH_NODE_FIELDS = gql`
  fragment GraphNodeFields on GraphNode {
    id
    kind
    caption
    placeholder
  }
`;

export const GRAPH_EDGE_FIELDS = gql`
  fragment GraphEdgeFields on GraphEdge {
    id
    source
    target
    type
    weight
    at
  }
`;
