import { rowsByParent, rowsById } from "@coopgraph/kit";
import type { ProcurementContext } from "../context";
import type { GroupOrderRow, GroupPurchaseRow } from "../db";

export function groupPurchaseById(ctx: ProcurementContext) {
  return rowsById<GroupPurchaseRow>(ctx.loaders, "groupPurchaseById", (ids) => ctx.db.groupPurchase.findMany({ where: { id: { in: ids } } }));
}

export function ordersByGroupPurchase(ctx: ProcurementContext) {
  return rowsByParent<GroupOrderRow>(
    ctx.loaders,
    "ordersByGroupPurchase",
    (ids) => ctx.db.groupOrder.findMany({ where: { groupPurchaseId: { in: ids } }, orderBy: [{ placedAt: "asc" }, { id: "asc" }] }),
    (row) => row.groupPurchaseId,
  );
}
