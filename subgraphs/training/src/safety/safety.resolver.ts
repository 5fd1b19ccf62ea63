import { badInput, conflict, execute, forbidden, isUuid, loadEvery, notFound, notInFuture, requireIdentity, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context";
import { Cooperative } from "../cooperative/cooperative.type";
import type { SafetyRiskAssessmentRow } from "../db";
import { canSeeEnrolmentsOf } from "../enrolment/enrolment.access";
import { formatHours } from "../hours";
import { recordSafetyRiskLevel } from "./safety.commands";
import { RecordSafetyRiskLevelInput } from "./safety.inputs";
import { riskAssessmentByCooperative, safetyCompletionsByPerson } from "./safety.loaders";
import { isDue, riskLevelRefusal, safetyStanding } from "./safety.rules";
import { SafetyDueStatus, SafetyRequirement, SafetyRiskAssessment, SafetyTrainingDue } from "./safety.type";

const MAX_WITHIN_DAYS = 730;
const REQUIREMENT_ORDER = ["GENERAL", "SPECIFIC", "FIRST_AID", "FIRE_WARDEN"];

@Resolver(() => SafetyRiskAssessment)
export class SafetyResolver {
  @Query(() => [SafetyTrainingDue], {
    description:
      "Mandatory safety training (D.Lgs. 81/2008) the current people of a cooperative must do: what is missing, expired, or expires within the next withinDays days, soonest due first. Staff, or the cooperative's manager.",
  })
  @Authorized("ADMIN", "COOP_MANAGER", "SERVICE")
  async safetyTrainingDue(
    @Ctx() ctx: TrainingContext,
    @Arg("withinDays", () => Int) withinDays: number,
    @Arg("cooperativeId", () => ID) cooperativeId: string,
  ): Promise<SafetyTrainingDue[]> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
      throw badInput("withinDays", `give a number of days from 0 to ${MAX_WITHIN_DAYS}`);
    }
    const id = cooperativeId.toLowerCase();
    if (!canSeeEnrolmentsOf(ctx.identity, id)) throw forbidden("a cooperative manager sees their own cooperative's people only");
    // The current people are membership's to say; if it cannot answer, the question fails, never guesses.
    const people = isUuid(id) ? await ctx.membership.currentPeople(id, "the current people of the cooperative") : null;
    if (!people) throw notFound("cooperative", cooperativeId);
    const day = today();
    const personIds = people.map((p) => p.id);
    const [completions, assessment] = await Promise.all([loadEvery(safetyCompletionsByPerson(ctx), personIds), riskAssessmentByCooperative(ctx, day).load(id)]);
    const due = people.flatMap((person, i) =>
      safetyStanding({ startDate: new Date(`${person.startDate}T00:00:00.000Z`) }, completions[i], assessment?.riskLevel ?? null, day, withinDays)
        .filter(isDue)
        .map((s) => ({ person, standing: s })),
    );
    due.sort(
      (a, b) =>
        a.standing.dueDate.getTime() - b.standing.dueDate.getTime() ||
        a.person.lastName.localeCompare(b.person.lastName, "it") ||
        a.person.firstName.localeCompare(b.person.firstName, "it") ||
        a.person.id.localeCompare(b.person.id) ||
        REQUIREMENT_ORDER.indexOf(a.standing.requirement) - REQUIREMENT_ORDER.indexOf(b.standing.requirement),
    );
    return due.map(({ person, standing }) => ({
      person: { id: person.id },
      requirement: standing.requirement as SafetyRequirement,
      riskLevel: standing.riskLevel,
      status: standing.status as SafetyDueStatus,
      lastCompletedOn: standing.lastCompletedOn,
      dueDate: standing.dueDate,
      kindToTake: standing.kindToTake,
      hours: standing.hours == null ? null : formatHours(standing.hours),
    }));
  }

  @FieldResolver(() => Cooperative)
  cooperative(@Root() assessment: SafetyRiskAssessmentRow): Cooperative {
    return { id: assessment.cooperativeId };
  }

  @Mutation(() => SafetyRiskAssessment, {
    description: "Records a cooperative's risk class for safety training (from its risk assessment). Membership confirms the cooperative; staff, or the cooperative's manager.",
  })
  @Authorized("ADMIN", "COOP_MANAGER")
  async recordSafetyRiskLevel(@Ctx() ctx: TrainingContext, @Arg("input") input: RecordSafetyRiskLevelInput): Promise<SafetyRiskAssessmentRow> {
    requireIdentity(ctx);
    const id = input.cooperativeId.toLowerCase();
    const day = today();
    const effectiveFrom = notInFuture("input.effectiveFrom", input.effectiveFrom ?? day, new Date());
    const known = isUuid(id) ? (await ctx.membership.cooperatives([id], day, "that the cooperative is a member")).get(id) : undefined;
    if (!known) throw badInput("input.cooperativeId", "no member cooperative has this id");
    const refusal = riskLevelRefusal(known);
    if (refusal) throw conflict(refusal, { field: "input.cooperativeId" });
    return execute(ctx, recordSafetyRiskLevel, { cooperativeId: id, riskLevel: input.riskLevel, effectiveFrom });
  }
}
