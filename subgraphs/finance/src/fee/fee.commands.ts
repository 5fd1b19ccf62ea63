import { conflict, isoDate, type Command } from "@coopgraph/kit";
import type { FeePeriodRow, PrismaClient } from "../db";
import { issueDocument, type InvoiceDocument } from "../invoice/invoice.commands";

export interface FeeInvoices {
  from: Date;
  to: Date;
  documents: Omit<InvoiceDocument, "feePeriodId">[];
}

/**
 * issueFeeInvoices: the period and its invoices, numbered in order, in one transaction. The fee
 * periods are locked against concurrent issuing (LOCK TABLE ... SHARE ROW EXCLUSIVE) while the
 * period is checked not to overlap one already invoiced, so no fee is charged twice.
 */
export const issueFeeInvoices: Command<PrismaClient, FeeInvoices, FeePeriodRow> = async (tx, caller, input) => {
  await tx.$executeRaw`LOCK TABLE "FeePeriod" IN SHARE ROW EXCLUSIVE MODE`;
  const overlapping = await tx.feePeriod.findFirst({ where: { fromDate: { lte: input.to }, toDate: { gte: input.from } } });
  if (overlapping) {
    throw conflict(`consortium fees from ${isoDate(overlapping.fromDate)} to ${isoDate(overlapping.toDate)} are already invoiced: the period overlaps it`, { field: "input.from" });
  }
  const period = await tx.feePeriod.create({ data: { fromDate: input.from, toDate: input.to, issuedBy: caller.sub } });
  for (const document of input.documents) await issueDocument(tx, caller, { ...document, feePeriodId: period.id });
  return period;
};
