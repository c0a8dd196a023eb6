import { Field, Float, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";

@ObjectType({ description: "An entity taking part in an event, and how" })
export class EventParticipant {
  @Field(() => ID, { description: "The entity's id" })
  id!: string;

  @Field(() => String, { description: "Schema label" })
  kind!: string;

  @Field(() => String, { description: "Human-readable caption" })
  caption!: string;

  @Field(() => String, {
    description: "The relationship that ties it to the event: SENT, SENT_TO, PAID, PAID_TO, SENT_SHIPMENT, ADDRESSED_TO, CARRIED, ARRESTED, CONCERNS",
  })
  role!: string;
}

@ObjectType({ description: "Something that happened at one instant: a message, a payment, a shipment or an arrest" })
export class Event {
  @Field(() => ID, { description: "Id of the message, payment, shipment or arrest" })
  id!: string;

  @Field(() => String, { description: "Message, Payment, Shipment or Arrest" })
  kind!: string;

  @Field(() => DateTimeScalar, { description: "When: sentAt, paidAt, shippedAt or arrestedAt" })
  at!: string;

  @Field(() => String, { description: "Caption of the event entity" })
  caption!: string;

  @Field(() => String, { description: "One line: the message text, amount and method, drug and route, place and charges" })
  summary!: string;

  @Field(() => Float, { nullable: true, description: "Payments: the amount" })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: "Payments: the currency" })
  currency?: string | null;

  @Field(() => [EventParticipant], { description: "Who took part (at most 20)" })
  participants!: EventParticipant[];

  @Field(() => String, { description: "Pass as `after` to get the events after this one" })
  cursor!: string;
}
