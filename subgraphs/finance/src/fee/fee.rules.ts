import { addDays, allocate, badInput, isoDate, toCents } from "@coopgraph/kit";
import { divideHalfUp, percentOf } from "../money";

/**
 * Quota consortile, exact to the cent:
 * - a contract's fee is its value times the rate in force on its start date, rounded half up;
 * - each assignee bears a part of that fee in proportion to its assignment's amount (largest
 *   remainder), so the parts add up to the contract's fee exactly when the contract is fully
 *   assigned (an unassigned remainder bears its part too, and nobody is charged for it);
 * - an assignee's fee accrues evenly over the contract's days; a period is charged what accrued in
 *   it, computed as accrued(to) - accrued(day before from), so consecutive periods add up to the
 *   whole fee to the cent whatever their lengths.
 */

const DAY_MS = 86_400_000;

/** The contract's fee: value x rate (percent, e.g. "3.50"), rounded half up to the cent. */
export function contractFeeCents(valueCents: bigint, ratePercent: string): bigint {
  return percentOf(valueCents, toCents(ratePercent));
}

/** Each assignment's part of the contract fee, in the order of `amounts`. */
export function assigneeFeeCents(feeCents: bigint, valueCents: bigint, amounts: readonly bigint[]): bigint[] {
  const assigned = amounts.reduce((sum, amount) => sum + amount, 0n);
  const unassigned = valueCents > assigned ? valueCents - assigned : 0n;
  return allocate(feeCents, [...amounts, unassigned]).slice(0, amounts.length);
}

function days(from: Date, to: Date): bigint {
  return BigInt(Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1);
}

/** How much of `totalCents`, spread evenly over start..end (both included), has accrued by the end of `through`. */
export function accruedCents(totalCents: bigint, start: Date, end: Date, through: Date): bigint {
  if (through.getTime() < start.getTime()) return 0n;
  if (through.getTime() >= end.getTime()) return totalCents;
  return divideHalfUp(totalCents * days(start, through), days(start, end));
}

/** The part of `totalCents` (spread over start..end) that falls in the period from..to. */
export function feeInPeriodCents(totalCents: bigint, start: Date, end: Date, from: Date, to: Date): bigint {
  return accruedCents(totalCents, start, end, to) - accruedCents(totalCents, start, end, addDays(from, -1));
}

/** A fee period: from..to, within one calendar year, over by today. */
export function validateFeePeriod(from: Date, to: Date, today: Date): { from: Date; to: Date } {
  if (to.getTime() < from.getTime()) throw badInput("input.to", `the period cannot end (${isoDate(to)}) before it starts (${isoDate(from)})`);
  if (from.getUTCFullYear() !== to.getUTCFullYear()) throw badInput("input.to", "a fee period lies within one calendar year");
  if (to.getTime() >= today.getTime()) throw badInput("input.to", "fees are invoiced for a period that is over: it must end before today");
  return { from, to };
}

/** Whether two periods share a day. */
export function periodsOverlap(a: { from: Date; to: Date }, b: { from: Date; to: Date }): boolean {
  return a.from.getTime() <= b.to.getTime() && b.from.getTime() <= a.to.getTime();
}

/** A contract as procurement tells it, with its assignees' amounts. */
export interface FeeContract {
  id: string;
  value: string;
  startDate: string;
  endDate: string;
  tender: { cig: string; title: string };
  assignments: { nodes: { cooperative: { id: string }; sharePercent: string; amount: string }[] };
}

export interface FeeCharge {
  contractId: string;
  cig: string;
  title: string;
  ratePercent: string;
  cents: bigint;
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * What each cooperative owes in consortium fees for the period from..to: per contract in
 * execution, its assignee's part of the contract fee that accrued in the period. Contracts that
 * start before any configured rate bear no fee; nothing is charged where nothing accrued.
 */
export function feeCharges(contracts: readonly FeeContract[], from: Date, to: Date, rateOn: (day: Date) => string | null): Map<string, FeeCharge[]> {
  const charges = new Map<string, FeeCharge[]>();
  for (const contract of [...contracts].sort((a, b) => a.tender.cig.localeCompare(b.tender.cig))) {
    const start = dayOf(contract.startDate);
    const end = dayOf(contract.endDate);
    const rate = rateOn(start);
    if (rate === null) continue;
    const value = toCents(contract.value);
    const fee = contractFeeCents(value, rate);
    const assignments = contract.assignments.nodes;
    const parts = assigneeFeeCents(
      fee,
      value,
      assignments.map((a) => toCents(a.amount)),
    );
    assignments.forEach((assignment, i) => {
      const cents = feeInPeriodCents(parts[i], start, end, from, to);
      if (cents <= 0n) return;
      const id = assignment.cooperative.id;
      charges.set(id, [...(charges.get(id) ?? []), { contractId: contract.id, cig: contract.tender.cig, title: contract.tender.title, ratePercent: rate, cents }]);
    });
  }
  return charges;
}

/** The line describing a fee charge on the invoice. */
export function feeLineDescription(charge: FeeCharge, from: Date, to: Date): string {
  // Electronic invoices take Latin-1 text only: a title's other characters are left out.
  const title = charge.title
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, "")
    .slice(0, 300);
  return `Quota consortile ${charge.ratePercent}% - contratto CIG ${charge.cig} "${title}" - periodo ${isoDate(from)} / ${isoDate(to)}`;
}
