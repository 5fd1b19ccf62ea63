import type { Identity } from "@coopgraph/identity";
import type { Prisma } from "../db";

/**
 * Awarded contracts and who executes them are public data: staff, services, analysts and partners
 * read them all. A cooperative's manager reads the contracts assigned to their cooperative and
 * their own assignments. Inclusion operators have no business here.
 */
export function canSeeAllContracts(identity: Identity | null): boolean {
  const role = identity?.role;
  return role === "ADMIN" || role === "SERVICE" || role === "ANALYST" || role === "PARTNER";
}

/** May this caller see this cooperative's assignments (and what it executes)? */
export function canSeeAssignmentsOf(identity: Identity | null, cooperativeId: string): boolean {
  return canSeeAllContracts(identity) || (identity?.role === "COOP_MANAGER" && identity.coopId === cooperativeId);
}

/** The contracts this caller may see, as a Prisma condition. */
export function visibleContracts(identity: Identity | null): Prisma.ContractWhereInput {
  if (canSeeAllContracts(identity)) return {};
  if (identity?.role === "COOP_MANAGER" && identity.coopId) return { assignments: { some: { cooperativeId: identity.coopId } } };
  return { id: { in: [] } };
}

/** Whether a contract with these assignees is visible to this caller. */
export function canSeeContract(identity: Identity | null, assignees: readonly { cooperativeId: string }[]): boolean {
  return canSeeAllContracts(identity) || assignees.some((a) => canSeeAssignmentsOf(identity, a.cooperativeId));
}
