import type { Identity } from "@coopgraph/identity";
import type { Prisma } from "../db";
import { PUBLIC_STATUSES } from "./tender.rules";

/**
 * Tenders are public data once published: every signed-in caller reads them. Drafts (the
 * consortium still deciding whether to bid), internal notes and the status history with the
 * staff's names are for the consortium's staff.
 */
export function canSeeDrafts(identity: Identity | null): boolean {
  return identity?.role === "ADMIN" || identity?.role === "SERVICE";
}

export function canSeeNotes(identity: Identity | null): boolean {
  return identity?.role === "ADMIN";
}

export const canSeeStatusHistory = canSeeDrafts;

/** The tenders this caller may see, as a Prisma condition. */
export function visibleTenders(identity: Identity | null): Prisma.TenderWhereInput {
  return canSeeDrafts(identity) ? {} : { status: { in: [...PUBLIC_STATUSES] } };
}

export function canSeeTender(identity: Identity | null, tender: { status: string }): boolean {
  return canSeeDrafts(identity) || tender.status !== "DRAFT";
}
