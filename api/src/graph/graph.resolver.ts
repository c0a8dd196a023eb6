import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { checkRange } from "../links/common.js";
import { graphSample } from "./graph.service.js";
import { Subgraph } from "./subgraph.type.js";

export const MAX_SAMPLE = 2000;

@Resolver()
export class GraphResolver {
  @Authorized()
  @Query(() => Subgraph, { description: "The best-connected entities (messages aside) and the relationships among them, for a first picture" })
  graphSample(
    @Arg("limit", () => Int, { defaultValue: 300, description: `Number of nodes, at most ${MAX_SAMPLE}` }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Subgraph> {
    return graphSample(ctx.gateway, checkRange("limit", limit, 1, MAX_SAMPLE));
  }
}
