import { byKey, isUuid } from "@coopgraph/kit";
import type { ProcurementContext } from "../context";
import type { ContractRow } from "../db";

export function contractById(ctx: ProcurementContext) {
  return ctx.loaders.get<string, ContractRow | null>("contractById", async (ids) => {
    const rows = await ctx.db.contract.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

export function contractByTender(ctx: ProcurementContext) {
  return ctx.loaders.get<string, ContractRow | null>("contractByTender", async (tenderIds) => {
    const rows = await ctx.db.contract.findMany({ where: { tenderId: { in: [...tenderIds] } } });
    return byKey(tenderIds, rows, (row) => row.tenderId);
  });
}
