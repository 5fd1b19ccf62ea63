import { appError, badInput, conflict, isUuid, notFound, optionalText } from "@coopgraph/kit";
import type { TrainingCommand } from "../context";
import type { AttendanceRow } from "../db";
import { issueCertificate } from "../certificate/certificate.commands";
import { requiredHours } from "../course/course.rules";
import { formatHours, hundredths } from "../hours";
import { attendanceHours, attendanceRefusal, certificateStep, recordingRefusal, sessionRefusal } from "./attendance.rules";

export interface AttendanceCommandInput {
  enrolmentId: string;
  sessionId: string;
  hours: string;
  correctionReason?: string | null;
  today: Date;
}

/**
 * Records (or, with a reason, corrects) the hours of one session for an enrolment, under a row
 * lock on the enrolment, so that its recordings run one after the other and against a cancellation.
 * The moment its attended hours reach the course's required hours, its certificate is issued in
 * the same transaction, once.
 */
export const recordAttendance: TrainingCommand<AttendanceCommandInput, AttendanceRow> = async (tx, caller, input) => {
  const locked = isUuid(input.enrolmentId) ? await tx.$queryRaw<{ id: string }[]>`SELECT "id"::text FROM "Enrolment" WHERE "id" = ${input.enrolmentId}::uuid FOR UPDATE` : [];
  if (locked.length === 0) throw notFound("enrolment", input.enrolmentId);
  const enrolment = await tx.enrolment.findUniqueOrThrow({ where: { id: input.enrolmentId }, include: { course: true, certificate: { select: { id: true } } } });
  const notAttending = attendanceRefusal(enrolment.status);
  if (notAttending) throw conflict(notAttending, { field: "input.enrolmentId" });

  const session = isUuid(input.sessionId) ? await tx.courseSession.findUnique({ where: { id: input.sessionId } }) : null;
  const wrongSession = sessionRefusal(session, enrolment.courseId, input.today);
  if (wrongSession) throw badInput("input.sessionId", wrongSession);
  const hours = formatHours(attendanceHours("input.hours", input.hours, session!));
  const reason = optionalText("input.correctionReason", input.correctionReason, 500);

  const key = { enrolmentId_sessionId: { enrolmentId: enrolment.id, sessionId: session!.id } };
  const existing = await tx.attendance.findUnique({ where: key });
  const refusal = recordingRefusal(existing, reason, session!);
  if (refusal) throw appError(refusal.code, refusal.message, { field: refusal.field });

  const attendance = existing
    ? await tx.attendance.update({ where: key, data: { hours, recordedBy: caller.sub, recordedAt: new Date() } })
    : await tx.attendance.create({ data: { enrolmentId: enrolment.id, sessionId: session!.id, hours, recordedBy: caller.sub } });
  await tx.attendanceChange.create({ data: { attendanceId: attendance.id, previousHours: existing?.hours ?? null, hours, reason, changedBy: caller.sub } });

  const total = await tx.attendance.aggregate({ where: { enrolmentId: enrolment.id }, _sum: { hours: true } });
  const attended = total._sum.hours ? hundredths(total._sum.hours) : 0n;
  const step = certificateStep(attended, requiredHours(enrolment.course), enrolment.certificate !== null);
  if (step.kind === "REFUSE") throw conflict(step.message, { field: "input.hours" });
  if (step.kind === "ISSUE") await issueCertificate(tx, caller, { enrolment, course: enrolment.course, attended, on: input.today });
  return attendance;
};
