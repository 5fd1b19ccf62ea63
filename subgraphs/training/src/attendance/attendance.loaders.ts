import { groupByKey } from "@coopgraph/kit";
import type { TrainingContext } from "../context";
import type { AttendanceChangeRow, AttendanceRow } from "../db";

/** Every attendance of each enrolment asked for, in one query. */
export function attendanceByEnrolment(ctx: TrainingContext) {
  return ctx.loaders.get<string, AttendanceRow[]>("attendanceByEnrolment", async (ids) => {
    const rows = await ctx.db.attendance.findMany({ where: { enrolmentId: { in: [...ids] } }, orderBy: [{ session: { number: "asc" } }] });
    return groupByKey(ids, rows, (row) => row.enrolmentId);
  });
}

export function changesByAttendance(ctx: TrainingContext) {
  return ctx.loaders.get<string, AttendanceChangeRow[]>("changesByAttendance", async (ids) => {
    const rows = await ctx.db.attendanceChange.findMany({ where: { attendanceId: { in: [...ids] } }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] });
    return groupByKey(ids, rows, (row) => row.attendanceId);
  });
}
