import type { Identity } from "@coopgraph/identity";

/** Fees on contracts are the consortium's business: staff, services and analysts (who read fees per year) see them. */
export function canSeeFees(identity: Identity | null): boolean {
  return identity?.role === "ADMIN" || identity?.role === "ANALYST" || identity?.role === "SERVICE";
}
