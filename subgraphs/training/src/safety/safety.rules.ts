import type { CooperativeFacts } from "@coopgraph/clients";
import { addDays, today as todayInItaly } from "@coopgraph/kit";
import type { SafetyRiskLevel, SafetyTrainingKind } from "../db";
import { hundredths } from "../hours";
import { safetyTrainingRules, type SafetyRequirement, type SafetyTrainingRules } from "../settings";

/** A certificate of a safety course: a completion of its kind on the day it was issued. */
export interface Completion {
  kind: SafetyTrainingKind;
  completedOn: Date;
}

export type SafetyDueStatus = "MISSING" | "EXPIRED" | "EXPIRING" | "VALID";

export interface SafetyStanding {
  requirement: SafetyRequirement;
  /** The risk class specific training must cover; null when the cooperative's is not recorded (other requirements: null). */
  riskLevel: SafetyRiskLevel | null;
  status: SafetyDueStatus;
  /** The latest completion that counts, if any. */
  lastCompletedOn: Date | null;
  /** By when it must be done: a new worker's deadline when missing, else the day the last completion stops being valid. */
  dueDate: Date;
  /** The course kind to take now; null when the risk class is unknown. */
  kindToTake: SafetyTrainingKind | null;
  /** Its minimum hours, in hundredths; null with the kind. */
  hours: bigint | null;
}

const LEVELS: SafetyRiskLevel[] = ["LOW", "MEDIUM", "HIGH"];
const SPECIFIC_KIND: Record<SafetyRiskLevel, SafetyTrainingKind> = { LOW: "SPECIFIC_LOW_RISK", MEDIUM: "SPECIFIC_MEDIUM_RISK", HIGH: "SPECIFIC_HIGH_RISK" };
const FIRST_TIME: Record<SafetyRequirement, SafetyTrainingKind | null> = { GENERAL: "GENERAL", SPECIFIC: null, FIRST_AID: "FIRST_AID", FIRE_WARDEN: "FIRE_WARDEN" };
const REFRESHER: Record<SafetyRequirement, SafetyTrainingKind | null> = {
  GENERAL: null,
  SPECIFIC: "SPECIFIC_REFRESHER",
  FIRST_AID: "FIRST_AID_REFRESHER",
  FIRE_WARDEN: "FIRE_WARDEN_REFRESHER",
};

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: Date, years: number): Date {
  const year = date.getUTCFullYear() + years;
  const lastOfMonth = new Date(Date.UTC(year, date.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, date.getUTCMonth(), Math.min(date.getUTCDate(), lastOfMonth)));
}

/**
 * Until when a completion of `kind` on `completedOn` is valid; null: it never expires. The period
 * in force today applies, counted from the day of the completion (a new decree's period applies to
 * training done before it, as D.M. 2/09/2021 does for fire wardens).
 */
export function completionValidUntil(kind: SafetyTrainingKind, completedOn: Date, rules: SafetyTrainingRules = safetyTrainingRules.at(todayInItaly())): Date | null {
  const years = rules.validityYears[rules.kinds[kind].requirement];
  return years == null ? null : addYears(completedOn, years);
}

/**
 * Where a worker stands with each mandatory safety training on `today`, looking `withinDays`
 * ahead. Everyone needs general training (it never expires) and specific training for their
 * cooperative's risk class (a higher class covers a lower one), renewed by a refresher within
 * each validity period; designated first-aid and fire-warden workers (those who hold such training)
 * renew theirs too. A refresher renews specific training already done; it does not replace it.
 */
export function safetyStanding(
  person: { startDate: Date },
  completions: readonly Completion[],
  riskLevel: SafetyRiskLevel | null,
  today: Date,
  withinDays: number,
  rules: SafetyTrainingRules = safetyTrainingRules.at(today),
): SafetyStanding[] {
  const newWorkerDue = addDays(person.startDate, rules.newWorkerDays);
  const horizon = addDays(today, withinDays);
  const ofRequirement = (requirement: SafetyRequirement) => completions.filter((c) => rules.kinds[c.kind].requirement === requirement);
  const covers = (c: Completion) => {
    const level = rules.kinds[c.kind].riskLevel;
    return riskLevel == null || (level != null && LEVELS.indexOf(level) >= LEVELS.indexOf(riskLevel));
  };

  const standing = (requirement: SafetyRequirement, counted: Completion[], level: SafetyRiskLevel | null): SafetyStanding => {
    const latest = counted.reduce<Date | null>((last, c) => (last && last >= c.completedOn ? last : c.completedOn), null);
    const missingKind = requirement === "SPECIFIC" ? (level ? SPECIFIC_KIND[level] : null) : FIRST_TIME[requirement];
    if (!latest) {
      return { requirement, riskLevel: level, status: "MISSING", lastCompletedOn: null, dueDate: newWorkerDue, kindToTake: missingKind, hours: hoursOf(missingKind, rules) };
    }
    const years = rules.validityYears[requirement];
    if (years == null) return { requirement, riskLevel: level, status: "VALID", lastCompletedOn: latest, dueDate: latest, kindToTake: null, hours: null };
    const dueDate = addYears(latest, years);
    const status: SafetyDueStatus = dueDate < today ? "EXPIRED" : dueDate <= horizon ? "EXPIRING" : "VALID";
    const kind = REFRESHER[requirement];
    return { requirement, riskLevel: level, status, lastCompletedOn: latest, dueDate, kindToTake: kind, hours: hoursOf(kind, rules) };
  };

  const result: SafetyStanding[] = [];
  result.push(standing("GENERAL", ofRequirement("GENERAL"), null));

  const specific = ofRequirement("SPECIFIC");
  const basis = specific.filter((c) => !rules.kinds[c.kind].refresher && covers(c));
  const firstBasis = basis.reduce<Date | null>((first, c) => (first && first <= c.completedOn ? first : c.completedOn), null);
  const renewals = firstBasis ? specific.filter((c) => rules.kinds[c.kind].refresher && c.completedOn >= firstBasis) : [];
  result.push(standing("SPECIFIC", [...basis, ...renewals], riskLevel));

  // Designated workers only: whoever holds first-aid or fire-warden training must keep it current.
  for (const requirement of ["FIRST_AID", "FIRE_WARDEN"] as const) {
    const held = ofRequirement(requirement);
    if (held.length > 0) result.push(standing(requirement, held, null));
  }
  return result;
}

function hoursOf(kind: SafetyTrainingKind | null, rules: SafetyTrainingRules): bigint | null {
  return kind ? hundredths(rules.kinds[kind].minimumHours) : null;
}

/** What is due: missing training, and training that has expired or expires within the window. */
export function isDue(standing: SafetyStanding): boolean {
  return standing.status !== "VALID";
}

/**
 * Why a cooperative's risk class cannot be recorded, or null: only a member's is (ACTIVE, or SUSPENDED and
 * still a member); an applicant is not one yet, a rejected, withdrawn or excluded cooperative is not one.
 */
export function riskLevelRefusal(cooperative: Pick<CooperativeFacts, "name" | "status">): string | null {
  if (cooperative.status === "ACTIVE" || cooperative.status === "SUSPENDED") return null;
  return `${cooperative.name} is ${cooperative.status}: a risk class is recorded for member cooperatives only`;
}
