import { byKey, isUuid } from "@coopgraph/kit";
import type { TrainingContext } from "../context";

/**
 * Hours attended in `year` (sessions held that year) by the people of each cooperative asked
 * for, counted on the cooperative they belonged to when enrolled; one query for all. It reads
 * CooperativeTrainingYear, which triggers on Attendance keep equal to that sum (a large
 * cooperative has tens of thousands of attendances in a year).
 */
export function trainingHoursByCooperative(ctx: TrainingContext, year: number) {
  return ctx.loaders.get<string, string>(`trainingHoursByCooperative:${year}`, async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.db.cooperativeTrainingYear.findMany({ where: { cooperativeId: { in: valid }, year }, select: { cooperativeId: true, hours: true } }) : [];
    return byKey(ids, rows, (row) => row.cooperativeId).map((row) => row?.hours.toFixed(2) ?? "0");
  });
}
