import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { checkIds } from "./common.js";
import { entityDetails } from "./entity.service.js";
import { Entity } from "./entity.type.js";

@Resolver()
export class EntityResolver {
  @Authorized()
  @Query(() => Entity, {
    description:
      "Who is this? An entity's kind, caption, every property, provenance (file, line, import batch), placeholder flag, " +
      "annotations and degree by relationship type. Every call is written to the audit trail. NOT_FOUND for an unknown id.",
  })
  entity(@Arg("id", () => ID, { description: "The entity's id" }) id: string, @Ctx() ctx: Context): Promise<Entity> {
    checkIds("id", [id], 1, 1);
    return entityDetails(ctx.gateway, id);
  }
}
