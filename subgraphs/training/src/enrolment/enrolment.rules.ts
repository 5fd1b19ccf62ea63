import type { PersonFacts } from "@coopgraph/clients";
import type { Identity } from "@coopgraph/identity";
import type { ErrorCode } from "@coopgraph/kit";
import { isoDate } from "@coopgraph/kit";
import type { EnrolmentStatus } from "../db";
import { canManageTrainingOf } from "./enrolment.access";

/** Why a write is refused, as plain data: the command turns it into the error a client sees. */
export interface Refusal {
  code: Extract<ErrorCode, "BAD_USER_INPUT" | "FORBIDDEN" | "CONFLICT">;
  field: string;
  message: string;
}

/**
 * May `caller` enrol this person on `today`? Membership must know them (the facts it gave);
 * a cooperative's manager enrols their own people only; the person's cooperative must be an
 * ACTIVE member, and the person must not have left it.
 */
export function enrolmentRefusal(person: PersonFacts | null, caller: Identity, today: Date): Refusal | null {
  const field = "input.personId";
  if (!person) return { code: "BAD_USER_INPUT", field, message: "no person of a member cooperative has this id" };
  if (!canManageTrainingOf(caller, person.cooperative.id)) {
    return { code: "FORBIDDEN", field, message: "a cooperative manager enrols people of their own cooperative only" };
  }
  const name = `${person.firstName} ${person.lastName}`;
  if (person.cooperative.status !== "ACTIVE") {
    return {
      code: "CONFLICT",
      field,
      message: `${name}'s cooperative ${person.cooperative.name} is ${person.cooperative.status}: only people of ACTIVE member cooperatives can be enrolled`,
    };
  }
  if (person.endDate && person.endDate < isoDate(today)) {
    return { code: "CONFLICT", field, message: `${name} left ${person.cooperative.name} on ${person.endDate}: only its current people can be enrolled` };
  }
  return null;
}

/** A seat while seats last, else the waiting list. */
export function seatFor(course: { seats: number; seatsTaken: number }): Extract<EnrolmentStatus, "ENROLLED" | "WAITLISTED"> {
  return course.seatsTaken < course.seats ? "ENROLLED" : "WAITLISTED";
}

/** Why an enrolment cannot be cancelled, or null: a certificate is a record of what was done. */
export function cancellationRefusal(enrolment: { status: EnrolmentStatus }, hasCertificate: boolean): string | null {
  if (enrolment.status === "CANCELLED") return "this enrolment is already cancelled";
  if (hasCertificate) return "this enrolment has a certificate: the course was completed and stays on record";
  return null;
}

/** Place on the waiting list (1 = next to get a seat) among the course's WAITLISTED, in request order. */
export function waitingListPosition(enrolmentId: string, waitlistInOrder: readonly { id: string }[]): number | null {
  const at = waitlistInOrder.findIndex((e) => e.id === enrolmentId);
  return at < 0 ? null : at + 1;
}
