import { byKey, rowsById } from "@coopgraph/kit";
import { assignmentsByContract } from "../assignment/assignment.loaders";
import type { ProcurementContext } from "../context";
import type { ContractRow } from "../db";
import { canSeeAllContracts, canSeeContract } from "./contract.access";

export function contractById(ctx: ProcurementContext) {
  return rowsById<ContractRow>(ctx.loaders, "contractById", (ids) => ctx.db.contract.findMany({ where: { id: { in: ids } } }));
}

export function contractByTender(ctx: ProcurementContext) {
  return ctx.loaders.get<string, ContractRow | null>("contractByTender", async (tenderIds) => {
    const rows = await ctx.db.contract.findMany({ where: { tenderId: { in: [...tenderIds] } } });
    return byKey(tenderIds, rows, (row) => row.tenderId);
  });
}

/** The contract if the caller may see it (staff and partners all; a manager those assigned to their cooperative), else null. */
export async function visibleContract(ctx: ProcurementContext, contract: ContractRow | null): Promise<ContractRow | null> {
  if (!contract || canSeeAllContracts(ctx.identity)) return contract;
  return canSeeContract(ctx.identity, await assignmentsByContract(ctx).load(contract.id)) ? contract : null;
}
