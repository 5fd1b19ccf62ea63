import type { Identity } from "@coopgraph/identity";
import { canSeeCooperativeRecords } from "@coopgraph/kit";

/** Who reads group purchases: the consortium's staff and services, members' managers, analysts. */
export const GROUP_PURCHASE_READERS = ["ADMIN", "SERVICE", "COOP_MANAGER", "ANALYST"] as const;

/** A member's orders are its business: staff, services, its own manager, and analysts (no personal data in them). */
export function canSeeOrdersOf(identity: Identity | null, cooperativeId: string): boolean {
  return canSeeCooperativeRecords(identity, cooperativeId) || identity?.role === "ANALYST";
}

/** Staff order for any member; a manager for their own cooperative. */
export function canOrderFor(identity: Identity, cooperativeId: string): boolean {
  return identity.role === "ADMIN" || (identity.role === "COOP_MANAGER" && identity.coopId === cooperativeId);
}
