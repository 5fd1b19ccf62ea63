import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { FinanceContext } from "../context";
import type { LoanInstalmentRow, LoanPaymentRow, LoanRow } from "../db";

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

/** Every instalment of every loan of each cooperative asked for, in one query: what it still owes. */
export function instalmentsByCooperative(ctx: FinanceContext) {
  return ctx.loaders.get<string, LoanInstalmentRow[]>("instalmentsByCooperative", async (cooperativeIds) => {
    const rows = await ctx.db.loanInstalment.findMany({
      where: { loan: { cooperativeId: { in: cooperativeIds.filter(isUuid) } } },
      include: { loan: { select: { cooperativeId: true } } },
      orderBy: [{ loanId: "asc" }, { number: "asc" }],
    });
    return groupByKey(cooperativeIds, rows, (row) => row.loan.cooperativeId);
  });
}
