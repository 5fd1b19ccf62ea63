import { allocate, badInput, daysPerYear, formatCents, isoDate, isUuid, MAX_PAGE_SIZE, percentHundredths } from "@coopgraph/kit";
import type { TenderProcedure, TenderStatus } from "../db";
import type { CooperativeFacts, InclusionVerdict } from "@coopgraph/clients";
import { TYPE_B_PROCEDURES } from "../tender/tender.rules";

const PROCEDURE_NAMES: Partial<Record<TenderProcedure, string>> = {
  CONVENZIONE_ART5: "a convenzione art. 5 (Law 381/1991)",
  RESERVED_CONTRACT: "a reserved contract (D.Lgs. 36/2023 art. 61)",
};

/** Whether assigning this procedure needs inclusion's 30% verdict on each assignee. */
export function needsInclusionVerdict(procedure: TenderProcedure): boolean {
  return TYPE_B_PROCEDURES.includes(procedure);
}

/** The month (YYYY-MM) whose 30% verdict an assignment on `onDate` is judged by. */
export function verdictMonth(onDate: Date): string {
  return isoDate(onDate).slice(0, 7);
}

/**
 * Why this cooperative cannot be assigned a share of this contract on `onDate`, or null when it
 * can: it must be an ACTIVE member with a DURC valid that day; a convenzione art. 5 or a reserved
 * contract goes to type B (or A+B) cooperatives only, whose disadvantaged workers are at least
 * 30% of their workers in the month of the assignment (Law 381/1991 art. 4, D.Lgs. 36/2023
 * art. 61), as inclusion computes it (`verdict`; asked only for those procedures).
 */
export function assignmentRefusal(coop: CooperativeFacts, contract: { procedure: TenderProcedure }, onDate: Date, verdict?: InclusionVerdict | null): string | null {
  if (coop.status !== "ACTIVE") return `${coop.name} is ${coop.status}: only ACTIVE members can be assigned a contract`;
  if (!coop.hasValidDurc) {
    return `${coop.name} has no valid DURC on ${isoDate(onDate)}: a cooperative without a valid DURC cannot be assigned a contract`;
  }
  if (TYPE_B_PROCEDURES.includes(contract.procedure) && coop.type !== "B" && coop.type !== "AB") {
    return `${coop.name} is a type ${coop.type} cooperative: ${PROCEDURE_NAMES[contract.procedure]} goes to type B or AB cooperatives only`;
  }
  if (needsInclusionVerdict(contract.procedure)) {
    const month = verdictMonth(onDate);
    if (!verdict) return `inclusion gave no 30% verdict on ${coop.name} for ${month}: ${PROCEDURE_NAMES[contract.procedure]} needs one`;
    if (!verdict.compliant) {
      return `${coop.name} has ${verdict.disadvantagedWorkers} disadvantaged workers among ${verdict.workers} in ${month}: ${PROCEDURE_NAMES[contract.procedure]} needs at least 30% (Law 381/1991 art. 4)`;
    }
  }
  return null;
}

export interface RequestedShare {
  /** Lower case. */
  cooperativeId: string;
  /** Hundredths of a percent. */
  share: bigint;
}

/**
 * The shares asked for, checked before anyone is asked anything: one to 100 cooperatives, each
 * named once by its id, each share a percentage with at most two decimals.
 */
export function validateShares(assignments: readonly { cooperativeId: string; sharePercent: string }[]): RequestedShare[] {
  if (assignments.length === 0) throw badInput("input.assignments", "name at least one cooperative");
  if (assignments.length > MAX_PAGE_SIZE) throw badInput("input.assignments", `a contract can be assigned to at most ${MAX_PAGE_SIZE} cooperatives`);
  const seen = new Set<string>();
  return assignments.map((a, i) => {
    const field = `input.assignments.${i}.cooperativeId`;
    if (!isUuid(a.cooperativeId)) throw badInput(field, "this is not the id of a cooperative");
    const cooperativeId = a.cooperativeId.toLowerCase();
    if (seen.has(cooperativeId)) throw badInput(field, "this cooperative is listed twice");
    seen.add(cooperativeId);
    return { cooperativeId, share: percentHundredths(`input.assignments.${i}.sharePercent`, a.sharePercent) };
  });
}

/** A contract is assigned while its tender is AWARDED; once signed, its assignments are fixed. */
export function assignableRefusal(tenderStatus: TenderStatus): string | null {
  if (tenderStatus === "AWARDED") return null;
  return `a contract is assigned while its tender is AWARDED; this one is ${tenderStatus}`;
}

export type SharesRefusal = { kind: "CONFLICT"; message: string } | { kind: "BAD_USER_INPUT"; message: string };

/**
 * A contract is assigned in full: the shares asked for, with those already assigned, must add up
 * to exactly 100% (in hundredths of a percent, exact). A contract already assigned in full is a
 * CONFLICT (of two concurrent assignments, the second one finds it so).
 */
export function sharesRefusal(alreadyAssigned: bigint, requested: readonly bigint[]): SharesRefusal | null {
  if (alreadyAssigned >= 10_000n) return { kind: "CONFLICT", message: "this contract is already assigned in full (100%)" };
  const asked = requested.reduce((sum, share) => sum + share, 0n);
  if (alreadyAssigned + asked === 10_000n) return null;
  const remaining = 10_000n - alreadyAssigned;
  return {
    kind: "BAD_USER_INPUT",
    message:
      alreadyAssigned === 0n
        ? `the shares add up to ${formatCents(asked)}%: a contract is assigned in full, so they must add up to exactly 100%`
        : `with ${formatCents(alreadyAssigned)}% already assigned, the shares must add up to exactly ${formatCents(remaining)}%; they add up to ${formatCents(asked)}%`,
  };
}

/** Total of the shares, in hundredths of a percent. */
export function assignedHundredths(shares: readonly bigint[]): bigint {
  return shares.reduce((sum, share) => sum + share, 0n);
}

/**
 * Each assignee's part of the contract value, in cents, in the order of `shares`: proportional to
 * its share, and adding up to the value exactly when the shares are 100% (largest remainder).
 */
export function assignmentAmounts(valueCents: bigint, shares: readonly bigint[]): bigint[] {
  const assigned = assignedHundredths(shares);
  const covered = (valueCents * assigned) / 10_000n;
  return allocate(covered, shares);
}

/**
 * The part of `amountCents` executed in `year`: the amount spread over the contract's days from
 * start to end (both included), split across the years exactly to the cent.
 */
export function amountInYear(amountCents: bigint, start: Date, end: Date, year: number): bigint {
  const days = daysPerYear(start, end);
  const years = [...days.keys()];
  const index = years.indexOf(year);
  if (index < 0) return 0n;
  return allocate(
    amountCents,
    years.map((y) => days.get(y)!),
  )[index];
}
