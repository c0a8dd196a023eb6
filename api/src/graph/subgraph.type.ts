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

@ObjectType({ description: "A sum of money in one currency" })
export class MoneyAmount {
  @Field(() => String, { description: "ISO 4217 code or crypto ticker" })
  currency!: string;

  @Field(() => Float, { description: "Sum of the payments in that currency" })
  amount!: number;

  @Field(() => Int, { description: "Number of payments" })
  count!: number;
}

@ObjectType({ description: "A relationship as drawn" })
export class GraphEdge {
  @Field(() => ID, { description: "Neo4j element id of the relationship (followMoney: money:<payer>-><payee>)" })
  id!: string;

  @Field(() => ID, { description: "Id of the start node" })
  source!: string;

  @Field(() => ID, { description: "Id of the end node" })
  target!: string;

  @Field(() => String, { description: "Relationship type: SENT, PAID, ASSOCIATED_WITH…" })
  type!: string;

  @Field(() => Float, { nullable: true, description: "Weight (call counts, amounts) when the type has one" })
  weight?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the event happened, for timed relationships" })
  at?: string | null;

  @Field(() => [MoneyAmount], { nullable: true, description: "followMoney: the payments this edge stands for, summed per currency" })
  amounts?: MoneyAmount[] | null;

  @Field(() => Int, { nullable: true, description: "followMoney: how many payments this edge stands for" })
  count?: number | null;
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
