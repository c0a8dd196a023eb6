import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";

@ObjectType({ description: "Who did or read what, and when. Written by the server; no operation changes or deletes one." })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => String, { description: "Username (for a failed login, the name that was tried)" })
  user!: string;

  @Field(() => String, { description: "GraphQL operation: annotate, entity, login…" })
  operation!: string;

  @Field(() => [String], { description: "Ids the operation concerned" })
  targets!: string[];

  @Field(() => String, { description: "ok, or the error code" })
  outcome!: string;

  @Field(() => String, { description: "Opaque cursor: pass as `after` to get the next page" })
  cursor!: string;
}
