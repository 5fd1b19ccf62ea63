import { rowsById, type ChildList, childPages, isoDate, isUuid, type PageArgs, today } from "@coopgraph/kit";
import type { MembershipContext } from "../context";
import { Prisma, type PersonRole, type PersonRow } from "../db";

export function personById(ctx: MembershipContext) {
  return rowsById<PersonRow>(ctx.loaders, "personById", (ids) => ctx.db.person.findMany({ where: { id: { in: ids } } }));
}

/** People who have not left by `day`: no end date, or one still to come. */
export function stillThere(day: Date): Prisma.PersonWhereInput {
  return { OR: [{ endDate: null }, { endDate: { gte: day } }] };
}

const PEOPLE: ChildList = {
  table: "Person",
  parent: "cooperativeId",
  orderBy: [
    ["lastName", "asc"],
    ["firstName", "asc"],
    ["id", "asc"],
  ],
};

/** A page of the people of each cooperative asked for (with the same filter), by name, in one query for all. */
export function peoplePages(ctx: MembershipContext, page: PageArgs, filter: { role?: PersonRole[]; current?: boolean } = {}) {
  const conditions: Prisma.Sql[] = [];
  if (filter.role?.length) conditions.push(Prisma.sql`"role"::text IN (${Prisma.join(filter.role)})`);
  const current = Prisma.sql`("endDate" IS NULL OR "endDate" >= ${isoDate(today())}::date)`;
  if (filter.current === true) conditions.push(current);
  if (filter.current === false) conditions.push(Prisma.sql`NOT ${current}`);
  const key = `${filter.role?.length ? [...filter.role].sort().join(",") : "all"}:${filter.current ?? "any"}`;
  return childPages<PersonRow>(ctx, PEOPLE, page, { key, where: conditions.length ? Prisma.join(conditions, " AND ") : undefined });
}

/** Headcount per role of each cooperative's people present on at least one day of the month, one query for all. */
export function workforceByCooperative(ctx: MembershipContext, month: string, range: { first: Date; last: Date }) {
  return ctx.loaders.get<string, { month: string; workers: number; workerMembers: number; employees: number; volunteerMembers: number }>(
    `workforceByCooperative:${month}`,
    async (ids) => {
      const counts = await ctx.db.person.groupBy({
        by: ["cooperativeId", "role"],
        where: { cooperativeId: { in: ids.filter(isUuid) }, startDate: { lte: range.last }, OR: [{ endDate: null }, { endDate: { gte: range.first } }] },
        _count: { _all: true },
      });
      return ids.map((id) => {
        const count = (role: PersonRole) => counts.find((c) => c.cooperativeId === id && c.role === role)?._count._all ?? 0;
        const workerMembers = count("WORKER_MEMBER");
        const employees = count("EMPLOYEE");
        return { month, workers: workerMembers + employees, workerMembers, employees, volunteerMembers: count("VOLUNTEER_MEMBER") };
      });
    },
  );
}
