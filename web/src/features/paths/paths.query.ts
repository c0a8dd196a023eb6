import { gql } from "@apollo/client";
import { GRAPH_EDGE_FIELDS, GRAPH_NODE_FIELDS } from "../graph/fragments";
import type { TypedDocumentNode } from "@apollo/client";
import type { ApiEdge, ApiNode } from "../graph/types";

export interface ApiPath {
  nodes: ApiNode[];
  edges: ApiEdge[];
  length: number;
  startsAt: string | null;
  endsAt: string | null;
}

const PATH_FIELDS = gql`
  fragment PathFields on Path {
    length
    startsAt
    endsAt
    nodes {
      ...GraphNodeFields
    }
    edges {
      ...GraphEdgeFields
    }
  }
  ${GRAPH_NODE_FIELDS}
  ${GRAPH_EDGE_FIELDS}
`;

export interface PathVariables {
  from: string;
  to: string;
  maxLength: number;
  all?: boolean;
}

export const SHORTEST_PATHS_QUERY: TypedDocumentNode<{ shortestPaths: ApiPath[] }, PathVariables> = gql`
  query ShortestPaths($from: ID!, $to: ID!, $maxLength: Int, $all: Boolean) {
    shortestPaths(from: $from, to: $to, maxLength: $maxLength, all: $all, first: 25) {
      ...PathFields
    }
  }
  ${PATH_FIELDS}
`;

export const TIME_RESPECTING_PATHS_QUERY: TypedDocumentNode<{ timeRespectingPaths: ApiPath[] }, PathVariables> = gql`
  query TimeRespectingPaths($from: ID!, $to: ID!, $maxLength: Int) {
    timeRespectingPaths(from: $from, to: $to, maxLength: $maxLength, first: 10) {
      ...PathFields
    }
  }
  ${PATH_FIELDS}
`;
