import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";

@ObjectType({ description: "One property of an entity" })
export class EntityProperty {
  @Field(() => String, { description: "Property name" })
  key!: string;

  @Field(() => String, { description: "The value as text (lists joined with \"; \", times in ISO 8601)" })
  value!: string;

  @Field(() => [String], { nullable: true, description: "The items, when the value is a list" })
  values?: string[] | null;

  @Field(() => String, { nullable: true, description: "What the schema says this property means (null if the schema does not declare it)" })
  description?: string | null;
}

@ObjectType({ description: "The import batch that last wrote an entity" })
export class ImportBatchRef {
  @Field(() => ID, { description: "Import batch id" })
  id!: string;

  @Field(() => String, { nullable: true, description: "File path" })
  file?: string | null;

  @Field(() => String, { nullable: true, description: "Provenance label the analyst gave" })
  source?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the import started" })
  startedAt?: string | null;
}

@ObjectType({ description: "Where an entity came from" })
export class Provenance {
  @Field(() => String, { nullable: true, description: "File it was read from" })
  sourceFile?: string | null;

  @Field(() => Int, { nullable: true, description: "Line of that file (header = line 1)" })
  sourceLine?: number | null;

  @Field(() => String, { nullable: true, description: "Id of the import batch that last wrote it" })
  importBatch?: string | null;

  @Field(() => ImportBatchRef, { nullable: true, description: "That import batch, when it is still recorded" })
  batch?: ImportBatchRef | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When Ariadne first wrote it" })
  createdAt?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When Ariadne last changed it" })
  updatedAt?: string | null;

  @Field(() => [String], { description: "For placeholders: the file rows that referred to it (kind:row.column)" })
  referencedBy!: string[];
}

@ObjectType({ description: "How many relationships of one type an entity has, in one direction" })
export class DegreeCount {
  @Field(() => String, { description: "Relationship type" })
  type!: string;

  @Field(() => String, { description: "OUT (from this entity) or IN (to it)" })
  direction!: string;

  @Field(() => Int, { description: "Number of relationships" })
  count!: number;
}

@ObjectType({ description: "Everything known about one entity: who is this?" })
export class Entity {
  @Field(() => ID, { description: "The entity's id" })
  id!: string;

  @Field(() => String, { description: "Schema label: Person, Account, Wallet…" })
  kind!: string;

  @Field(() => String, { description: "Human-readable caption" })
  caption!: string;

  @Field(() => [String], { description: "All labels of the node (Entity plus its kind)" })
  labels!: string[];

  @Field(() => Boolean, { description: "Referred to by some file but not yet declared by one" })
  placeholder!: boolean;

  @Field(() => [EntityProperty], { description: "All properties, provenance included, sorted by key" })
  properties!: EntityProperty[];

  @Field(() => Provenance, { description: "Where it came from: file, line, import batch" })
  provenance!: Provenance;

  @Field(() => [DegreeCount], { description: "Relationships by type and direction (only types it has), annotations (ANNOTATES IN) and alerts included" })
  degree!: DegreeCount[];

  @Field(() => Int, { description: "Relationships with other entities (annotations and alerts not counted)" })
  totalDegree!: number;
}
