import type { Identity } from "@coopgraph/identity";
import { canSeeCooperativeRecords } from "@coopgraph/kit";
import type { Prisma } from "../db";

/**
 * Invoices are the consortium's books: staff and services read them all; a cooperative's manager
 * reads those addressed to their own cooperative. Analysts read aggregates only (financeStats),
 * partners nothing.
 */
export function canSeeAllInvoices(identity: Identity | null): boolean {
  return identity?.role === "ADMIN" || identity?.role === "SERVICE";
}

export function canSeeInvoice(identity: Identity | null, invoice: { customerCooperativeId: string | null }): boolean {
  if (canSeeAllInvoices(identity)) return true;
  return invoice.customerCooperativeId !== null && canSeeCooperativeRecords(identity, invoice.customerCooperativeId);
}

/** The invoices this caller may list, as a Prisma condition. */
export function visibleInvoices(identity: Identity | null): Prisma.InvoiceWhereInput {
  if (canSeeAllInvoices(identity)) return {};
  if (identity?.role === "COOP_MANAGER" && identity.coopId) return { customerCooperativeId: identity.coopId };
  return { id: { in: [] } };
}
