import { Arg, Authorized, Ctx, Float, Int, Query, Resolver } from "type-graphql";
import { badInput } from "../../../graph/errors.js";
import type { Context } from "../context.js";
import { checkRange } from "../links/common.js";
import { DateTimeScalar } from "../scalars.js";
import { alerts, flaggedMessages, scanText } from "./patrol.service.js";
import { FlaggedMessage, PatrolLabel, PatrolResult, WatchlistAlert, type PatrolLabelValue } from "./patrol.type.js";

export const MAX_PATROL_PAGE = 200;
const MAX_SCAN_CHARS = 10_000;

const checkFirst = (first: number) => checkRange("first", first, 1, MAX_PATROL_PAGE);

@Resolver()
export class PatrolResolver {
  @Authorized()
  @Query(() => PatrolResult, { description: "Scores a text with the cyber-patrol model (drug sale, dark part-time job recruitment) and says why." })
  patrolScan(
    @Arg("text", () => String, { description: `The post, up to ${MAX_SCAN_CHARS} characters` }) text: string,
    @Arg("lang", () => String, { nullable: true, description: "Language code (ja, en); optional, the model reads both" }) lang: string | null,
  ): Promise<PatrolResult> {
    if (text.trim() === "") throw badInput("text", "is empty");
    if (text.length > MAX_SCAN_CHARS) throw badInput("text", `is longer than ${MAX_SCAN_CHARS} characters`);
    return scanText(text, lang);
  }

  @Authorized()
  @Query(() => [FlaggedMessage], { description: "Imported messages the cyber patrol flagged, highest score first." })
  flaggedMessages(
    @Arg("label", () => PatrolLabel, { nullable: true, description: "DRUG_SALE or RECRUITMENT; both when omitted" }) label: PatrolLabelValue | null,
    @Arg("minScore", () => Float, { nullable: true, description: "Only scores at or above this (0–1)" }) minScore: number | null,
    @Arg("since", () => DateTimeScalar, { nullable: true, description: "Sent at or after" }) since: string | null,
    @Arg("until", () => DateTimeScalar, { nullable: true, description: "Sent before" }) until: string | null,
    @Arg("first", () => Int, { defaultValue: 50, description: `Page size, at most ${MAX_PATROL_PAGE}` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last message of the previous page" }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<FlaggedMessage[]> {
    checkFirst(first);
    return flaggedMessages(ctx.gateway, { label, minScore, since, until, first, after });
  }

  @Authorized()
  @Query(() => [WatchlistAlert], { description: "Watchlist alerts, newest first: flagged posts sharing an identifier with accounts linked to an organisation or an arrest." })
  alerts(
    @Arg("first", () => Int, { defaultValue: 50, description: `Page size, at most ${MAX_PATROL_PAGE}` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last alert of the previous page" }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<WatchlistAlert[]> {
    checkFirst(first);
    return alerts(ctx.gateway, { first, after });
  }
}
