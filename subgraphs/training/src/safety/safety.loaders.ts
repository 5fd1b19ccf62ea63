import { groupByKey, isoDate, isUuid } from "@coopgraph/kit";
import type { TrainingContext } from "../context";
import type { SafetyRiskAssessmentRow, SafetyTrainingKind } from "../db";
import type { Completion } from "./safety.rules";

/** Each person's safety completions (certificates of safety courses), in one query. */
export function safetyCompletionsByPerson(ctx: TrainingContext) {
  return ctx.loaders.get<string, (Completion & { personId: string })[]>("safetyCompletionsByPerson", async (ids) => {
    const rows = await ctx.db.certificate.findMany({
      where: { personId: { in: ids.filter(isUuid) }, safetyTraining: { not: null } },
      select: { personId: true, safetyTraining: true, issuedOn: true },
      orderBy: [{ issuedOn: "asc" }],
    });
    const completions = rows.map((r) => ({ personId: r.personId, kind: r.safetyTraining as SafetyTrainingKind, completedOn: r.issuedOn }));
    return groupByKey(ids, completions, (c) => c.personId);
  });
}

/** The risk assessment in force on `day` for each cooperative asked for (null when none), in one query. */
export function riskAssessmentByCooperative(ctx: TrainingContext, day: Date) {
  return ctx.loaders.get<string, SafetyRiskAssessmentRow | null>(`riskAssessmentByCooperative:${isoDate(day)}`, async (ids) => {
    const rows = await ctx.db.safetyRiskAssessment.findMany({
      where: { cooperativeId: { in: ids.filter(isUuid) }, effectiveFrom: { lte: day } },
      orderBy: [{ effectiveFrom: "desc" }, { recordedAt: "desc" }],
    });
    return ids.map((id) => rows.find((row) => row.cooperativeId === id) ?? null);
  });
}
