import type { Identity } from "@coopgraph/identity";
import { canSeeCooperativeRecords } from "@coopgraph/kit";
import type { Prisma } from "../db";

/**
 * Who is enrolled, and how they attend, is the business of the consortium's staff (and services)
 * and of each person's own cooperative: a cooperative's manager enrols and reads their own
 * people only. Partners and analysts read the catalogue and aggregates, never a person's enrolments.
 */
export function canSeeEnrolmentsOf(identity: Identity | null, cooperativeId: string): boolean {
  return canSeeCooperativeRecords(identity, cooperativeId);
}

export function canSeeAllEnrolments(identity: Identity | null): boolean {
  return identity?.role === "ADMIN" || identity?.role === "SERVICE";
}

/** Reads enrolments at all: staff and services all of them, a cooperative's manager their own people's. */
export function readsEnrolments(identity: Identity | null): boolean {
  return canSeeAllEnrolments(identity) || identity?.role === "COOP_MANAGER";
}

/** Enrols and cancels people of this cooperative, records its risk class: staff for any cooperative, a manager for their own. */
export function canManageTrainingOf(identity: Identity, cooperativeId: string): boolean {
  return identity.role === "ADMIN" || (identity.role === "COOP_MANAGER" && identity.coopId === cooperativeId);
}

/** The enrolments this caller may see, as a Prisma condition. */
export function visibleEnrolments(identity: Identity | null): Prisma.EnrolmentWhereInput {
  if (canSeeAllEnrolments(identity)) return {};
  if (identity?.role === "COOP_MANAGER" && identity.coopId) return { cooperativeId: identity.coopId };
  return { id: { in: [] } };
}

/** Only those of `rows` this caller may see. */
export function onlyVisible<T extends { cooperativeId: string }>(identity: Identity | null, rows: readonly T[]): T[] {
  return canSeeAllEnrolments(identity) ? [...rows] : rows.filter((row) => canSeeEnrolmentsOf(identity, row.cooperativeId));
}

/** The enrolment if this caller may see it, else null. */
export function visibleEnrolment<T extends { cooperativeId: string }>(identity: Identity | null, enrolment: T | null): T | null {
  return enrolment && canSeeEnrolmentsOf(identity, enrolment.cooperativeId) ? enrolment : null;
}
