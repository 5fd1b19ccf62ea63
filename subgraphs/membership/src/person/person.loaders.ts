import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { MembershipContext } from "../context";
import type { PersonRole, PersonRow } from "../db";

export function personById(ctx: MembershipContext) {
  return ctx.loaders.get<string, PersonRow | null>("personById", async (ids) => {
    const rows = await ctx.db.person.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

/** All people of each cooperative asked for (with the same role filter), by name, in one query. */
export function peopleByCooperative(ctx: MembershipContext, roles: PersonRole[] | undefined) {
  const roleKey = roles?.length ? [...roles].sort().join(",") : "all";
  return ctx.loaders.get<string, PersonRow[]>(`peopleByCooperative:${roleKey}`, async (ids) => {
    const rows = await ctx.db.person.findMany({
      where: { cooperativeId: { in: [...ids] }, ...(roles?.length ? { role: { in: roles } } : {}) },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    });
    return groupByKey(ids, rows, (row) => row.cooperativeId);
  });
}
