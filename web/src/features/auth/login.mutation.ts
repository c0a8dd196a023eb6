import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type { Role } from "./session";

export interface LoginResult {
  login: { token: string; expiresAt: string; user: { username: string; role: Role } };
}

/** Operation name "Login": the Apollo link lets its UNAUTHENTICATED answers (wrong password) through. */
export const LOGIN_MUTATION: TypedDocumentNode<LoginResult, { username: string; password: string }> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        username
        role
      }
    }
  }
`;
