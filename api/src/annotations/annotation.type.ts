import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";

@ObjectType({ description: "An earlier version of an annotation, kept when it was edited or deleted" })
export class AnnotationVersion {
  @Field(() => Int, { description: "1 for the first text" })
  version!: number;

  @Field(() => String, { description: "Text of that version" })
  body!: string;

  @Field(() => [String], { description: "Tags of that version" })
  tags!: string[];

  @Field(() => String, { description: "Who wrote this version" })
  writtenBy!: string;

  @Field(() => DateTimeScalar, { description: "When this version was written" })
  writtenAt!: string;
}

@ObjectType({ description: "An investigator's note on an entity. Never erased: edits keep the earlier versions, deletes only hide it." })
export class Annotation {
  @Field(() => ID, { description: "Annotation id (annotation:<uuid>)" })
  id!: string;

  @Field(() => ID, { description: "The annotated entity" })
  targetId!: string;

  @Field(() => String, { description: "Text of the note (current version)" })
  body!: string;

  @Field(() => [String], { description: "Tags (current version)" })
  tags!: string[];

  @Field(() => String, { description: "Username of the author" })
  author!: string;

  @Field(() => DateTimeScalar, { description: "When first written" })
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When last edited or deleted" })
  updatedAt?: string | null;

  @Field(() => String, { nullable: true, description: "Who last edited it" })
  updatedBy?: string | null;

  @Field(() => Int, { description: "1 when never edited; +1 per edit" })
  version!: number;

  @Field(() => Boolean, { description: "Soft-deleted: hidden from entity.annotations unless includeDeleted" })
  deleted!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When deleted" })
  deletedAt?: string | null;

  @Field(() => String, { nullable: true, description: "Who deleted it" })
  deletedBy?: string | null;

  @Field(() => [AnnotationVersion], { description: "Earlier versions, oldest first" })
  history!: AnnotationVersion[];
}
