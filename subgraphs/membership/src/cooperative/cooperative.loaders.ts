import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { MembershipContext } from "../context";
import type { CooperativeRow, DurcRow, StatusChangeRow } from "../db";

/** Cooperatives by id, one query per request however many are asked for. */
export function cooperativeById(ctx: MembershipContext) {
  return ctx.loaders.get<string, CooperativeRow | null>("cooperativeById", async (ids) => {
    const rows = await ctx.db.cooperative.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

export function durcsByCooperative(ctx: MembershipContext) {
  return ctx.loaders.get<string, DurcRow[]>("durcsByCooperative", async (ids) => {
    const rows = await ctx.db.durc.findMany({ where: { cooperativeId: { in: [...ids] } }, orderBy: [{ issueDate: "desc" }, { id: "asc" }] });
    return groupByKey(ids, rows, (row) => row.cooperativeId);
  });
}

export function statusChangesByCooperative(ctx: MembershipContext) {
  return ctx.loaders.get<string, StatusChangeRow[]>("statusChangesByCooperative", async (ids) => {
    const rows = await ctx.db.statusChange.findMany({ where: { cooperativeId: { in: [...ids] } }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] });
    return groupByKey(ids, rows, (row) => row.cooperativeId);
  });
}
