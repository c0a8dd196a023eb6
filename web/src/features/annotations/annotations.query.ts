import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";

export interface Annotation {
  id: string;
  targetId: string;
  body: string;
  tags: string[];
  author: string;
  createdAt: string;
  updatedAt: string | null;
  updatedBy: string | null;
  version: number;
  deleted: boolean;
}

export const ANNOTATION_FIELDS = gql`
  fragment AnnotationFields on Annotation {
    id
    targetId
    body
    tags
    author
    createdAt
    updatedAt
    updatedBy
    version
    deleted
  }
`;

export const ANNOTATE_MUTATION: TypedDocumentNode<{ annotate: Annotation }, { targetId: string; body: string; tags: string[] }> = gql`
  mutation Annotate($targetId: ID!, $body: String!, $tags: [String!]) {
    annotate(targetId: $targetId, body: $body, tags: $tags) {
      ...AnnotationFields
    }
  }
  ${ANNOTATION_FIELDS}
`;

export const UPDATE_ANNOTATION_MUTATION: TypedDocumentNode<{ updateAnnotation: Annotation }, { id: string; body: string; tags: string[] }> = gql`
  mutation UpdateAnnotation($id: ID!, $body: String, $tags: [String!]) {
    updateAnnotation(id: $id, body: $body, tags: $tags) {
      ...AnnotationFields
    }
  }
  ${ANNOTATION_FIELDS}
`;

export const DELETE_ANNOTATION_MUTATION: TypedDocumentNode<{ deleteAnnotation: Annotation }, { id: string }> = gql`
  mutation DeleteAnnotation($id: ID!) {
    deleteAnnotation(id: $id) {
      ...AnnotationFields
    }
  }
  ${ANNOTATION_FIELDS}
`;
