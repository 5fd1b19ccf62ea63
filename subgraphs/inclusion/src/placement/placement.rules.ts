import type { CooperativeFacts, PersonFacts } from "@coopgraph/clients";
import { badInput, conflict, formatCents, isoDate, isUuid, notInFuture, positiveAmount, requiredText, toCents } from "@coopgraph/kit";
import type { GraphQLError } from "graphql";
import type { DisadvantageCategory, PlacementKind, ReferringService } from "../db";
import { disadvantagedWorkerShare, maximumWeeklyHours } from "../settings";

/** A placement to start, validated and normalised. */
export interface PlacementStart {
  personId: string;
  cooperativeId: string;
  category: DisadvantageCategory;
  referringService: ReferringService;
  certificationReference: string;
  certificationDate: Date;
  kind: PlacementKind;
  monthlyStipend: string | null;
  hoursPerWeek: number;
  role: string;
  tutor: string;
  startDate: Date;
  goals: string[];
}

export const MAX_GOALS = 20;

/** The largest monthly stipend the placement's Decimal(10,2) column holds: 8 digits before the point. */
export const MAX_MONTHLY_STIPEND_CENTS = 9_999_999_999n;

/** Checks what can be checked without asking anyone; throws BAD_USER_INPUT naming the field. */
export function validateStart(input: Omit<PlacementStart, "monthlyStipend"> & { monthlyStipend?: string | null }, now: Date): PlacementStart {
  if (!isUuid(input.personId)) throw badInput("input.personId", "this is not the id of a person");
  if (!isUuid(input.cooperativeId)) throw badInput("input.cooperativeId", "this is not the id of a cooperative");
  if (!disadvantagedWorkerShare.covers(input.startDate)) throw badInput("input.startDate", `placements under Law 381/1991 start from ${disadvantagedWorkerShare.firstDay}`);
  const certificationReference = requiredText("input.certificationReference", input.certificationReference, 100);
  notInFuture("input.certificationDate", input.certificationDate, now);
  if (input.certificationDate > input.startDate) {
    throw badInput("input.certificationDate", `the disadvantage must be certified by the start of the placement (${isoDate(input.startDate)})`);
  }
  const maxHours = maximumWeeklyHours.at(input.startDate);
  if (!Number.isInteger(input.hoursPerWeek) || input.hoursPerWeek < 1 || input.hoursPerWeek > maxHours) {
    throw badInput("input.hoursPerWeek", `hours per week are a whole number from 1 to ${maxHours}`);
  }
  let monthlyStipend: string | null = null;
  if (input.kind === "TRAINEESHIP") {
    if (input.monthlyStipend == null) throw badInput("input.monthlyStipend", "a traineeship (borsa lavoro, tirocinio) has a monthly stipend");
    monthlyStipend = positiveAmount("input.monthlyStipend", input.monthlyStipend);
    if (toCents(monthlyStipend) > MAX_MONTHLY_STIPEND_CENTS) {
      throw badInput("input.monthlyStipend", `a monthly stipend is at most ${formatCents(MAX_MONTHLY_STIPEND_CENTS)} euro`);
    }
  } else if (input.monthlyStipend != null) {
    throw badInput("input.monthlyStipend", "employment has a wage, not a stipend: give a stipend for a traineeship only");
  }
  const role = requiredText("input.role", input.role, 200);
  const tutor = requiredText("input.tutor", input.tutor, 200);
  if (input.goals.length === 0) throw badInput("input.goals", "an individual plan has at least one goal");
  if (input.goals.length > MAX_GOALS) throw badInput("input.goals", `an individual plan has at most ${MAX_GOALS} goals`);
  const goals = input.goals.map((goal, i) => requiredText(`input.goals.${i}`, goal, 500));
  return {
    personId: input.personId.toLowerCase(),
    cooperativeId: input.cooperativeId.toLowerCase(),
    category: input.category,
    referringService: input.referringService,
    certificationReference,
    certificationDate: input.certificationDate,
    kind: input.kind,
    monthlyStipend,
    hoursPerWeek: input.hoursPerWeek,
    role,
    tutor,
    startDate: input.startDate,
    goals,
  };
}

/**
 * Why membership's facts forbid this placement, or null: the person and the cooperative must be
 * known, the person must belong to that cooperative and be there on the first day, the cooperative
 * must be ACTIVE, and employment needs a worker (a volunteer member is not one).
 */
export function placementRefusal(start: PlacementStart, person: PersonFacts | null, cooperative: CooperativeFacts | undefined): GraphQLError | null {
  if (!cooperative) return badInput("input.cooperativeId", "membership knows no cooperative with this id");
  if (!person) return badInput("input.personId", "membership knows no person with this id");
  // No names: the caller may be another cooperative's manager, who must not learn whose person this is.
  if (person.cooperative.id !== start.cooperativeId) return badInput("input.personId", "this person does not belong to this cooperative");
  if (cooperative.status !== "ACTIVE") {
    return conflict(`${cooperative.name} is ${cooperative.status}: placements start in ACTIVE member cooperatives only`, { field: "input.cooperativeId" });
  }
  const startDay = isoDate(start.startDate);
  if (person.startDate > startDay) return badInput("input.startDate", `the person joined the cooperative on ${person.startDate}: the placement cannot start before`);
  if (person.endDate && person.endDate < startDay) return badInput("input.startDate", `the person left the cooperative on ${person.endDate}`);
  if (start.kind === "EMPLOYMENT" && person.role === "VOLUNTEER_MEMBER") {
    return badInput("input.kind", "a volunteer member (socio volontario) is not a worker: employment needs a worker member or an employee; a traineeship does not");
  }
  return null;
}

/** Why this placement cannot end on `endDate`, or null. */
export function endRefusal(placement: { startDate: Date; endDate: Date | null }, endDate: Date, now: Date): GraphQLError | null {
  if (placement.endDate) return conflict(`this placement already ended on ${isoDate(placement.endDate)}`, { field: "input.placementId" });
  try {
    notInFuture("input.endDate", endDate, now);
  } catch (error) {
    return error as GraphQLError;
  }
  if (endDate < placement.startDate) return badInput("input.endDate", `the placement started on ${isoDate(placement.startDate)}: it cannot end before`);
  return null;
}
