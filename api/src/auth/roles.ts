import { registerEnumType } from "type-graphql";
import { ROLES } from "../../../graph/schema.js";

export type Role = (typeof ROLES)[number];

// Each role has the rights of the ones before it: investigators annotate, analysts also run detection,
// supervisors also review targets and read the audit log, admins also manage users.
const RANK: Record<Role, number> = { INVESTIGATOR: 1, ANALYST: 2, SUPERVISOR: 3, ADMIN: 4 };

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };

registerEnumType(RoleEnum, {
  name: "Role",
  description: "What a user may do; each role includes the rights of the ones listed before it",
  valuesConfig: {
    INVESTIGATOR: { description: "Reads everything, annotates entities" },
    ANALYST: { description: "Also runs community detection and centrality over the whole graph" },
    SUPERVISOR: { description: "Also reviews takedown targets and reads the audit log" },
    ADMIN: { description: "Also manages users" },
  },
});
