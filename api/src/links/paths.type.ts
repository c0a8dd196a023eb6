import { Field, Int, ObjectType } from "type-graphql";
import { GraphEdge, GraphNode } from "../graph/subgraph.type.js";
import { DateTimeScalar } from "../scalars.js";

@ObjectType({ description: "A path: its nodes in order and the relationships between consecutive ones" })
export class Path {
  @Field(() => [GraphNode], { description: "From the start to the end" })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: "edges[i] joins nodes[i] and nodes[i+1] (in either direction: see source and target)" })
  edges!: GraphEdge[];

  @Field(() => Int, { description: "Number of relationships" })
  length!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "Time of the first event on the path (messages, payments, shipments, arrests), if any" })
  startsAt?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Time of the last event on the path, if any" })
  endsAt?: string | null;
}
