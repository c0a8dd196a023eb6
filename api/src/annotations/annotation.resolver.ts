import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { RoleEnum } from "../auth/roles.js";
import type { Context } from "../context.js";
import { checkIds } from "../links/common.js";
import { Entity } from "../links/entity.type.js";
import { MAX_BODY, MAX_TAGS, annotate, annotationsOf, deleteAnnotation, updateAnnotation } from "./annotation.service.js";
import { Annotation } from "./annotation.type.js";

@Resolver()
export class AnnotationResolver {
  @Authorized(RoleEnum.INVESTIGATOR)
  @Mutation(() => Annotation, { description: "Writes a note on an entity (INVESTIGATOR and up). Audited." })
  annotate(
    @Arg("targetId", () => ID, { description: "The entity the note is about" }) targetId: string,
    @Arg("body", () => String, { description: `The note, 1 to ${MAX_BODY} characters` }) body: string,
    @Arg("tags", () => [String], { nullable: true, description: `Up to ${MAX_TAGS} tags` }) tags: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<Annotation> {
    checkIds("targetId", [targetId], 1, 1);
    return annotate(ctx.gateway, ctx.user!, targetId, body, tags);
  }

  @Authorized(RoleEnum.INVESTIGATOR)
  @Mutation(() => Annotation, {
    description: "Edits a note: its author, or a SUPERVISOR or higher. The earlier text is kept in `history`. Audited.",
  })
  updateAnnotation(
    @Arg("id", () => ID, { description: "The annotation's id" }) id: string,
    @Arg("body", () => String, { nullable: true, description: "New text (unchanged when omitted)" }) body: string | null,
    @Arg("tags", () => [String], { nullable: true, description: "New tags, replacing the old ones (unchanged when omitted)" }) tags: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<Annotation> {
    checkIds("id", [id], 1, 1);
    return updateAnnotation(ctx.gateway, ctx.user!, id, body ?? null, tags ?? null);
  }

  @Authorized(RoleEnum.INVESTIGATOR)
  @Mutation(() => Annotation, {
    description: "Deletes a note softly (its author, or a SUPERVISOR or higher): hidden from entity.annotations, never erased. Audited.",
  })
  deleteAnnotation(@Arg("id", () => ID, { description: "The annotation's id" }) id: string, @Ctx() ctx: Context): Promise<Annotation> {
    checkIds("id", [id], 1, 1);
    return deleteAnnotation(ctx.gateway, ctx.user!, id);
  }
}

@Resolver(() => Entity)
export class EntityAnnotationsResolver {
  @FieldResolver(() => [Annotation], { description: "Investigators' notes on this entity, newest first" })
  annotations(
    @Root() entity: Entity,
    @Arg("includeDeleted", () => Boolean, { nullable: true, defaultValue: false, description: "Also the deleted ones (marked deleted)" }) includeDeleted: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Annotation[]> {
    return annotationsOf(ctx.gateway, entity.id, includeDeleted ?? false);
  }
}
