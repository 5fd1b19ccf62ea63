import { badInput, type DecimalValue, isoDate } from "@coopgraph/kit";
import type { EnrolmentStatus } from "../db";
import type { Refusal } from "../enrolment/enrolment.rules";
import { formatHours, hoursInput, hundredths } from "../hours";

/** Hours attended at a session: from 0 (absent) to the session's hours, never more. */
export function attendanceHours(field: string, value: string, session: { hours: DecimalValue }): bigint {
  const max = hundredths(session.hours);
  const hours = hoursInput(field, value, { positive: false, max: 999_999n });
  if (hours > max) throw badInput(field, `attendance cannot exceed the session's ${formatHours(max)} hours`);
  return hours;
}

/** Only a participant holding a seat attends. */
export function attendanceRefusal(status: EnrolmentStatus): string | null {
  if (status === "ENROLLED") return null;
  return `only ENROLLED participants attend; this enrolment is ${status}`;
}

/** The session must be one of the enrolment's course and must have taken place. */
export function sessionRefusal(session: { courseId: string; number: number; date: Date } | null, courseId: string, today: Date): string | null {
  if (!session || session.courseId !== courseId) return "this is not a session of the enrolment's course";
  if (session.date.getTime() > today.getTime()) return `session ${session.number} is on ${isoDate(session.date)}: attendance is recorded on or after its day`;
  return null;
}

/**
 * A session's attendance is recorded once; recording it again is a correction, which says why
 * (the hours before are kept in its history). Nothing is replaced silently.
 */
export function recordingRefusal(existing: { hours: DecimalValue } | null, correctionReason: string | null, session: { number: number }): Refusal | null {
  if (existing && !correctionReason) {
    return {
      code: "CONFLICT",
      field: "input.sessionId",
      message: `attendance at session ${session.number} is already recorded (${formatHours(hundredths(existing.hours))} hours): to correct it, give a correctionReason`,
    };
  }
  if (!existing && correctionReason) {
    return { code: "BAD_USER_INPUT", field: "input.correctionReason", message: `nothing to correct: no attendance at session ${session.number} is recorded yet` };
  }
  return null;
}

export type CertificateStep = { kind: "ISSUE" } | { kind: "NONE" } | { kind: "REFUSE"; message: string };

/**
 * A certificate is issued the moment attended hours reach the required hours, never before, and
 * once. A correction may not take an issued certificate's hours below the requirement.
 */
export function certificateStep(attended: bigint, required: bigint, hasCertificate: boolean): CertificateStep {
  if (hasCertificate) {
    if (attended >= required) return { kind: "NONE" };
    return {
      kind: "REFUSE",
      message: `a certificate was issued for ${formatHours(required)} required hours; this correction would leave ${formatHours(attended)} attended`,
    };
  }
  return attended >= required ? { kind: "ISSUE" } : { kind: "NONE" };
}
