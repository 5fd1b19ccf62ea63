import { badInput, type DecimalValue, formatCents, isoDate, notInFuture, positiveAmount, toCents } from "@coopgraph/kit";
import { convenzioneRefusal, type ConvenzioneFacts } from "../tender/tender.rules";

export interface AwardInput {
  value: string;
  startDate: Date;
  endDate: Date;
  awardedOn?: Date | null;
}

export interface ValidAward {
  value: string;
  startDate: Date;
  endDate: Date;
  awardedOn: Date;
}

/**
 * The contract of an award: a positive value not above the tender's base amount (the winning
 * offer is a discount on it), an execution period that ends after it starts, an award date not in
 * the future; a convenzione art. 5 must still be below the EU threshold on the award date.
 */
export function validateAward(input: AwardInput, tender: ConvenzioneFacts & { baseAmount: DecimalValue }, now: Date): ValidAward {
  const value = positiveAmount("input.value", input.value);
  if (toCents(value) > toCents(tender.baseAmount)) {
    throw badInput("input.value", `the awarded value cannot exceed the tender's base amount of ${formatCents(toCents(tender.baseAmount))}`);
  }
  if (input.endDate.getTime() < input.startDate.getTime()) {
    throw badInput("input.endDate", `the contract cannot end (${isoDate(input.endDate)}) before it starts (${isoDate(input.startDate)})`);
  }
  const awardedOn = notInFuture("input.awardedOn", input.awardedOn ?? now, now);
  const refusal = convenzioneRefusal(tender, value, awardedOn, "input.value");
  if (refusal) throw badInput(refusal.field, refusal.message);
  return { value, startDate: input.startDate, endDate: input.endDate, awardedOn };
}

/**
 * A contract is signed once its execution is assigned in full: the consortium names the member
 * cooperatives that execute it (its consorziate esecutrici) before it signs.
 */
export function signingRefusal(assignedHundredths: bigint): string | null {
  if (assignedHundredths === 10_000n) return null;
  return `the contract's assignments add up to ${formatCents(assignedHundredths)}%: assign it in full (exactly 100%) before it is signed`;
}
