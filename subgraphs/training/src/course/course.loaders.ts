import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { TrainingContext } from "../context";
import type { CourseRow, CourseSessionRow } from "../db";

/** Courses by id, one query per request however many are asked for. */
export function courseById(ctx: TrainingContext) {
  return ctx.loaders.get<string, CourseRow | null>("courseById", async (ids) => {
    const rows = await ctx.db.course.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

/** Every session of each course asked for, in order, in one query. */
export function sessionsByCourse(ctx: TrainingContext) {
  return ctx.loaders.get<string, CourseSessionRow[]>("sessionsByCourse", async (ids) => {
    const rows = await ctx.db.courseSession.findMany({ where: { courseId: { in: [...ids] } }, orderBy: [{ courseId: "asc" }, { number: "asc" }] });
    return groupByKey(ids, rows, (row) => row.courseId);
  });
}

/** Sessions by id (attendance rows name theirs), in one query. */
export function sessionById(ctx: TrainingContext) {
  return ctx.loaders.get<string, CourseSessionRow | null>("sessionById", async (ids) => {
    const rows = await ctx.db.courseSession.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}
