import { badInput, DecimalScalar, today } from "@coopgraph/kit";
import type { Identity } from "@coopgraph/identity";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context";
import { SafetyRiskLevel } from "../db";
import { canSeeEnrolmentsOf } from "../enrolment/enrolment.access";
import { riskAssessmentByCooperative } from "../safety/safety.loaders";
import { trainingHoursByCooperative } from "./cooperative.loaders";
import { Cooperative } from "./cooperative.type";

/** A cooperative's training hours are an aggregate with no person in it: analysts read them too. */
function canSeeTrainingHoursOf(identity: Identity | null, cooperativeId: string): boolean {
  return identity?.role === "ANALYST" || canSeeEnrolmentsOf(identity, cooperativeId);
}

/** Training's fields of membership's Cooperative. */
@Resolver(() => Cooperative)
export class CooperativeTrainingResolver {
  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: "Hours its people attended at sessions held in the year; null when you may not see them (staff, analysts, its manager).",
  })
  async trainingHours(@Root() coop: Cooperative, @Ctx() ctx: TrainingContext, @Arg("year", () => Int) year: number): Promise<string | null> {
    if (!Number.isInteger(year) || year < 1990 || year > 2200) throw badInput("year", "give a year such as 2026");
    if (!canSeeTrainingHoursOf(ctx.identity, coop.id)) return null;
    return trainingHoursByCooperative(ctx, year).load(coop.id);
  }

  @FieldResolver(() => SafetyRiskLevel, { nullable: true, description: "Its risk class for safety training today; null when not recorded or not visible to you." })
  async safetyRiskLevel(@Root() coop: Cooperative, @Ctx() ctx: TrainingContext): Promise<SafetyRiskLevel | null> {
    if (!canSeeEnrolmentsOf(ctx.identity, coop.id)) return null;
    return (await riskAssessmentByCooperative(ctx, today()).load(coop.id))?.riskLevel ?? null;
  }
}
