import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { RoleEnum } from "../auth/roles.js";
import type { Context } from "../context.js";
import { checkRange } from "../links/common.js";
import { DateTimeScalar } from "../scalars.js";
import { readAuditLog } from "./audit.service.js";
import { AuditEvent } from "./audit.type.js";

export const MAX_AUDIT_PAGE = 500;

@Resolver()
export class AuditResolver {
  @Authorized(RoleEnum.SUPERVISOR)
  @Query(() => [AuditEvent], { description: "The audit trail, newest first (SUPERVISOR, ADMIN). Page with `after` = the last event's cursor." })
  auditLog(
    @Arg("user", () => String, { nullable: true, description: "Only this username" }) user: string | null,
    @Arg("since", () => DateTimeScalar, { nullable: true, description: "From this instant (inclusive)" }) since: string | null,
    @Arg("until", () => DateTimeScalar, { nullable: true, description: "Up to this instant (exclusive)" }) until: string | null,
    @Arg("first", () => Int, { defaultValue: 100, description: `Page size, at most ${MAX_AUDIT_PAGE}` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last event of the previous page" }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEvent[]> {
    checkRange("first", first, 1, MAX_AUDIT_PAGE);
    return readAuditLog(ctx.gateway, { user, since, until, first, after });
  }
}
