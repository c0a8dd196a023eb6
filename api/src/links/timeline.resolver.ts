import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { DateTimeScalar } from "../scalars.js";
import { checkIds, checkRange, checkWindow } from "./common.js";
import { MAX_TIMELINE_IDS, MAX_TIMELINE_PAGE, timeline } from "./timeline.service.js";
import { Event } from "./timeline.type.js";

@Resolver()
export class TimelineResolver {
  @Authorized()
  @Query(() => [Event], {
    description:
      "What happened when? Messages, payments, shipments and arrests touching these entities, oldest first. For a person, also " +
      "those of the accounts they operate and the wallets they own. Page with `after` = the last event's cursor. Audited.",
  })
  timeline(
    @Arg("ids", () => [ID], { description: `1 to ${MAX_TIMELINE_IDS} entity ids` }) ids: string[],
    @Arg("since", () => DateTimeScalar, { nullable: true, description: "Events at or after this instant" }) since: string | null,
    @Arg("until", () => DateTimeScalar, { nullable: true, description: "Events before this instant" }) until: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100, description: `Page size, at most ${MAX_TIMELINE_PAGE}` }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last event of the previous page" }) after: string | null,
    @Arg("expand", () => Boolean, { nullable: true, defaultValue: true, description: "For persons, include their accounts' and wallets' events" })
    expand: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Event[]> {
    return timeline(ctx.gateway, {
      ids: checkIds("ids", ids, 1, MAX_TIMELINE_IDS),
      ...checkWindow(since, until),
      first: checkRange("first", first ?? 100, 1, MAX_TIMELINE_PAGE),
      after,
      expand: expand ?? true,
    });
  }
}
