import { groupByKey } from "@coopgraph/kit";
import type { FinanceContext } from "../context";
import type { InvoiceRow } from "../db";

/** The invoices of each fee period asked for, in number order, in one query. */
export function invoicesByFeePeriod(ctx: FinanceContext) {
  return ctx.loaders.get<string, InvoiceRow[]>("invoicesByFeePeriod", async (periodIds) => {
    const rows = await ctx.db.invoice.findMany({ where: { feePeriodId: { in: [...periodIds] } }, orderBy: [{ year: "asc" }, { number: "asc" }] });
    return groupByKey(periodIds, rows, (row) => row.feePeriodId!);
  });
}
