import { rowsByParent, rowsById } from "@coopgraph/kit";
import type { MembershipContext } from "../context";
import type { CooperativeRow, DurcRow, StatusChangeRow } from "../db";

/** Cooperatives by id, one query per request however many are asked for. */
export function cooperativeById(ctx: MembershipContext) {
  return rowsById<CooperativeRow>(ctx.loaders, "cooperativeById", (ids) => ctx.db.cooperative.findMany({ where: { id: { in: ids } } }));
}

export function durcsByCooperative(ctx: MembershipContext) {
  return rowsByParent<DurcRow>(
    ctx.loaders,
    "durcsByCooperative",
    (ids) => ctx.db.durc.findMany({ where: { cooperativeId: { in: ids } }, orderBy: [{ issueDate: "desc" }, { id: "asc" }] }),
    (row) => row.cooperativeId,
  );
}

export function statusChangesByCooperative(ctx: MembershipContext) {
  return rowsByParent<StatusChangeRow>(
    ctx.loaders,
    "statusChangesByCooperative",
    (ids) => ctx.db.statusChange.findMany({ where: { cooperativeId: { in: ids } }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] }),
    (row) => row.cooperativeId,
  );
}
