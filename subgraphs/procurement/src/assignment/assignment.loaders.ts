import { rowsByParent, rowsById, type ChildList, childPages, type PageArgs, toCents } from "@coopgraph/kit";
import type { ProcurementContext } from "../context";
import { contractById } from "../contract/contract.loaders";
import { canSeeAllContracts } from "../contract/contract.access";
import { type AssignmentRow, Prisma } from "../db";
import { assignmentAmounts } from "./assignment.rules";

export function assignmentById(ctx: ProcurementContext) {
  return rowsById<AssignmentRow>(ctx.loaders, "assignmentById", (ids) => ctx.db.assignment.findMany({ where: { id: { in: ids } } }));
}

/** Every assignment of each contract asked for, largest share first (then by cooperative, so the order is stable), in one query. */
export function assignmentsByContract(ctx: ProcurementContext) {
  return rowsByParent<AssignmentRow>(
    ctx.loaders,
    "assignmentsByContract",
    (ids) => ctx.db.assignment.findMany({ where: { contractId: { in: ids } }, orderBy: [{ sharePercent: "desc" }, { cooperativeId: "asc" }] }),
    (row) => row.contractId,
  );
}

/** Every assignment of each cooperative asked for, newest first, in one query. */
export function assignmentsByCooperative(ctx: ProcurementContext) {
  return rowsByParent<AssignmentRow>(
    ctx.loaders,
    "assignmentsByCooperative",
    (ids) => ctx.db.assignment.findMany({ where: { cooperativeId: { in: ids } }, orderBy: [{ assignedOn: "desc" }, { id: "asc" }] }),
    (row) => row.cooperativeId,
  );
}

/** This assignment's part of its contract's value, in cents, exact across the contract's assignees. */
export async function assignmentAmountCents(ctx: ProcurementContext, assignment: AssignmentRow): Promise<bigint> {
  const [contract, all] = await Promise.all([contractById(ctx).load(assignment.contractId), assignmentsByContract(ctx).load(assignment.contractId)]);
  const amounts = assignmentAmounts(
    toCents(contract!.value),
    all.map((a) => toCents(a.sharePercent)),
  );
  return amounts[all.findIndex((a) => a.id === assignment.id)];
}

const OF_CONTRACT: ChildList = {
  table: "Assignment",
  parent: "contractId",
  orderBy: [
    ["sharePercent", "desc"],
    ["cooperativeId", "asc"],
  ],
};
const OF_COOPERATIVE: ChildList = {
  table: "Assignment",
  parent: "cooperativeId",
  orderBy: [
    ["assignedOn", "desc"],
    ["id", "asc"],
  ],
};

/**
 * A page of each contract's assignments, largest share first, in one query for all: a
 * cooperative's manager sees their own cooperative's only, inclusion operators none.
 */
export function assignmentPagesOfContracts(ctx: ProcurementContext, page: PageArgs) {
  const identity = ctx.identity;
  if (canSeeAllContracts(identity)) {
    // All of them on the page: an assignment's amount needs its contract's every share, and need not read them again.
    return childPages<AssignmentRow>(ctx, OF_CONTRACT, page, { onComplete: (contractId, rows) => assignmentsByContract(ctx).prime(contractId, rows) });
  }
  const own = identity?.role === "COOP_MANAGER" ? identity.coopId : undefined;
  return childPages<AssignmentRow>(ctx, OF_CONTRACT, page, {
    key: `of:${own ?? "none"}`,
    where: own ? Prisma.sql`"cooperativeId"::text = ${own}` : Prisma.sql`FALSE`,
  });
}

/** A page of each cooperative's assignments, newest first, in one query for all. */
export function assignmentPagesOfCooperatives(ctx: ProcurementContext, page: PageArgs) {
  return childPages<AssignmentRow>(ctx, OF_COOPERATIVE, page, { onComplete: (cooperativeId, rows) => assignmentsByCooperative(ctx).prime(cooperativeId, rows) });
}
