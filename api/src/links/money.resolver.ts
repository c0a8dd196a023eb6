import { Arg, Authorized, Ctx, Float, ID, Int, Query, Resolver, registerEnumType } from "type-graphql";
import { badInput } from "../../../graph/errors.js";
import type { Context } from "../context.js";
import { Subgraph } from "../graph/subgraph.type.js";
import { DateTimeScalar } from "../scalars.js";
import { checkIds, checkRange, checkWindow } from "./common.js";
import { MAX_MONEY_DEPTH, MAX_MONEY_LIMIT, followMoney, type MoneyDirection } from "./money.service.js";

export const MoneyDirectionEnum = { OUT: "OUT", IN: "IN", BOTH: "BOTH" } as const;
registerEnumType(MoneyDirectionEnum, {
  name: "MoneyDirection",
  description: "Which way to follow payments",
  valuesConfig: {
    OUT: { description: "Where the money went: payments made, then the payees' payments…" },
    IN: { description: "Where the money came from: payments received, then the payers' receipts…" },
    BOTH: { description: "Both ways at every hop" },
  },
});

@Resolver()
export class MoneyResolver {
  @Authorized()
  @Query(() => Subgraph, {
    description:
      "Where did the money go? Payments from (or to) an entity and the wallets it owns (directly or through accounts it operates), " +
      "hop by hop. Each payer→payee pair is one edge of type PAID with `amounts` (summed per currency), `count` and `at` (first payment); " +
      "OWNS/OPERATES edges join the entity to its wallets. `limit` caps the nodes (biggest counterparties first) and `truncated` says so.",
  })
  followMoney(
    @Arg("from", () => ID, { description: "Person, account or wallet id" }) from: string,
    @Arg("direction", () => MoneyDirectionEnum, { description: "OUT, IN or BOTH" }) direction: MoneyDirection,
    @Arg("depth", () => Int, { nullable: true, defaultValue: 3, description: `Payment hops, 1 to ${MAX_MONEY_DEPTH}` }) depth: number | null,
    @Arg("since", () => DateTimeScalar, { nullable: true, description: "Only payments at or after this instant" }) since: string | null,
    @Arg("until", () => DateTimeScalar, { nullable: true, description: "Only payments before this instant" }) until: string | null,
    @Arg("minAmount", () => Float, { nullable: true, description: "Only payments of at least this amount (in the payment's own currency)" }) minAmount: number | null,
    @Arg("limit", () => Int, { nullable: true, defaultValue: 500, description: `Most nodes returned, at most ${MAX_MONEY_LIMIT}` }) limit: number | null,
    @Ctx() ctx: Context,
  ): Promise<Subgraph> {
    checkIds("from", [from], 1, 1);
    if (minAmount !== null && minAmount !== undefined && (!Number.isFinite(minAmount) || minAmount < 0)) throw badInput("minAmount", "must be zero or more");
    return followMoney(ctx.gateway, {
      from,
      direction,
      depth: checkRange("depth", depth ?? 3, 1, MAX_MONEY_DEPTH),
      ...checkWindow(since, until),
      minAmount: minAmount ?? null,
      limit: checkRange("limit", limit ?? 500, 1, MAX_MONEY_LIMIT),
    });
  }
}
