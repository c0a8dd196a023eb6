import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { DateTimeScalar } from "../scalars.js";
import { checkIds, checkRange, checkRelTypes, checkWindow } from "./common.js";
import { MAX_PATHS, MAX_PATH_LENGTH, shortestPaths, timeRespectingPaths } from "./paths.service.js";
import { Path } from "./paths.type.js";

@Resolver()
export class PathsResolver {
  @Authorized()
  @Query(() => [Path], {
    description:
      "How are these two connected? The shortest paths between two entities, relationship direction ignored. " +
      "One path, or with `all` every path of the shortest length (up to `first`). Empty when none is at most `maxLength` long.",
  })
  shortestPaths(
    @Arg("from", () => ID, { description: "Start entity id" }) from: string,
    @Arg("to", () => ID, { description: "End entity id" }) to: string,
    @Arg("maxLength", () => Int, { nullable: true, defaultValue: 6, description: `Longest path considered, 1 to ${MAX_PATH_LENGTH} relationships` }) maxLength: number | null,
    @Arg("relTypes", () => [String], { nullable: true, description: "Only these relationship types (default: all but ANNOTATES)" }) relTypes: string[] | null,
    @Arg("all", () => Boolean, { nullable: true, defaultValue: false, description: "Every shortest path rather than one" }) all: boolean | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 25, description: `Most paths returned, at most ${MAX_PATHS}` }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<Path[]> {
    checkIds("from", [from], 1, 1);
    checkIds("to", [to], 1, 1);
    return shortestPaths(ctx.gateway, {
      from,
      to,
      maxLength: checkRange("maxLength", maxLength ?? 6, 1, MAX_PATH_LENGTH),
      relTypes: checkRelTypes("relTypes", relTypes),
      all: all ?? false,
      first: checkRange("first", first ?? 25, 1, MAX_PATHS),
    });
  }

  @Authorized()
  @Query(() => [Path], {
    description:
      "How did this recruit get from the ad to the port? Paths whose events happen in time order: each message, payment, " +
      "shipment or arrest on the path strictly after the one before, timed relationships no earlier than the last event; " +
      "untimed ties (operates, owns) can be crossed at any time. Fewest hops first, then earliest.",
  })
  timeRespectingPaths(
    @Arg("from", () => ID, { description: "Start entity id (e.g. the ad message)" }) from: string,
    @Arg("to", () => ID, { description: "End entity id (e.g. the port, the arrest)" }) to: string,
    @Arg("maxLength", () => Int, { nullable: true, defaultValue: 6, description: `Longest path considered, 1 to ${MAX_PATH_LENGTH} relationships` }) maxLength: number | null,
    @Arg("since", () => DateTimeScalar, { nullable: true, description: "Every event on the path at or after this instant" }) since: string | null,
    @Arg("until", () => DateTimeScalar, { nullable: true, description: "Every event on the path before this instant" }) until: string | null,
    @Arg("relTypes", () => [String], { nullable: true, description: "Only these relationship types (default: all but ANNOTATES)" }) relTypes: string[] | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10, description: `Most paths returned, at most ${MAX_PATHS}` }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<Path[]> {
    checkIds("from", [from], 1, 1);
    checkIds("to", [to], 1, 1);
    return timeRespectingPaths(ctx.gateway, {
      from,
      to,
      maxLength: checkRange("maxLength", maxLength ?? 6, 1, MAX_PATH_LENGTH),
      ...checkWindow(since, until),
      relTypes: checkRelTypes("relTypes", relTypes),
      first: checkRange("first", first ?? 10, 1, MAX_PATHS),
    });
  }
}
