import { byKey, groupByKey } from "@coopgraph/kit";
import type { InclusionContext } from "../context";
import type { IndividualPlanRow, PlanReviewRow } from "../db";

/** The plan of each placement asked for, in one query. */
export function planByPlacement(ctx: InclusionContext) {
  return ctx.loaders.get<string, IndividualPlanRow | null>("planByPlacement", async (placementIds) => {
    const rows = await ctx.db.individualPlan.findMany({ where: { placementId: { in: [...placementIds] } } });
    return byKey(placementIds, rows, (row) => row.placementId);
  });
}

/** The reviews of each plan asked for, oldest first, in one query. */
export function reviewsByPlan(ctx: InclusionContext) {
  return ctx.loaders.get<string, PlanReviewRow[]>("reviewsByPlan", async (planIds) => {
    const rows = await ctx.db.planReview.findMany({ where: { planId: { in: [...planIds] } }, orderBy: [{ date: "asc" }, { recordedAt: "asc" }, { id: "asc" }] });
    return groupByKey(planIds, rows, (row) => row.planId);
  });
}
