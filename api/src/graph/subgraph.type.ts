import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";

@ObjectType({ description: "A node as drawn: its id, kind (schema label) and caption" })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Schema label: Person, Account, Message…" })
  kind!: string;

  @Field(() => String, { description: "Human-readable caption from the schema's caption properties" })
  caption!: string;

  @Field(() => Boolean, { description: "Referred to by some file but not yet declared by one" })
  placeholder!: boolean;

  @Field(() => Int, { nullable: true, description: "Relationships of this node not included in the subgraph (to page further)" })
  hidden?: number | null;
}

@ObjectType({ description: "A relationship as drawn" })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { description: "Relationship type: SENT, PAID, ASSOCIATED_WITH…" })
  type!: string;

  @Field(() => Float, { nullable: true, description: "Weight (call counts, amounts) when the type has one" })
  weight?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the event happened, for timed relationships" })
  at?: string | null;
}

@ObjectType({ description: "Nodes and the relationships among them" })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: "True when a limit cut the result" })
  truncated!: boolean;
}
