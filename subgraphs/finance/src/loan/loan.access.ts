import type { Identity } from "@coopgraph/identity";
import { canSeeCooperativeRecords } from "@coopgraph/kit";
import type { Prisma } from "../db";

/** Loans are a cooperative's own records: staff and services see them all, a cooperative's manager their own. Analysts see the portfolio in aggregate only. */
export function canSeeLoan(identity: Identity | null, loan: { cooperativeId: string }): boolean {
  return canSeeCooperativeRecords(identity, loan.cooperativeId);
}

export function visibleLoans(identity: Identity | null): Prisma.LoanWhereInput {
  if (identity?.role === "ADMIN" || identity?.role === "SERVICE") return {};
  if (identity?.role === "COOP_MANAGER" && identity.coopId) return { cooperativeId: identity.coopId };
  return { id: { in: [] } };
}
