import { execute, isUuid, notFound } from "@coopgraph/kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root, UseMiddleware } from "type-graphql";
import { answerRead, PlacementRead, PlanRead } from "../audit/audit.guard";
import { readRecorded } from "../audit/audit.loaders";
import type { InclusionContext } from "../context";
import type { PlacementRow } from "../db";
import { PLACEMENT_READERS } from "../placement/placement.access";
import { Placement } from "../placement/placement.type";
import { addPlanReview } from "./plan.commands";
import { AddPlanReviewInput } from "./plan.inputs";
import { planByPlacement, reviewsByPlan } from "./plan.loaders";
import { IndividualPlan, PlanReview, type PlanReviewView, type PlanView } from "./plan.type";

/** A placement's plan: reading the placement's field is a read of the placement; reading the plan's fields, of the plan. */
@Resolver(() => Placement)
@UseMiddleware(PlacementRead)
export class PlacementPlanResolver {
  @FieldResolver(() => IndividualPlan, { description: "Its individual plan (progetto personalizzato)." })
  async plan(@Root() placement: PlacementRow, @Ctx() ctx: InclusionContext): Promise<PlanView> {
    const plan = (await planByPlacement(ctx).load(placement.id))!;
    return { ...plan, cooperativeId: placement.cooperativeId };
  }
}

@Resolver(() => IndividualPlan)
@UseMiddleware(PlanRead)
export class PlanReviewsResolver {
  @FieldResolver(() => [PlanReview], { description: "Its reviews, oldest first." })
  async reviews(@Root() plan: PlanView, @Ctx() ctx: InclusionContext): Promise<PlanReviewView[]> {
    return (await reviewsByPlan(ctx).load(plan.id)).map((review) => ({ ...review, cooperativeId: plan.cooperativeId }));
  }
}

@Resolver(() => IndividualPlan)
export class PlanResolver {
  @Mutation(() => IndividualPlan, { description: "Records a periodic review of a placement's individual plan, authored by you; reviews are never changed." })
  @Authorized(...PLACEMENT_READERS)
  async addPlanReview(@Ctx() ctx: InclusionContext, @Info() info: GraphQLResolveInfo, @Arg("input") input: AddPlanReviewInput): Promise<PlanView> {
    // A malformed id names no placement.
    if (!isUuid(input.placementId)) throw notFound("placement", input.placementId);
    const read = answerRead(info);
    const plan = await execute(ctx, addPlanReview, {
      placementId: input.placementId.toLowerCase(),
      date: input.date,
      progressNote: input.progressNote,
      requestId: ctx.requestId,
      read,
    });
    readRecorded(ctx, { ...read, recordType: "PLAN", recordId: plan.id });
    return plan;
  }
}
