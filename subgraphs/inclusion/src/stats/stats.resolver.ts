import { badInput, Public, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { InclusionContext } from "../context";
import { DisadvantageCategory } from "../db";
import { activeBetween } from "../placement/placement.loaders";
import { smallestPublishedCell } from "../settings";
import { statsCells } from "./stats.rules";
import { InclusionStats } from "./stats.type";

@Resolver(() => InclusionStats)
export class StatsResolver {
  @Query(() => InclusionStats, {
    description:
      "Persons placed in a year by province, cooperative type and category, with every cell under 5 people suppressed and no totals: the only view of placements for analysts and partners.",
  })
  @Authorized()
  @Public()
  async inclusionStats(@Ctx() ctx: InclusionContext, @Arg("year", () => Int) year: number): Promise<InclusionStats> {
    if (!Number.isInteger(year) || year < 1990 || year > 2200) throw badInput("year", "give a year such as 2026");
    const first = new Date(Date.UTC(year, 0, 1));
    const people = await ctx.db.placement.findMany({
      where: activeBetween(first, new Date(Date.UTC(year, 11, 31))),
      select: { personId: true, province: true, cooperativeType: true, category: true },
      distinct: ["personId", "province", "cooperativeType", "category"],
    });
    const smallestCell = smallestPublishedCell.at(today());
    return { year, smallestCell, cells: statsCells(people, Object.values(DisadvantageCategory), smallestCell) };
  }
}
