import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type { Annotation } from "../annotations/annotations.query";
import { ANNOTATION_FIELDS } from "../annotations/annotations.query";

export interface EntityProperty {
  key: string;
  value: string;
  values: string[] | null;
  description: string | null;
}

export interface Provenance {
  sourceFile: string | null;
  sourceLine: number | null;
  importBatch: string | null;
  batch: { id: string; file: string | null; source: string | null; startedAt: string | null } | null;
  createdAt: string | null;
  updatedAt: string | null;
  referencedBy: string[];
}

export interface DegreeCount {
  type: string;
  direction: "IN" | "OUT" | string;
  count: number;
}

export interface EntityDetails {
  id: string;
  kind: string;
  caption: string;
  placeholder: boolean;
  totalDegree: number;
  properties: EntityProperty[];
  provenance: Provenance;
  degree: DegreeCount[];
  annotations: Annotation[];
}

/** Who is this? Every call is written to the audit trail (the API's rule), so it is asked once per panel. */
export const ENTITY_QUERY: TypedDocumentNode<{ entity: EntityDetails }, { id: string }> = gql`
  query Entity($id: ID!) {
    entity(id: $id) {
      id
      kind
      caption
      placeholder
      totalDegree
      properties {
        key
        value
        values
        description
      }
      provenance {
        sourceFile
        sourceLine
        importBatch
        batch {
          id
          file
          source
          startedAt
        }
        createdAt
        updatedAt
        referencedBy
      }
      degree {
        type
        direction
        count
      }
      annotations {
        ...AnnotationFields
      }
    }
  }
  ${ANNOTATION_FIELDS}
`;
