import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs, paginateLoaded, type ConnectionResult } from "@coopgraph/kit";
import type { InclusionContext } from "../context";
import type { PlacementRow } from "../db";
import { canReadPlacementsOf } from "../placement/placement.access";
import { placementsByCooperative } from "../placement/placement.loaders";
import { PlacementConnection } from "../placement/placement.type";
import { Cooperative } from "./cooperative.type";

/** Inclusion's list on membership's Cooperative: the placements in it. */
@Resolver(() => Cooperative)
export class CooperativePlacementsResolver {
  @FieldResolver(() => PlacementConnection, {
    nullable: true,
    description: "Work placements in the cooperative, newest first; null unless you may read them. Every placement read is audited.",
  })
  async placements(@Root() coop: Cooperative, @Ctx() ctx: InclusionContext, @Args() page: PageArgs): Promise<ConnectionResult<PlacementRow> | null> {
    if (!canReadPlacementsOf(ctx.identity, coop.id)) return null;
    return paginateLoaded(await placementsByCooperative(ctx).load(coop.id), page);
  }
}
