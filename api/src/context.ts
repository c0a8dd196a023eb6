import type { Gateway } from "../../graph/gateway.js";

export interface ServiceInfo {
  /** Versions reported by the embedded launcher, when this process started Neo4j. */
  embedded: { neo4jVersion: string; apoc: string | null; gds: string | null } | null;
}

/** Per-request context handed to every resolver. */
export interface Context {
  gateway: Gateway;
  info: ServiceInfo;
  requestId: string;
}
