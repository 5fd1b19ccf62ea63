import { byKey, groupByKey, isoDate, isUuid, today, uuidList } from "@coopgraph/kit";
import type { FinanceContext } from "../context";
import { type LoanInstalmentRow, type LoanPaymentRow, type LoanRow, Prisma } from "../db";

export function loanById(ctx: FinanceContext) {
  return ctx.loaders.get<string, LoanRow | null>("loanById", async (ids) => {
    const rows = await ctx.db.loan.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

/** The schedule of each loan asked for, in order, in one query. */
export function instalmentsByLoan(ctx: FinanceContext) {
  return ctx.loaders.get<string, LoanInstalmentRow[]>("instalmentsByLoan", async (loanIds) => {
    const rows = await ctx.db.loanInstalment.findMany({ where: { loanId: { in: [...loanIds] } }, orderBy: [{ loanId: "asc" }, { number: "asc" }] });
    return groupByKey(loanIds, rows, (row) => row.loanId);
  });
}

export function paymentsByLoan(ctx: FinanceContext) {
  return ctx.loaders.get<string, LoanPaymentRow[]>("paymentsByLoan", async (loanIds) => {
    const rows = await ctx.db.loanPayment.findMany({ where: { loanId: { in: [...loanIds] } }, orderBy: [{ paidOn: "asc" }, { recordedAt: "asc" }] });
    return groupByKey(loanIds, rows, (row) => row.loanId);
  });
}

/** Every loan of each cooperative asked for, newest first, in one query. */
export function loansByCooperative(ctx: FinanceContext) {
  return ctx.loaders.get<string, LoanRow[]>("loansByCooperative", async (cooperativeIds) => {
    const rows = await ctx.db.loan.findMany({ where: { cooperativeId: { in: cooperativeIds.filter(isUuid) } }, orderBy: [{ startDate: "desc" }, { id: "asc" }] });
    return groupByKey(cooperativeIds, rows, (row) => row.cooperativeId);
  });
}

/**
 * Principal not yet repaid over the instalments `i`, in SQL, by `unpaidPrincipalCents`'s rule: a
 * payment settles an instalment's interest first, then its principal (art. 1194 c.c.). Exact:
 * numeric arithmetic, no floating point.
 */
const UNPAID_PRINCIPAL = Prisma.sql`sum(i."principal" - greatest(i."paid" - i."interest", 0))::text`;

/** A loan's standing from its instalments, summed in SQL instead of reading its schedule. */
export interface LoanStanding {
  unpaidPrincipal: string;
  /** Every instalment paid in full. */
  repaid: boolean;
  /** Some instalment is due before today and not paid in full (`instalmentStatus` OVERDUE). */
  overdue: boolean;
}

/** The standing of each loan asked for today, in one aggregate query. */
export function standingByLoan(ctx: FinanceContext) {
  return ctx.loaders.get<string, LoanStanding>("standingByLoan", async (loanIds) => {
    const valid = loanIds.filter(isUuid);
    const day = isoDate(today());
    const rows = valid.length
      ? await ctx.db.$queryRaw<(LoanStanding & { loanId: string })[]>`
          SELECT i."loanId"::text AS "loanId", ${UNPAID_PRINCIPAL} AS "unpaidPrincipal",
            bool_and(i."paid" >= i."amount") AS "repaid", bool_or(i."paid" < i."amount" AND i."dueDate" < ${day}::date) AS "overdue"
          FROM "LoanInstalment" i WHERE i."loanId" IN (${uuidList(valid)}) GROUP BY i."loanId"`
      : [];
    return byKey(
      loanIds.map((id) => id.toLowerCase()),
      rows,
      (row) => row.loanId,
    ).map((row) => row ?? { unpaidPrincipal: "0.00", repaid: true, overdue: false });
  });
}
