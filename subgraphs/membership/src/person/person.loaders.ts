import { byKey, groupByKey, isUuid, today } from "@coopgraph/kit";
import type { MembershipContext } from "../context";
import type { Prisma, PersonRole, PersonRow } from "../db";

export function personById(ctx: MembershipContext) {
  return ctx.loaders.get<string, PersonRow | null>("personById", async (ids) => {
    const rows = await ctx.db.person.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

/** People who have not left by `day`: no end date, or one still to come. */
export function stillThere(day: Date): Prisma.PersonWhereInput {
  return { OR: [{ endDate: null }, { endDate: { gte: day } }] };
}

/** All people of each cooperative asked for (with the same filter), by name, in one query. */
export function peopleByCooperative(ctx: MembershipContext, filter: { role?: PersonRole[]; current?: boolean } = {}) {
  const key = `${filter.role?.length ? [...filter.role].sort().join(",") : "all"}:${filter.current ?? "any"}`;
  return ctx.loaders.get<string, PersonRow[]>(`peopleByCooperative:${key}`, async (ids) => {
    const current = stillThere(today());
    const rows = await ctx.db.person.findMany({
      where: {
        cooperativeId: { in: [...ids] },
        ...(filter.role?.length ? { role: { in: filter.role } } : {}),
        ...(filter.current === true ? current : filter.current === false ? { NOT: current } : {}),
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    });
    return groupByKey(ids, rows, (row) => row.cooperativeId);
  });
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
