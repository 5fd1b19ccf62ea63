import { canSeeCooperativeRecords } from "@coopgraph/kit";
import type { Identity } from "@coopgraph/identity";

/**
 * Who sees what of a cooperative. The directory (name, codes, type, status, seat) is for every
 * signed-in caller; the rest follows these rules.
 */

/** Share capital, DURC and status history: staff, the cooperative's own manager, services, analysts. */
export function canSeeBusinessRecords(identity: Identity | null, cooperativeId: string): boolean {
  return canSeeCooperativeRecords(identity, cooperativeId) || identity?.role === "ANALYST";
}

/** People (personal data): staff, the cooperative's own manager, services and inclusion operators; never analysts or partners. */
export function canSeePeople(identity: Identity | null, cooperativeId: string): boolean {
  return canSeeCooperativeRecords(identity, cooperativeId) || identity?.role === "INCLUSION_OPERATOR";
}
