import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { checkKinds, checkRange } from "./common.js";
import { MAX_SEARCH_PAGE, MAX_SEARCH_TEXT, search } from "./search.service.js";
import { EntityRef } from "./search.type.js";

@Resolver()
export class SearchResolver {
  @Authorized()
  @Query(() => [EntityRef], {
    description:
      "Full-text search over names, aliases, handles, wallet identifiers and message text, in Japanese and English, best match first. " +
      'Words and "quoted phrases"; Lucene operators and wildcards are searched as plain text.',
  })
  search(
    @Arg("text", () => String, { description: `What to look for (at most ${MAX_SEARCH_TEXT} characters)` }) text: string,
    @Arg("kinds", () => [String], { nullable: true, description: "Only entities of these kinds (schema labels: Person, Account…)" }) kinds: string[] | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: `How many results, at most ${MAX_SEARCH_PAGE}` }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<EntityRef[]> {
    return search(ctx.gateway, text, checkKinds("kinds", kinds), checkRange("first", first ?? 20, 1, MAX_SEARCH_PAGE));
  }
}
