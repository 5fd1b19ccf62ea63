import { badInput, Public, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { InclusionContext } from "../context";
import { DisadvantageCategory } from "../db";
import { smallestPublishedCell } from "../settings";
import { type PlacedCount, statsCells } from "./stats.rules";
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
    // Counted in SQL: the distinct persons of each cell among the placements active on a day of
    // the year (activeBetween's rule), not every placement read into the service.
    const counts = await ctx.db.$queryRaw<PlacedCount[]>`
      SELECT "province", "cooperativeType"::text AS "cooperativeType", "category"::text AS "category", count(DISTINCT "personId")::int AS "people"
      FROM "Placement"
      WHERE "startDate" <= ${`${year}-12-31`}::date AND ("endDate" IS NULL OR "endDate" >= ${`${year}-01-01`}::date)
      GROUP BY 1, 2, 3`;
    const smallestCell = smallestPublishedCell.at(today());
    return { year, smallestCell, cells: statsCells(counts, Object.values(DisadvantageCategory), smallestCell) };
  }
}
