import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { AriadneError } from "../../../graph/errors.js";
import { hasRole } from "../auth/roles.js";
import type { Context } from "../context.js";
import { checkIds, checkKinds, checkRange } from "./common.js";
import { MAX_CENTRALITY_IDS, MAX_CENTRALITY_PAGE, centrality } from "./centrality.service.js";
import { CentralityMeasureEnum, Score, type CentralityMeasure } from "./centrality.type.js";

@Resolver()
export class CentralityResolver {
  @Authorized()
  @Query(() => [Score], {
    description:
      "Who matters most? Centrality over the given subgraph (`ids`: those entities and the relationships among them; any role) " +
      "or over the whole graph (no `ids`: ANALYST and up, as detection). Whole-graph betweenness and PageRank use Neo4j GDS when " +
      "installed, else the API computes them for graphs up to 200,000 relationships. Betweenness is exact where small and sampled " +
      "where large: each Score says which (`exact`, `sampleSize`) and where it was computed (`engine`).",
  })
  centrality(
    @Arg("measure", () => CentralityMeasureEnum, { description: "DEGREE, BETWEENNESS or PAGERANK" }) measure: CentralityMeasure,
    @Arg("kinds", () => [String], { nullable: true, description: "Only rank entities of these kinds (computed over all)" }) kinds: string[] | null,
    @Arg("ids", () => [ID], { nullable: true, description: `The subgraph: up to ${MAX_CENTRALITY_IDS} entity ids. Omit for the whole graph (ANALYST and up).` })
    ids: string[] | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: `How many, at most ${MAX_CENTRALITY_PAGE}` }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<Score[]> {
    if (!ids && !hasRole(ctx.user!.role, "ANALYST")) {
      throw new AriadneError("FORBIDDEN", `Centrality over the whole graph needs the ANALYST role or higher; you are ${ctx.user!.role}. Pass ids to rank a subgraph.`);
    }
    return centrality(ctx.gateway, {
      measure,
      kinds: checkKinds("kinds", kinds),
      ids: ids ? checkIds("ids", ids, 1, MAX_CENTRALITY_IDS) : null,
      first: checkRange("first", first ?? 20, 1, MAX_CENTRALITY_PAGE),
    });
  }
}
