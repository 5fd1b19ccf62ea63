import { notFound, requiredText, today, type Command } from "@coopgraph/kit";
import { recordReads } from "../audit/audit.commands";
import type { PrismaClient } from "../db";
import type { AnswerRead } from "../placement/placement.commands";
import { canManagePlacementsOf } from "../placement/placement.access";
import { reviewDateRefusal } from "./plan.rules";
import type { PlanView } from "./plan.type";

export interface AddPlanReviewCommand extends AnswerRead {
  placementId: string;
  date: Date;
  progressNote: string;
}

/** Appends a review to a placement's plan, authored by the caller; a placement the caller may not see is NOT_FOUND. */
export const addPlanReview: Command<PrismaClient, AddPlanReviewCommand, PlanView> = async (tx, caller, input) => {
  const progressNote = requiredText("input.progressNote", input.progressNote, 4000);
  const placement = await tx.placement.findUnique({ where: { id: input.placementId }, include: { plan: true } });
  if (!placement || !canManagePlacementsOf(caller, placement.cooperativeId)) throw notFound("placement", input.placementId);
  const refusal = reviewDateRefusal(placement, input.date, today());
  if (refusal) throw refusal;
  const plan = placement.plan!;
  await tx.planReview.create({ data: { planId: plan.id, date: input.date, author: caller.sub, progressNote } });
  await recordReads(tx, caller, { requestId: input.requestId, reads: [{ ...input.read, recordType: "PLAN", recordId: plan.id }] });
  return { ...plan, cooperativeId: placement.cooperativeId };
};
