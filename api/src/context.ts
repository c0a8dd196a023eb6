import type { Gateway } from "../../graph/gateway.js";
import type { TokenService } from "./auth/tokens.js";
import type { Role } from "./auth/roles.js";

export interface ServiceInfo {
  /** Versions reported by the embedded launcher, when this process started Neo4j. */
  embedded: { neo4jVersion: string; apoc: string | null; gds: string | null } | null;
}

export interface CurrentUser {
  username: string;
  role: Role;
}

/** Per-request context handed to every resolver. */
export interface Context {
  gateway: Gateway;
  info: ServiceInfo;
  tokens: TokenService;
  requestId: string;
  /** The logged-in user, or null (only login and health work without one). */
  user: CurrentUser | null;
}
