import { Field, Float, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A short reference to an entity, with a score whose meaning depends on the operation" })
export class EntityRef {
  @Field(() => ID, { description: "The entity's id" })
  id!: string;

  @Field(() => String, { description: "Schema label: Person, Account, Wallet, Message…" })
  kind!: string;

  @Field(() => String, { description: "Human-readable caption from the schema's caption properties" })
  caption!: string;

  @Field(() => Float, {
    description: "search: full-text relevance (higher is better). commonNeighbours: how many links join it to the given entities.",
  })
  score!: number;
}
