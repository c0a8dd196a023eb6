import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";

export interface EventParticipant {
  id: string;
  kind: string;
  caption: string;
  role: string;
}

export interface TimelineEvent {
  id: string;
  kind: string;
  at: string;
  caption: string;
  summary: string;
  amount: number | null;
  currency: string | null;
  participants: EventParticipant[];
  cursor: string;
}

export const TIMELINE_PAGE = 50;

export const TIMELINE_QUERY: TypedDocumentNode<{ timeline: TimelineEvent[] }, { ids: string[]; first: number; after?: string | null }> = gql`
  query Timeline($ids: [ID!]!, $first: Int, $after: String) {
    timeline(ids: $ids, first: $first, after: $after) {
      id
      kind
      at
      caption
      summary
      amount
      currency
      cursor
      participants {
        id
        kind
        caption
        role
      }
    }
  }
`;
