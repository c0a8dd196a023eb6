import type { AuthChecker } from "type-graphql";
import { AriadneError } from "../../../graph/errors.js";
import type { Context } from "../context.js";
import { hasRole, type Role } from "./roles.js";

export const NOT_LOGGED_IN = "Log in first: send the token from `login` as `Authorization: Bearer <token>`.";

/** `@Authorized(RoleEnum.ANALYST)`: that role or a higher one. `@Authorized()`: any logged-in user. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.user) throw new AriadneError("UNAUTHENTICATED", NOT_LOGGED_IN);
  if (roles.length === 0 || roles.some((r) => hasRole(context.user!.role, r))) return true;
  throw new AriadneError("FORBIDDEN", `This needs the ${roles.join(" or ")} role or higher; you are ${context.user.role}.`);
};
