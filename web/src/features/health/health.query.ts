import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";

export interface Health {
  ok: boolean;
  neo4jVersion: string | null;
  edition: string | null;
  nodeCount: number;
  relationshipCount: number;
  gds: string | null;
  apoc: string | null;
  database: string;
}

export const HEALTH_QUERY: TypedDocumentNode<{ health: Health }, Record<string, never>> = gql`
  query Health {
    health {
      ok
      neo4jVersion
      edition
      nodeCount
      relationshipCount
      gds
      apoc
      database
    }
  }
`;

/** How often the header re-checks the service. */
export const HEALTH_POLL_MS = 30_000;

export type HealthStatus = "checking" | "connected" | "databaseDown" | "unreachable";

export function healthStatus(health: Health | undefined, failed: boolean): HealthStatus {
  if (health) return health.ok ? "connected" : "databaseDown";
  return failed ? "unreachable" : "checking";
}
