import { rowsByParent, rowsById, type ChildList, childPages, isUuid, type PageArgs, toCents, uuidList } from "@coopgraph/kit";
import type { ProcurementContext } from "../context";
import { contractById } from "../contract/contract.loaders";
import { canSeeAllContracts } from "../contract/contract.access";
import { type AssignmentRow, Prisma } from "../db";
import { amountInYear, assignmentAmounts } from "./assignment.rules";

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

/** This assignment's part of its contract's value, in cents, exact across the contract's assignees. */
export async function assignmentAmountCents(ctx: ProcurementContext, assignment: AssignmentRow): Promise<bigint> {
  const [contract, all] = await Promise.all([contractById(ctx).load(assignment.contractId), assignmentsByContract(ctx).load(assignment.contractId)]);
  const amounts = assignmentAmounts(
    toCents(contract!.value),
    all.map((a) => toCents(a.sharePercent)),
  );
  return amounts[all.findIndex((a) => a.id === assignment.id)];
}

/**
 * Each cooperative's value of the contracts it executes in `year`, in cents: the sum over its
 * assignments of `assignmentAmountCents` spread over the contract's days (`amountInYear`). One
 * query for all the cooperatives asked for reads only the contracts running in that year, each
 * with its assignees' shares in `assignmentsByContract`'s order (which the exact split depends on).
 */
export function contractValueByCooperative(ctx: ProcurementContext, year: number) {
  return ctx.loaders.get<string, bigint>(`contractValueByCooperative:${year}`, async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await ctx.db.$queryRaw<{ cooperativeId: string; id: string; value: string; startDate: Date; endDate: Date; ids: string[]; shares: string[] }[]>`
          SELECT a."cooperativeId"::text AS "cooperativeId", a."id"::text AS "id", c."value"::text AS "value", c."startDate", c."endDate",
            array_agg(s."id"::text ORDER BY s."sharePercent" DESC, s."cooperativeId" ASC) AS "ids",
            array_agg(s."sharePercent"::text ORDER BY s."sharePercent" DESC, s."cooperativeId" ASC) AS "shares"
          FROM "Assignment" a
          JOIN "Contract" c ON c."id" = a."contractId"
          JOIN "Assignment" s ON s."contractId" = a."contractId"
          WHERE a."cooperativeId" IN (${uuidList(valid)})
            AND c."startDate" <= ${`${year}-12-31`}::date AND c."endDate" >= ${`${year}-01-01`}::date
          GROUP BY a."id", c."id"`
      : [];
    const totals = new Map<string, bigint>();
    for (const row of rows) {
      const amount = assignmentAmounts(toCents(row.value), row.shares.map(toCents))[row.ids.indexOf(row.id)];
      totals.set(row.cooperativeId, (totals.get(row.cooperativeId) ?? 0n) + amountInYear(amount, row.startDate, row.endDate, year));
    }
    return ids.map((id) => totals.get(id.toLowerCase()) ?? 0n);
  });
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
  return childPages<AssignmentRow>(ctx, OF_COOPERATIVE, page);
}
