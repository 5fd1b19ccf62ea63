import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { TrainingContext } from "../context";
import type { EnrolmentRow, EnrolmentStatus, EnrolmentStatusChangeRow } from "../db";

export function enrolmentById(ctx: TrainingContext) {
  return ctx.loaders.get<string, EnrolmentRow | null>("enrolmentById", async (ids) => {
    const rows = await ctx.db.enrolment.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

const statusKey = (status?: readonly EnrolmentStatus[]) => (status?.length ? [...status].sort().join(",") : "all");

/** The enrolments of each course asked for (with the same status filter), in request order, in one query. */
export function enrolmentsByCourse(ctx: TrainingContext, status?: readonly EnrolmentStatus[]) {
  return ctx.loaders.get<string, EnrolmentRow[]>(`enrolmentsByCourse:${statusKey(status)}`, async (ids) => {
    const rows = await ctx.db.enrolment.findMany({
      where: { courseId: { in: [...ids] }, ...(status?.length ? { status: { in: [...status] } } : {}) },
      orderBy: [{ courseId: "asc" }, { requestNumber: "asc" }],
    });
    return groupByKey(ids, rows, (row) => row.courseId);
  });
}

/** Each course's waiting list, first to be served first: the ids only, whoever asks (positions are counted over all). */
export function waitingListByCourse(ctx: TrainingContext) {
  return ctx.loaders.get<string, { id: string; courseId: string }[]>("waitingListByCourse", async (ids) => {
    const rows = await ctx.db.enrolment.findMany({
      where: { courseId: { in: [...ids] }, status: "WAITLISTED" },
      orderBy: [{ courseId: "asc" }, { requestNumber: "asc" }],
      select: { id: true, courseId: true },
    });
    return groupByKey(ids, rows, (row) => row.courseId);
  });
}

/** The enrolments of each person asked for (with the same status filter), newest request first, in one query. */
export function enrolmentsByPerson(ctx: TrainingContext, status?: readonly EnrolmentStatus[]) {
  return ctx.loaders.get<string, EnrolmentRow[]>(`enrolmentsByPerson:${statusKey(status)}`, async (ids) => {
    const rows = await ctx.db.enrolment.findMany({
      where: { personId: { in: ids.filter(isUuid) }, ...(status?.length ? { status: { in: [...status] } } : {}) },
      orderBy: [{ requestedAt: "desc" }, { id: "asc" }],
    });
    return groupByKey(ids, rows, (row) => row.personId);
  });
}

export function statusChangesByEnrolment(ctx: TrainingContext) {
  return ctx.loaders.get<string, EnrolmentStatusChangeRow[]>("statusChangesByEnrolment", async (ids) => {
    const rows = await ctx.db.enrolmentStatusChange.findMany({
      where: { enrolmentId: { in: [...ids] } },
      orderBy: [{ changedAt: "asc" }, { id: "asc" }],
    });
    return groupByKey(ids, rows, (row) => row.enrolmentId);
  });
}
