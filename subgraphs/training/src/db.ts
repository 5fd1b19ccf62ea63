export { PrismaClient, Prisma } from "./generated/prisma/client";
export type {
  Course as CourseRow,
  CourseSession as CourseSessionRow,
  Enrolment as EnrolmentRow,
  EnrolmentStatusChange as EnrolmentStatusChangeRow,
  Attendance as AttendanceRow,
  AttendanceChange as AttendanceChangeRow,
  Certificate as CertificateRow,
  SafetyRiskAssessment as SafetyRiskAssessmentRow,
} from "./generated/prisma/client";
export { CourseMode, EnrolmentStatus, FundingSource, SafetyRiskLevel, SafetyTrainingKind, TrainingArea } from "./generated/prisma/enums";
