import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { badInput } from "../../../graph/errors.js";
import type { Context } from "../context.js";
import { Subgraph } from "../graph/subgraph.type.js";
import { DateTimeScalar } from "../scalars.js";
import { checkIds, checkKinds, checkRange, checkRelTypes, checkWindow } from "./common.js";
import {
  MAX_COMMON_IDS,
  MAX_COMMON_PAGE,
  MAX_DEPTH,
  MAX_EXCLUDE,
  MAX_LIMIT,
  MAX_SEEDS,
  commonNeighbours,
  neighbourhood,
} from "./neighbourhood.service.js";
import { EntityRef } from "./search.type.js";

@Resolver()
export class NeighbourhoodResolver {
  @Authorized()
  @Query(() => Subgraph, {
    description:
      "Who do they talk to? The entities around the given ones, up to `depth` hops, and the relationships among them. " +
      "`limit` always holds: a hub's relationships are shared out (structural ties first, then the most recent events), " +
      "`truncated` says when something was left out, and each node's `hidden` counts its matching relationships not in the result. " +
      "Page further by asking again with the hub in `ids` and the ids you already have in `exclude`.",
  })
  async neighbourhood(
    @Arg("ids", () => [ID], { description: `Where to start (1 to ${MAX_SEEDS} entity ids)` }) ids: string[],
    @Arg("depth", () => Int, { nullable: true, defaultValue: 1, description: `Hops from the start, 1 to ${MAX_DEPTH}` }) depth: number | null,
    @Arg("kinds", () => [String], { nullable: true, description: "Only include and traverse entities of these kinds (the start is always included)" })
    kinds: string[] | null,
    @Arg("relTypes", () => [String], { nullable: true, description: "Only follow these relationship types (default: all but ANNOTATES)" })
    relTypes: string[] | null,
    @Arg("since", () => DateTimeScalar, { nullable: true, description: "Timed relationships (messages, payments…) from this instant on; untimed ones always count" })
    since: string | null,
    @Arg("until", () => DateTimeScalar, { nullable: true, description: "Timed relationships before this instant" }) until: string | null,
    @Arg("limit", () => Int, { nullable: true, defaultValue: 500, description: `Most nodes returned, at most ${MAX_LIMIT}` }) limit: number | null,
    @Arg("exclude", () => [ID], { nullable: true, description: `Ids not to return again (those the client already shows; at most ${MAX_EXCLUDE})` })
    exclude: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<Subgraph> {
    if ((exclude?.length ?? 0) > MAX_EXCLUDE) throw badInput("exclude", `at most ${MAX_EXCLUDE} ids`);
    const seeds = checkIds("ids", ids, 1, MAX_SEEDS);
    if ((limit ?? 500) < seeds.length) throw badInput("limit", "must be at least the number of ids");
    return neighbourhood(ctx.gateway, {
      ids: seeds,
      depth: checkRange("depth", depth ?? 1, 1, MAX_DEPTH),
      kinds: checkKinds("kinds", kinds),
      relTypes: checkRelTypes("relTypes", relTypes),
      ...checkWindow(since, until),
      limit: checkRange("limit", limit ?? 500, 1, MAX_LIMIT),
      exclude: exclude ?? [],
    });
  }

  @Authorized()
  @Query(() => [EntityRef], {
    description:
      "Entities linked to every one of the given entities, directly or through one message, payment, shipment or arrest " +
      "(the other party). `score` is the number of such links; most linked first.",
  })
  commonNeighbours(
    @Arg("ids", () => [ID], { description: `2 to ${MAX_COMMON_IDS} entity ids` }) ids: string[],
    @Arg("kinds", () => [String], { nullable: true, description: "Only neighbours of these kinds" }) kinds: string[] | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: `How many, at most ${MAX_COMMON_PAGE}` }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<EntityRef[]> {
    return commonNeighbours(ctx.gateway, checkIds("ids", ids, 2, MAX_COMMON_IDS), checkKinds("kinds", kinds), checkRange("first", first ?? 50, 1, MAX_COMMON_PAGE));
  }
}
