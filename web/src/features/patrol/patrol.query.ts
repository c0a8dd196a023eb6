import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";

export type PatrolLabel = "DRUG_SALE" | "RECRUITMENT" | "NONE";

export interface PatrolEvidence {
  feature: string;
  kind: string;
  weight: number;
  gloss: string | null;
}

export interface AccountRef {
  id: string;
  handle: string | null;
  platform: string | null;
}

export interface FlaggedMessage {
  id: string;
  text: string;
  sentAt: string | null;
  platform: string | null;
  lang: string | null;
  label: PatrolLabel;
  score: number;
  evidence: PatrolEvidence[];
  sender: AccountRef | null;
  identifiers: string[];
  cursor: string;
}

export interface WatchlistAlert {
  id: string;
  createdAt: string;
  identifier: string;
  reason: string;
  message: FlaggedMessage;
  linkedAccount: AccountRef;
  cursor: string;
}

export interface PatrolResult {
  label: PatrolLabel;
  scores: Array<{ label: PatrolLabel; score: number }>;
  evidence: PatrolEvidence[];
  model: string;
}

/** Alerts and flagged posts per page. */
export const PATROL_PAGE = 20;

// The evidence behind a score, shown the same way for flagged posts, alerts and scans.
const EVIDENCE_FIELDS = gql`
  fragment EvidenceFields on PatrolEvidence {
    feature
    kind
    weight
    gloss
  }
`;

const FLAGGED_FIELDS = gql`
  fragment FlaggedFields on FlaggedMessage {
    id
    text
    sentAt
    platform
    lang
    label
    score
    evidence {
      ...EvidenceFields
    }
    sender {
      id
      handle
      platform
    }
    identifiers
    cursor
  }
  ${EVIDENCE_FIELDS}
`;

export const ALERTS_QUERY: TypedDocumentNode<{ alerts: WatchlistAlert[] }, { first: number; after?: string | null }> = gql`
  query PatrolAlerts($first: Int!, $after: String) {
    alerts(first: $first, after: $after) {
      id
      createdAt
      identifier
      reason
      cursor
      message {
        ...FlaggedFields
      }
      linkedAccount {
        id
        handle
        platform
      }
    }
  }
  ${FLAGGED_FIELDS}
`;

export interface FlaggedVariables {
  first: number;
  after?: string | null;
  label?: PatrolLabel | null;
  minScore?: number | null;
}

export const FLAGGED_QUERY: TypedDocumentNode<{ flaggedMessages: FlaggedMessage[] }, FlaggedVariables> = gql`
  query PatrolFlagged($first: Int!, $after: String, $label: PatrolLabel, $minScore: Float) {
    flaggedMessages(first: $first, after: $after, label: $label, minScore: $minScore) {
      ...FlaggedFields
    }
  }
  ${FLAGGED_FIELDS}
`;

export const PATROL_SCAN_QUERY: TypedDocumentNode<{ patrolScan: PatrolResult }, { text: string; lang?: string | null }> = gql`
  query PatrolScan($text: String!, $lang: String) {
    patrolScan(text: $text, lang: $lang) {
      label
      model
      scores {
        label
        score
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
  ${EVIDENCE_FIELDS}
`;
