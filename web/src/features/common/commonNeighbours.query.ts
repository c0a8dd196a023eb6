import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type { EntityRef } from "../search/search.query";

export const COMMON_NEIGHBOURS_QUERY: TypedDocumentNode<{ commonNeighbours: EntityRef[] }, { ids: string[] }> = gql`
  query CommonNeighbours($ids: [ID!]!) {
    commonNeighbours(ids: $ids, first: 50) {
      id
      kind
      caption
      score
    }
  }
`;
