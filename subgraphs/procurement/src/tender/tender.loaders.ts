import { rowsByParent, rowsById } from "@coopgraph/kit";
import type { ProcurementContext } from "../context";
import type { TenderLotRow, TenderRow, TenderStatusChangeRow } from "../db";

/** Tenders by id, one query per request however many are asked for. */
export function tenderById(ctx: ProcurementContext) {
  return rowsById<TenderRow>(ctx.loaders, "tenderById", (ids) => ctx.db.tender.findMany({ where: { id: { in: ids } } }));
}

export function lotsByTender(ctx: ProcurementContext) {
  return rowsByParent<TenderLotRow>(
    ctx.loaders,
    "lotsByTender",
    (ids) => ctx.db.tenderLot.findMany({ where: { tenderId: { in: ids } }, orderBy: [{ number: "asc" }] }),
    (row) => row.tenderId,
  );
}

export function statusChangesByTender(ctx: ProcurementContext) {
  return rowsByParent<TenderStatusChangeRow>(
    ctx.loaders,
    "statusChangesByTender",
    (ids) => ctx.db.tenderStatusChange.findMany({ where: { tenderId: { in: ids } }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] }),
    (row) => row.tenderId,
  );
}
