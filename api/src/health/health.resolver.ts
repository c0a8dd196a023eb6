import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { readHealth } from "./health.service.js";
import { Health } from "./health.type.js";

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: "Liveness of Ariadne and its database; needs no login." })
  health(@Ctx() ctx: Context): Promise<Health> {
    const where = ctx.info.embedded ? "embedded" : new URL(ctx.gateway.settings.uri).host;
    return readHealth(ctx.gateway, where);
  }
}
