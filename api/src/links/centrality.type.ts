import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export const CentralityMeasureEnum = { DEGREE: "DEGREE", BETWEENNESS: "BETWEENNESS", PAGERANK: "PAGERANK" } as const;
export type CentralityMeasure = keyof typeof CentralityMeasureEnum;

registerEnumType(CentralityMeasureEnum, {
  name: "CentralityMeasure",
  description: "How central an entity is",
  valuesConfig: {
    DEGREE: { description: "Number of relationships (within the subgraph when ids are given)" },
    BETWEENNESS: { description: "How many shortest paths between others pass through it (direction ignored; each pair counted once)" },
    PAGERANK: { description: "Where influence flows, following relationship directions (damping 0.85; scores sum to 1)" },
  },
});

@ObjectType({ description: "An entity's centrality, with how it was computed" })
export class Score {
  @Field(() => ID, { description: "The entity's id" })
  id!: string;

  @Field(() => String, { description: "Schema label" })
  kind!: string;

  @Field(() => String, { description: "Human-readable caption" })
  caption!: string;

  @Field(() => Float, { description: "The measure's value (higher is more central)" })
  score!: number;

  @Field(() => Int, { description: "1 for the most central" })
  rank!: number;

  @Field(() => CentralityMeasureEnum, { description: "The measure computed" })
  measure!: CentralityMeasure;

  @Field(() => Boolean, { description: "False when betweenness was estimated from a sample of source nodes" })
  exact!: boolean;

  @Field(() => Int, { nullable: true, description: "Betweenness: number of source nodes used (all nodes when exact); null for other measures" })
  sampleSize?: number | null;

  @Field(() => Int, { description: "Nodes in the graph the measure was computed over" })
  graphNodes!: number;

  @Field(() => String, { description: "Where it was computed: gds (Neo4j Graph Data Science), cypher (degree store) or api (in the API process)" })
  engine!: string;
}
