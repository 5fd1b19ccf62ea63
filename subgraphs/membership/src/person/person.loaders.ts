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
