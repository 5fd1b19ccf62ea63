import { badInput, loadEvery, PageArgs, paginateLoaded, type ConnectionResult } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { InclusionContext } from "../context";
import { Cooperative } from "../cooperative/cooperative.type";
import { canReadComplianceOf } from "../placement/placement.access";
import { disadvantagedWorkerShare } from "../settings";
import { complianceByCooperative } from "./compliance.loaders";
import { isNearTheLine, monthRange } from "./compliance.rules";
import { InclusionCompliance, InclusionComplianceConnection } from "./compliance.type";

function checkedMonth(month: string): string {
  const range = monthRange(month);
  if (!range) throw badInput("month", "a month is written YYYY-MM, e.g. 2026-03");
  if (!disadvantagedWorkerShare.covers(range.last)) throw badInput("month", `the 30% rule applies from ${disadvantagedWorkerShare.firstDay}`);
  return month;
}

/** Inclusion's 30% verdict on membership's Cooperative. */
@Resolver(() => Cooperative)
export class CooperativeComplianceResolver {
  @FieldResolver(() => InclusionCompliance, {
    nullable: true,
    description:
      "The 30% rule (Law 381/1991 art. 4) in a month (YYYY-MM): binding for type B and AB cooperatives, information for others. Null when you may not see it (staff, inclusion operators, services and the cooperative's own manager may).",
  })
  async inclusionCompliance(@Root() coop: Cooperative, @Ctx() ctx: InclusionContext, @Arg("month") month: string): Promise<InclusionCompliance | null> {
    checkedMonth(month);
    if (!canReadComplianceOf(ctx.identity, coop.id)) return null;
    return complianceByCooperative(ctx, month).load(coop.id);
  }
}

@Resolver(() => InclusionCompliance)
export class ComplianceResolver {
  @Query(() => InclusionComplianceConnection, {
    description:
      "ACTIVE type B and AB cooperatives below the 30% line in a month (YYYY-MM), or at it (margin 0: one departure of a disadvantaged worker breaks it): lowest margin first.",
  })
  @Authorized("ADMIN", "INCLUSION_OPERATOR")
  async inclusionWatchlist(@Ctx() ctx: InclusionContext, @Arg("month") month: string, @Args() page: PageArgs): Promise<ConnectionResult<InclusionCompliance>> {
    checkedMonth(month);
    const cooperatives = await ctx.membership.cooperativesOfType(["B", "AB"], ["ACTIVE"], "which cooperatives are active type B members");
    const ids = cooperatives.map((c) => c.id);
    const watched = (await loadEvery(complianceByCooperative(ctx, month), ids))
      .filter((verdict): verdict is InclusionCompliance => verdict !== null && isNearTheLine(verdict))
      .sort((a, b) => a.margin - b.margin || a.id.localeCompare(b.id));
    return paginateLoaded(watched, page);
  }
}
