import { DecimalScalar, execute, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context";
import { courseById, sessionById } from "../course/course.loaders";
import { requiredHours } from "../course/course.rules";
import { CourseSession } from "../course/course.type";
import type { AttendanceChangeRow, AttendanceRow, CourseSessionRow, EnrolmentRow } from "../db";
import { enrolmentById } from "../enrolment/enrolment.loaders";
import { Enrolment } from "../enrolment/enrolment.type";
import { formatHours, hundredths } from "../hours";
import { recordAttendance } from "./attendance.commands";
import { RecordAttendanceInput } from "./attendance.inputs";
import { attendanceByEnrolment, changesByAttendance } from "./attendance.loaders";
import { Attendance, AttendanceChange } from "./attendance.type";

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => CourseSession)
  async session(@Root() attendance: AttendanceRow, @Ctx() ctx: TrainingContext): Promise<CourseSessionRow> {
    return (await sessionById(ctx).load(attendance.sessionId))!;
  }

  @FieldResolver(() => Enrolment)
  async enrolment(@Root() attendance: AttendanceRow, @Ctx() ctx: TrainingContext): Promise<EnrolmentRow> {
    return (await enrolmentById(ctx).load(attendance.enrolmentId))!;
  }

  @FieldResolver(() => [AttendanceChange], { description: "Every recording, the first and each correction, oldest first." })
  history(@Root() attendance: AttendanceRow, @Ctx() ctx: TrainingContext): Promise<AttendanceChangeRow[]> {
    return changesByAttendance(ctx).load(attendance.id);
  }

  @Mutation(() => Attendance, {
    description:
      "Records the hours an ENROLLED participant attended a session (at most the session's); a session already recorded is corrected only with a correctionReason. Issues the certificate the moment attended hours reach the course's threshold. Staff only.",
  })
  @Authorized("ADMIN")
  recordAttendance(@Ctx() ctx: TrainingContext, @Arg("input") input: RecordAttendanceInput): Promise<AttendanceRow> {
    return execute(ctx, recordAttendance, { ...input, today: today() });
  }
}

/** Attendance on the enrolment. */
@Resolver(() => Enrolment)
export class EnrolmentAttendanceResolver {
  @FieldResolver(() => [Attendance], { description: "Its attendance, session by session (a course has few sessions)." })
  attendance(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext): Promise<AttendanceRow[]> {
    return attendanceByEnrolment(ctx).load(enrolment.id);
  }

  @FieldResolver(() => DecimalScalar, { description: "Hours attended so far." })
  async attendedHours(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext): Promise<string> {
    const rows = await attendanceByEnrolment(ctx).load(enrolment.id);
    return formatHours(rows.reduce((sum, row) => sum + hundredths(row.hours), 0n));
  }

  @FieldResolver(() => DecimalScalar, { description: "Hours to attend for the certificate." })
  async requiredHours(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext): Promise<string> {
    return formatHours(requiredHours((await courseById(ctx).load(enrolment.courseId))!));
  }
}
