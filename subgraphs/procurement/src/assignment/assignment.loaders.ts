import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { ProcurementContext } from "../context";
import type { AssignmentRow } from "../db";

export function assignmentById(ctx: ProcurementContext) {
  return ctx.loaders.get<string, AssignmentRow | null>("assignmentById", async (ids) => {
    const rows = await ctx.db.assignment.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

/** Every assignment of each contract asked for, largest share first (then by cooperative, so the order is stable), in one query. */
export function assignmentsByContract(ctx: ProcurementContext) {
  return ctx.loaders.get<string, AssignmentRow[]>("assignmentsByContract", async (contractIds) => {
    const rows = await ctx.db.assignment.findMany({
      where: { contractId: { in: [...contractIds] } },
      orderBy: [{ sharePercent: "desc" }, { cooperativeId: "asc" }],
    });
    return groupByKey(contractIds, rows, (row) => row.contractId);
  });
}

/** Every assignment of each cooperative asked for, newest first, in one query. */
export function assignmentsByCooperative(ctx: ProcurementContext) {
  return ctx.loaders.get<string, AssignmentRow[]>("assignmentsByCooperative", async (cooperativeIds) => {
    const rows = await ctx.db.assignment.findMany({
      where: { cooperativeId: { in: cooperativeIds.filter(isUuid) } },
      orderBy: [{ assignedOn: "desc" }, { id: "asc" }],
    });
    return groupByKey(cooperativeIds, rows, (row) => row.cooperativeId);
  });
}
