import type { PersonFacts } from "@coopgraph/clients";
import { appError, conflict, isUniqueViolation, isUuid, notFound, optionalText, parseDate } from "@coopgraph/kit";
import type { Tx, TrainingCommand } from "../context";
import type { EnrolmentRow } from "../db";
import { courseEndedRefusal } from "../course/course.rules";
import { canManageTrainingOf } from "./enrolment.access";
import { cancellationRefusal, enrolmentRefusal, seatFor, type Refusal } from "./enrolment.rules";

function refused(refusal: Refusal): never {
  throw appError(refusal.code, refusal.message, { field: refusal.field });
}

interface LockedCourse {
  seats: number;
  seatsTaken: number;
  requestSequence: number;
  endDate: string;
}

/**
 * Locks the course row until the transaction ends (SELECT ... FOR UPDATE): enrolments and
 * cancellations of one course run one after the other, each seeing the seats the one before left.
 */
async function lockCourse(tx: Tx, courseId: string): Promise<LockedCourse | null> {
  if (!isUuid(courseId)) return null;
  const rows = await tx.$queryRaw<LockedCourse[]>`
    SELECT "seats", "seatsTaken", "requestSequence", "endDate"::text AS "endDate"
    FROM "Course" WHERE "id" = ${courseId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export interface EnrolCommandInput {
  courseId: string;
  /** What membership said of the person just before (null: it knows no such person). */
  person: PersonFacts | null;
  /** The region of the person's cooperative's seat, as membership said. */
  region: string;
  today: Date;
}

/**
 * Enrols a person: under the course's row lock, a seat while `seatsTaken < seats`, else the
 * waiting list. The request number (and `requestedAt`, the database clock when the row is
 * written) record the order in which requests got the lock, which is the waiting list's order.
 * A person holds at most one live enrolment per course.
 */
export const enrol: TrainingCommand<EnrolCommandInput, EnrolmentRow> = async (tx, caller, input) => {
  const refusal = enrolmentRefusal(input.person, caller, input.today);
  if (refusal) refused(refusal);
  const person = input.person!;

  const course = await lockCourse(tx, input.courseId);
  if (!course) throw notFound("course", input.courseId);
  const ended = courseEndedRefusal({ endDate: parseDate(course.endDate)! }, input.today);
  if (ended) throw conflict(ended, { field: "input.courseId" });
  const live = await tx.enrolment.findFirst({ where: { courseId: input.courseId, personId: person.id, live: true }, select: { status: true } });
  if (live) throw conflict(`${person.firstName} ${person.lastName} is already ${live.status} on this course`, { field: "input.personId" });

  const status = seatFor(course);
  const requestNumber = course.requestSequence + 1;
  await tx.course.update({
    where: { id: input.courseId },
    data: { requestSequence: requestNumber, ...(status === "ENROLLED" ? { seatsTaken: { increment: 1 } } : {}) },
  });
  try {
    return await tx.enrolment.create({
      data: {
        courseId: input.courseId,
        personId: person.id,
        cooperativeId: person.cooperative.id,
        region: input.region,
        status,
        requestNumber,
        requestedBy: caller.sub,
        statusChanges: {
          create: { fromStatus: null, toStatus: status, changedBy: caller.sub, reason: status === "ENROLLED" ? "a seat was free" : "every seat was taken" },
        },
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`${person.firstName} ${person.lastName} is already enrolled on this course`, { field: "input.personId" });
    throw error;
  }
};

export interface CancelCommandInput {
  enrolmentId: string;
  reason?: string | null;
  today: Date;
}

export interface Cancellation {
  cancelled: EnrolmentRow;
  /** The first on the waiting list, who got the freed seat. */
  promoted: EnrolmentRow | null;
}

/**
 * Cancels an enrolment under the course's row lock. A freed seat goes, in the same transaction,
 * to the first WAITLISTED (lowest request number); with nobody waiting the seat is free again.
 */
export const cancelEnrolment: TrainingCommand<CancelCommandInput, Cancellation> = async (tx, caller, input) => {
  const reason = optionalText("input.reason", input.reason, 500);
  const found = isUuid(input.enrolmentId) ? await tx.enrolment.findUnique({ where: { id: input.enrolmentId }, select: { courseId: true } }) : null;
  if (!found) throw notFound("enrolment", input.enrolmentId);
  const course = (await lockCourse(tx, found.courseId))!;
  // Read again under the lock: a cancellation or promotion may have committed meanwhile.
  const enrolment = await tx.enrolment.findUniqueOrThrow({ where: { id: input.enrolmentId }, include: { certificate: { select: { id: true } } } });
  // A manager sees, and so cancels, only their own cooperative's enrolments; anyone else's is not found.
  if (!canManageTrainingOf(caller, enrolment.cooperativeId)) throw notFound("enrolment", input.enrolmentId);
  const ended = courseEndedRefusal({ endDate: parseDate(course.endDate)! }, input.today);
  if (ended) throw conflict(ended, { field: "input.enrolmentId" });
  const refusal = cancellationRefusal(enrolment, enrolment.certificate !== null);
  if (refusal) throw conflict(refusal, { field: "input.enrolmentId" });

  const cancelled = await tx.enrolment.update({
    where: { id: enrolment.id },
    data: {
      status: "CANCELLED",
      live: null,
      statusChanges: { create: { fromStatus: enrolment.status, toStatus: "CANCELLED", changedBy: caller.sub, reason } },
    },
  });
  if (enrolment.status !== "ENROLLED") return { cancelled, promoted: null };

  const next = await tx.enrolment.findFirst({ where: { courseId: enrolment.courseId, status: "WAITLISTED" }, orderBy: { requestNumber: "asc" } });
  if (!next) {
    await tx.course.update({ where: { id: enrolment.courseId }, data: { seatsTaken: { decrement: 1 } } });
    return { cancelled, promoted: null };
  }
  // The seat passes straight to the first waiting: seatsTaken does not change.
  const promoted = await tx.enrolment.update({
    where: { id: next.id },
    data: {
      status: "ENROLLED",
      statusChanges: { create: { fromStatus: "WAITLISTED", toStatus: "ENROLLED", changedBy: caller.sub, reason: `took the seat freed by enrolment ${enrolment.id}` } },
    },
  });
  return { cancelled, promoted };
};
