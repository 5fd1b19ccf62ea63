import type { Identity } from "@coopgraph/identity";
import { canSeeCooperativeRecords } from "@coopgraph/kit";
import type { CooperativeStatus } from "../db";

/**
 * Who sees what of a cooperative. The directory (name, codes, type, status, seat) is for every
 * signed-in caller; the rest follows these rules.
 */

/**
 * The directory partners and analysts read: members and former members. Applications in progress
 * or turned down (APPLICANT, REJECTED) are the consortium's internal business.
 */
const DIRECTORY_STATUSES: CooperativeStatus[] = ["ACTIVE", "SUSPENDED", "WITHDRAWN", "EXCLUDED"];
const DIRECTORY_ONLY_ROLES = ["PARTNER", "ANALYST"];

/** Whether the caller reads the directory only: then applicants and rejected bodies are not shown. */
export function readsDirectoryOnly(identity: Identity | null): boolean {
  return identity !== null && DIRECTORY_ONLY_ROLES.includes(identity.role);
}

/** Statuses the caller may list: every one for the consortium's own roles; undefined means no limit. */
export function listableStatuses(identity: Identity | null): CooperativeStatus[] | undefined {
  return readsDirectoryOnly(identity) ? DIRECTORY_STATUSES : undefined;
}

/** Whether the caller may see this cooperative at all. */
export function canSeeCooperative(identity: Identity | null, cooperative: { status: CooperativeStatus }): boolean {
  return !readsDirectoryOnly(identity) || DIRECTORY_STATUSES.includes(cooperative.status);
}

/** Share capital, DURC and status history (with who changed it and why): staff, the cooperative's own manager, services. */
export function canSeeBusinessRecords(identity: Identity | null, cooperativeId: string): boolean {
  return canSeeCooperativeRecords(identity, cooperativeId);
}

/** People (personal data): staff, the cooperative's own manager, services and inclusion operators; never analysts or partners. */
export function canSeePeople(identity: Identity | null, cooperativeId: string): boolean {
  return canSeeCooperativeRecords(identity, cooperativeId) || identity?.role === "INCLUSION_OPERATOR";
}
