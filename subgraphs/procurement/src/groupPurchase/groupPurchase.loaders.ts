import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { ProcurementContext } from "../context";
import type { GroupOrderRow, GroupPurchaseRow } from "../db";

export function groupPurchaseById(ctx: ProcurementContext) {
  return ctx.loaders.get<string, GroupPurchaseRow | null>("groupPurchaseById", async (ids) => {
    const rows = await ctx.db.groupPurchase.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

export function ordersByGroupPurchase(ctx: ProcurementContext) {
  return ctx.loaders.get<string, GroupOrderRow[]>("ordersByGroupPurchase", async (ids) => {
    const rows = await ctx.db.groupOrder.findMany({ where: { groupPurchaseId: { in: [...ids] } }, orderBy: [{ placedAt: "asc" }, { id: "asc" }] });
    return groupByKey(ids, rows, (row) => row.groupPurchaseId);
  });
}
