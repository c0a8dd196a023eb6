import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Whether Ariadne and its graph database are up, and what the database holds" })
export class Health {
  @Field(() => Boolean, { description: "True when the graph database answered" })
  ok!: boolean;

  @Field(() => String, { nullable: true, description: "Neo4j version, e.g. 5.26.19" })
  neo4jVersion!: string | null;

  @Field(() => String, { nullable: true, description: "Neo4j edition: community or enterprise" })
  edition!: string | null;

  @Field(() => Int, { description: "Number of nodes" })
  nodeCount!: number;

  @Field(() => Int, { description: "Number of relationships" })
  relationshipCount!: number;

  @Field(() => String, { nullable: true, description: "Graph Data Science version, or null when not installed" })
  gds!: string | null;

  @Field(() => String, { nullable: true, description: "APOC version, or null when not installed" })
  apoc!: string | null;

  @Field(() => String, { description: "Where the data lives: embedded or the external NEO4J_URI host" })
  database!: string;
}
