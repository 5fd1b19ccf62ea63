import { isUuid } from "@coopgraph/kit";
import type { TrainingContext } from "../context";
import { Prisma } from "../db";

/**
 * Hours attended in `year` (sessions held that year) by the people of each cooperative asked
 * for, counted on the cooperative they belonged to when enrolled; one query for all.
 */
export function trainingHoursByCooperative(ctx: TrainingContext, year: number) {
  return ctx.loaders.get<string, string>(`trainingHoursByCooperative:${year}`, async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await ctx.db.$queryRaw<{ cooperativeId: string; hours: string }[]>`
          SELECT e."cooperativeId"::text AS "cooperativeId", sum(a."hours")::text AS "hours"
          FROM "Attendance" a
          JOIN "Enrolment" e ON e."id" = a."enrolmentId"
          JOIN "CourseSession" s ON s."id" = a."sessionId"
          WHERE e."cooperativeId" IN (${Prisma.join(valid.map((id) => Prisma.sql`${id}::uuid`))})
            AND s."date" >= ${`${year}-01-01`}::date AND s."date" <= ${`${year}-12-31`}::date
          GROUP BY e."cooperativeId"`
      : [];
    return ids.map((id) => rows.find((row) => row.cooperativeId === id)?.hours ?? "0");
  });
}
