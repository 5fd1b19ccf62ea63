import { badInput, isoDate, notInFuture } from "@coopgraph/kit";
import type { GraphQLError } from "graphql";

/** Why a review cannot be dated `date`, or null: not in the future, and within the placement. */
export function reviewDateRefusal(placement: { startDate: Date; endDate: Date | null }, date: Date, now: Date): GraphQLError | null {
  try {
    notInFuture("input.date", date, now);
  } catch (error) {
    return error as GraphQLError;
  }
  if (date < placement.startDate) return badInput("input.date", `the placement started on ${isoDate(placement.startDate)}: a review cannot precede it`);
  if (placement.endDate && date > placement.endDate) return badInput("input.date", `the placement ended on ${isoDate(placement.endDate)}: a review cannot follow it`);
  return null;
}
