import { isoDate } from "@coopgraph/kit";
import type { TrainingContext } from "../context";
import type { FundingSource, TrainingArea } from "../db";
import type { CourseGroup, EnrolmentGroup } from "./stats.rules";

const yearBounds = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) });

/** Enrolments on the courses started in `year`, counted per funding source, area and region, in one query. */
export async function enrolmentGroups(ctx: TrainingContext, year: number): Promise<EnrolmentGroup[]> {
  const { gte, lte } = yearBounds(year);
  const rows = await ctx.db.$queryRaw<(Omit<EnrolmentGroup, "fundingSource" | "area"> & { fundingSource: string; area: string })[]>`
    SELECT c."fundingSource"::text AS "fundingSource", c."area"::text AS "area", e."region",
           (count(*) FILTER (WHERE e."status" = 'ENROLLED'))::int AS "participants",
           (count(*) FILTER (WHERE e."status" = 'WAITLISTED'))::int AS "waiting",
           coalesce(sum(a."hours"), 0)::text AS "attendedHours",
           count(cert."id")::int AS "certificates"
    FROM "Enrolment" e
    JOIN "Course" c ON c."id" = e."courseId"
    LEFT JOIN (SELECT "enrolmentId", sum("hours") AS "hours" FROM "Attendance" GROUP BY "enrolmentId") a ON a."enrolmentId" = e."id"
    LEFT JOIN "Certificate" cert ON cert."enrolmentId" = e."id"
    WHERE c."startDate" >= ${isoDate(gte)}::date AND c."startDate" <= ${isoDate(lte)}::date
    GROUP BY c."fundingSource", c."area", e."region"`;
  return rows.map((row) => ({ ...row, fundingSource: row.fundingSource as FundingSource, area: row.area as TrainingArea }));
}

/** Courses started in `year` and their funding, per funding source and area, in one query. */
export async function courseGroups(ctx: TrainingContext, year: number): Promise<CourseGroup[]> {
  const groups = await ctx.db.course.groupBy({
    by: ["fundingSource", "area"],
    where: { startDate: yearBounds(year) },
    _count: { _all: true },
    _sum: { fundingAmount: true },
  });
  return groups.map((g) => ({ fundingSource: g.fundingSource, area: g.area, courses: g._count._all, fundingAmount: g._sum.fundingAmount?.toFixed(2) ?? "0.00" }));
}
