import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { ProcurementContext } from "../context";
import type { TenderLotRow, TenderRow, TenderStatusChangeRow } from "../db";

/** Tenders by id, one query per request however many are asked for. */
export function tenderById(ctx: ProcurementContext) {
  return ctx.loaders.get<string, TenderRow | null>("tenderById", async (ids) => {
    const rows = await ctx.db.tender.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

export function lotsByTender(ctx: ProcurementContext) {
  return ctx.loaders.get<string, TenderLotRow[]>("lotsByTender", async (ids) => {
    const rows = await ctx.db.tenderLot.findMany({ where: { tenderId: { in: [...ids] } }, orderBy: [{ number: "asc" }] });
    return groupByKey(ids, rows, (row) => row.tenderId);
  });
}

export function statusChangesByTender(ctx: ProcurementContext) {
  return ctx.loaders.get<string, TenderStatusChangeRow[]>("statusChangesByTender", async (ids) => {
    const rows = await ctx.db.tenderStatusChange.findMany({ where: { tenderId: { in: [...ids] } }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] });
    return groupByKey(ids, rows, (row) => row.tenderId);
  });
}
