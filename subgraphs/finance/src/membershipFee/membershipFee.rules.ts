import type { CooperativeFacts } from "@coopgraph/clients";
import { badInput } from "@coopgraph/kit";
import type { DatedSetting } from "@coopgraph/kit";

/** The year of a membership fee: a whole year the fee is configured for, not after next year. */
export function validateFeeYear(year: number, amounts: DatedSetting<string>, today: Date): number {
  if (!Number.isInteger(year)) throw badInput("input.year", "give a year such as 2026");
  // Compared as numbers: as text, year 300 would sort after 2015.
  if (year < Number(amounts.firstDay.slice(0, 4)) || !amounts.covers(`${year}-01-01`))
    throw badInput("input.year", `membership fees are configured from ${amounts.firstDay.slice(0, 4)}`);
  if (year > today.getUTCFullYear() + 1) throw badInput("input.year", "a membership fee can be recorded at most for next year");
  return year;
}

/** The yearly fee: the amount in force on 1 January of the year. */
export function membershipFeeOf(year: number, amounts: DatedSetting<string>): string {
  return amounts.at(`${year}-01-01`);
}

/** Members pay the quota associativa; applicants and rejected bodies are not members. */
export function membershipFeeRefusal(coop: Pick<CooperativeFacts, "name" | "status">): string | null {
  if (coop.status === "APPLICANT" || coop.status === "REJECTED") return `${coop.name} is ${coop.status}: only members pay the membership fee`;
  return null;
}
