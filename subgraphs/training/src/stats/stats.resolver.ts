import { badInput } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { TrainingContext } from "../context";
import { FundingSource, TrainingArea } from "../db";
import { courseGroups, enrolmentGroups } from "./stats.loaders";
import { trainingStats } from "./stats.rules";
import { TrainingStats } from "./stats.type";

@Resolver(() => TrainingStats)
export class StatsResolver {
  @Query(() => TrainingStats, {
    description: "Aggregate figures of the courses started in a year, by funding source, area and region: no person is named. Staff and analysts.",
  })
  @Authorized("ADMIN", "ANALYST", "SERVICE")
  async trainingStats(@Ctx() ctx: TrainingContext, @Arg("year", () => Int) year: number): Promise<TrainingStats> {
    if (!Number.isInteger(year) || year < 1990 || year > 2200) throw badInput("year", "give a year such as 2026");
    const [enrolments, courses] = await Promise.all([enrolmentGroups(ctx, year), courseGroups(ctx, year)]);
    return trainingStats(year, enrolments, courses, Object.values(FundingSource), Object.values(TrainingArea));
  }
}
