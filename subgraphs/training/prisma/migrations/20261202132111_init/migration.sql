-- CreateEnum
CREATE TYPE "TrainingArea" AS ENUM ('SAFETY', 'SOCIAL_CARE', 'EDUCATION', 'WORK_INCLUSION', 'MANAGEMENT', 'DIGITAL', 'LANGUAGES', 'TECHNICAL');

-- CreateEnum
CREATE TYPE "CourseMode" AS ENUM ('IN_PERSON', 'ONLINE', 'BLENDED');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('FONCOOP', 'FSE_PLUS', 'REGION', 'SELF_FUNDED');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ENROLLED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SafetyTrainingKind" AS ENUM ('GENERAL', 'SPECIFIC_LOW_RISK', 'SPECIFIC_MEDIUM_RISK', 'SPECIFIC_HIGH_RISK', 'SPECIFIC_REFRESHER', 'FIRST_AID', 'FIRST_AID_REFRESHER', 'FIRE_WARDEN', 'FIRE_WARDEN_REFRESHER');

-- CreateEnum
CREATE TYPE "SafetyRiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateTable
CREATE TABLE "Course" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "area" "TrainingArea" NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,
    "seats" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "requestSequence" INTEGER NOT NULL DEFAULT 0,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "mode" "CourseMode" NOT NULL,
    "venue" TEXT,
    "fundingSource" "FundingSource" NOT NULL,
    "fundingNotice" TEXT,
    "fundingAmount" DECIMAL(14,2),
    "attendanceThreshold" INTEGER NOT NULL,
    "safetyTraining" "SafetyTrainingKind",
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseSession" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "hours" DECIMAL(5,2) NOT NULL,

    CONSTRAINT "CourseSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "region" TEXT NOT NULL,
    "status" "EnrolmentStatus" NOT NULL,
    "live" BOOLEAN DEFAULT true,
    "requestNumber" INTEGER NOT NULL,
    "requestedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),
    "requestedBy" TEXT NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrolmentStatusChange" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "fromStatus" "EnrolmentStatus",
    "toStatus" "EnrolmentStatus" NOT NULL,
    "reason" TEXT,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "EnrolmentStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "hours" DECIMAL(5,2) NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceChange" (
    "id" UUID NOT NULL,
    "attendanceId" UUID NOT NULL,
    "previousHours" DECIMAL(5,2),
    "hours" DECIMAL(5,2) NOT NULL,
    "reason" TEXT,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "AttendanceChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "issuedOn" DATE NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,
    "courseId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "safetyTraining" "SafetyTrainingKind",
    "issuedBy" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CertificateCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "SafetyRiskAssessment" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "riskLevel" "SafetyRiskLevel" NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SafetyRiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Course_startDate_idx" ON "Course"("startDate");

-- CreateIndex
CREATE INDEX "Course_fundingSource_startDate_idx" ON "Course"("fundingSource", "startDate");

-- CreateIndex
CREATE INDEX "Course_area_startDate_idx" ON "Course"("area", "startDate");

-- CreateIndex
CREATE INDEX "CourseSession_date_idx" ON "CourseSession"("date");

-- CreateIndex
CREATE UNIQUE INDEX "CourseSession_courseId_number_key" ON "CourseSession"("courseId", "number");

-- CreateIndex
CREATE INDEX "Enrolment_courseId_status_requestNumber_idx" ON "Enrolment"("courseId", "status", "requestNumber");

-- CreateIndex
CREATE INDEX "Enrolment_personId_idx" ON "Enrolment"("personId");

-- CreateIndex
CREATE INDEX "Enrolment_cooperativeId_idx" ON "Enrolment"("cooperativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_courseId_requestNumber_key" ON "Enrolment"("courseId", "requestNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_courseId_personId_live_key" ON "Enrolment"("courseId", "personId", "live");

-- CreateIndex
CREATE INDEX "EnrolmentStatusChange_enrolmentId_changedAt_idx" ON "EnrolmentStatusChange"("enrolmentId", "changedAt");

-- CreateIndex
CREATE INDEX "Attendance_sessionId_idx" ON "Attendance"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_enrolmentId_sessionId_key" ON "Attendance"("enrolmentId", "sessionId");

-- CreateIndex
CREATE INDEX "AttendanceChange_attendanceId_changedAt_idx" ON "AttendanceChange"("attendanceId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_enrolmentId_key" ON "Certificate"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_number_key" ON "Certificate"("number");

-- CreateIndex
CREATE INDEX "Certificate_personId_safetyTraining_idx" ON "Certificate"("personId", "safetyTraining");

-- CreateIndex
CREATE INDEX "Certificate_cooperativeId_idx" ON "Certificate"("cooperativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_year_sequence_key" ON "Certificate"("year", "sequence");

-- CreateIndex
CREATE INDEX "SafetyRiskAssessment_cooperativeId_effectiveFrom_idx" ON "SafetyRiskAssessment"("cooperativeId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrolmentStatusChange" ADD CONSTRAINT "EnrolmentStatusChange_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceChange" ADD CONSTRAINT "AttendanceChange_attendanceId_fkey" FOREIGN KEY ("attendanceId") REFERENCES "Attendance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below this line (Prisma does not model CHECK constraints): the rules the
-- comments in schema.prisma promise, enforced by the database as a last line of defence.

-- A course has hours and seats; it ends on or after the day it starts; its threshold is a percent.
ALTER TABLE "Course" ADD CONSTRAINT "Course_hours_positive" CHECK ("hours" > 0);
ALTER TABLE "Course" ADD CONSTRAINT "Course_period_ordered" CHECK ("endDate" >= "startDate");
ALTER TABLE "Course" ADD CONSTRAINT "Course_attendanceThreshold_percent" CHECK ("attendanceThreshold" BETWEEN 1 AND 100);

-- Seats are never oversubscribed: seatsTaken (changed only under the course's row lock) stays
-- between 0 and seats.
ALTER TABLE "Course" ADD CONSTRAINT "Course_seats_positive" CHECK ("seats" > 0);
ALTER TABLE "Course" ADD CONSTRAINT "Course_seatsTaken_within_seats" CHECK ("seatsTaken" >= 0 AND "seatsTaken" <= "seats");
ALTER TABLE "Course" ADD CONSTRAINT "Course_requestSequence_nonnegative" CHECK ("requestSequence" >= 0);

-- A funded course names its notice and a positive amount; a self-funded one has neither.
ALTER TABLE "Course" ADD CONSTRAINT "Course_funding_complete" CHECK (
  ("fundingSource" = 'SELF_FUNDED' AND "fundingNotice" IS NULL AND "fundingAmount" IS NULL)
  OR ("fundingSource" <> 'SELF_FUNDED' AND "fundingNotice" IS NOT NULL AND "fundingAmount" > 0)
);

-- Only an online course may lack a venue.
ALTER TABLE "Course" ADD CONSTRAINT "Course_venue_unless_online" CHECK ("mode" = 'ONLINE' OR "venue" IS NOT NULL);

-- Sessions have hours and a number; attendance is 0 or more (the session's hours cap it, checked
-- by recordAttendance under the enrolment's row lock).
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_hours_positive" CHECK ("hours" > 0);
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_number_positive" CHECK ("number" > 0);
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_hours_nonnegative" CHECK ("hours" >= 0);

-- An enrolment is live (true) exactly while it is not CANCELLED, and null once cancelled: the
-- unique index on (courseId, personId, live) then allows one live enrolment per person and course
-- and any number of cancelled ones (NULLs are distinct).
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_live_unless_cancelled" CHECK (
  ("status" = 'CANCELLED' AND "live" IS NULL) OR ("status" <> 'CANCELLED' AND "live" = true)
);
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_requestNumber_positive" CHECK ("requestNumber" > 0);

-- Certificate numbers are YEAR/NNNN of their year and sequence (at least four digits).
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_sequence_positive" CHECK ("sequence" > 0);
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_number_format" CHECK (
  "number" = "year"::text || '/' || CASE WHEN "sequence" < 10000 THEN lpad("sequence"::text, 4, '0') ELSE "sequence"::text END
);
