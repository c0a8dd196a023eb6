import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { PATROL_LABELS } from "../../../graph/schema.js";
import { DateTimeScalar } from "../scalars.js";

export type PatrolLabelValue = (typeof PATROL_LABELS)[number];
export const PatrolLabel = Object.fromEntries(PATROL_LABELS.map((l) => [l, l])) as { [K in PatrolLabelValue]: K };

registerEnumType(PatrolLabel, {
  name: "PatrolLabel",
  description: "What the cyber-patrol model says a post is",
  valuesConfig: {
    DRUG_SALE: { description: "Advertising or selling drugs, slang and emoji codes included" },
    RECRUITMENT: { description: "Recruiting couriers, receivers or 'easy money' workers (dark part-time jobs, 闇バイト)" },
    NONE: { description: "Neither" },
  },
});

@ObjectType({ description: "A label's probability" })
export class PatrolScore {
  @Field(() => PatrolLabel)
  label!: PatrolLabelValue;

  @Field(() => Float, { description: "0 to 1; the scores of a post add up to 1" })
  score!: number;
}

@ObjectType({ description: "A feature that drove the score: why the post was flagged, for the case file" })
export class PatrolEvidence {
  @Field(() => String, { description: "The n-gram, word or lexicon entry as found in the normalised text" })
  feature!: string;

  @Field(() => String, { description: "ngram, token or lexicon" })
  kind!: string;

  @Field(() => Float, { description: "How much it raised the winning label over the runner-up" })
  weight!: number;

  @Field(() => String, { nullable: true, description: "English gloss of a lexicon entry (e.g. 手押し: hand-to-hand sale)" })
  gloss?: string | null;
}

@ObjectType({ description: "The cyber-patrol model's verdict on a text" })
export class PatrolResult {
  @Field(() => PatrolLabel)
  label!: PatrolLabelValue;

  @Field(() => [PatrolScore], { description: "Every label's probability, highest first" })
  scores!: PatrolScore[];

  @Field(() => [PatrolEvidence], { description: "The features that drove the winning label" })
  evidence!: PatrolEvidence[];

  @Field(() => String, { description: "Version of the model (a hash of its weights)" })
  model!: string;
}

@ObjectType({ description: "A reference to an account" })
export class AccountRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  handle?: string | null;

  @Field(() => String, { nullable: true })
  platform?: string | null;
}

@ObjectType({ description: "A message the cyber patrol flagged" })
export class FlaggedMessage {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt?: string | null;

  @Field(() => String, { nullable: true })
  platform?: string | null;

  @Field(() => String, { nullable: true })
  lang?: string | null;

  @Field(() => PatrolLabel)
  label!: PatrolLabelValue;

  @Field(() => Float)
  score!: number;

  @Field(() => [PatrolEvidence])
  evidence!: PatrolEvidence[];

  @Field(() => AccountRef, { nullable: true, description: "Who posted it" })
  sender?: AccountRef | null;

  @Field(() => [String], { description: "Contact identifiers found in the text (Telegram ids, phones, wallets…)" })
  identifiers!: string[];

  @Field(() => String, { description: "Pass as `after` for the next page" })
  cursor!: string;
}

@ObjectType({ description: "A watchlist alert: a new flagged post shares an identifier with an account linked to an organisation or an arrest" })
export class WatchlistAlert {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => String, { description: "The shared identifier" })
  identifier!: string;

  @Field(() => String, { description: "Why, in words" })
  reason!: string;

  @Field(() => FlaggedMessage, { description: "The new post" })
  message!: FlaggedMessage;

  @Field(() => AccountRef, { description: "The already-known account it links to" })
  linkedAccount!: AccountRef;

  @Field(() => String, { description: "Pass as `after` for the next page" })
  cursor!: string;
}
