import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";

export interface EntityRef {
  id: string;
  kind: string;
  caption: string;
  score: number;
}

/** Results shown under the search box. */
export const SEARCH_PAGE = 12;

export const SEARCH_QUERY: TypedDocumentNode<{ search: EntityRef[] }, { text: string; first: number; kinds?: string[] | null }> = gql`
  query Search($text: String!, $first: Int, $kinds: [String!]) {
    search(text: $text, first: $first, kinds: $kinds) {
      id
      kind
      caption
      score
    }
  }
`;
