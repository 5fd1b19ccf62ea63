import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { FinanceContext } from "../context";
import type { InvoiceLineRow, InvoiceRow } from "../db";

export function invoiceById(ctx: FinanceContext) {
  return ctx.loaders.get<string, InvoiceRow | null>("invoiceById", async (ids) => {
    const rows = await ctx.db.invoice.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

/** The lines of each invoice asked for, in order, in one query. */
export function linesByInvoice(ctx: FinanceContext) {
  return ctx.loaders.get<string, InvoiceLineRow[]>("linesByInvoice", async (invoiceIds) => {
    const rows = await ctx.db.invoiceLine.findMany({ where: { invoiceId: { in: [...invoiceIds] } }, orderBy: [{ invoiceId: "asc" }, { position: "asc" }] });
    return groupByKey(invoiceIds, rows, (row) => row.invoiceId);
  });
}

/** The credit notes correcting each invoice asked for, oldest first, in one query. */
export function creditNotesByInvoice(ctx: FinanceContext) {
  return ctx.loaders.get<string, InvoiceRow[]>("creditNotesByInvoice", async (invoiceIds) => {
    const rows = await ctx.db.invoice.findMany({ where: { correctsId: { in: [...invoiceIds] } }, orderBy: [{ year: "asc" }, { number: "asc" }] });
    return groupByKey(invoiceIds, rows, (row) => row.correctsId!);
  });
}

/** Every invoice and credit note of each member cooperative asked for, newest first, in one query. */
export function invoicesByCooperative(ctx: FinanceContext) {
  return ctx.loaders.get<string, InvoiceRow[]>("invoicesByCooperative", async (cooperativeIds) => {
    const rows = await ctx.db.invoice.findMany({
      where: { customerCooperativeId: { in: cooperativeIds.filter(isUuid) } },
      orderBy: [{ year: "desc" }, { number: "desc" }, { id: "asc" }],
    });
    return groupByKey(cooperativeIds, rows, (row) => row.customerCooperativeId!);
  });
}

/** Each cooperative's billing details, in one query. */
export function billingDetailsByCooperative(ctx: FinanceContext) {
  return ctx.loaders.get<string, { street: string; postcode: string; recipientCode: string } | null>("billingDetailsByCooperative", async (cooperativeIds) => {
    const rows = await ctx.db.billingDetails.findMany({ where: { cooperativeId: { in: cooperativeIds.filter(isUuid) } } });
    return byKey(cooperativeIds, rows, (row) => row.cooperativeId);
  });
}
