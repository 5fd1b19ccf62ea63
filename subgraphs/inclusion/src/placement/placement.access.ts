import type { Identity } from "@coopgraph/identity";

/**
 * Who reads work placements and plans: special-category personal data (GDPR art. 9). The
 * consortium's staff, inclusion operators and the manager of the placement's own cooperative;
 * never analysts, partners or other services (they get aggregates only).
 */
export function canReadPlacementsOf(identity: Identity | null, cooperativeId: string): boolean {
  if (!identity) return false;
  if (identity.role === "ADMIN" || identity.role === "INCLUSION_OPERATOR") return true;
  return identity.role === "COOP_MANAGER" && identity.coopId === cooperativeId;
}

/** Roles that read (some) placements at all: the rest are refused before any row is looked at. */
export const PLACEMENT_READERS = ["ADMIN", "INCLUSION_OPERATOR", "COOP_MANAGER"] as const;

/** Who starts and ends placements and reviews plans: the same people who read them. */
export const canManagePlacementsOf = canReadPlacementsOf;

/**
 * The cooperative whose placements a caller may list: undefined for every cooperative, a single id
 * for a cooperative's manager, null when none at all.
 */
export function placementScope(identity: Identity | null): { cooperativeId?: string } | null {
  if (!identity) return null;
  if (identity.role === "ADMIN" || identity.role === "INCLUSION_OPERATOR") return {};
  if (identity.role === "COOP_MANAGER" && identity.coopId) return { cooperativeId: identity.coopId };
  return null;
}

/**
 * Who reads a cooperative's 30% verdict (head counts, no person): staff, inclusion operators,
 * services (procurement checks reserved contracts) and the cooperative's own manager.
 */
export function canReadComplianceOf(identity: Identity | null, cooperativeId: string): boolean {
  if (!identity) return false;
  if (identity.role === "ADMIN" || identity.role === "INCLUSION_OPERATOR" || identity.role === "SERVICE") return true;
  return identity.role === "COOP_MANAGER" && identity.coopId === cooperativeId;
}
