-- CreateEnum
CREATE TYPE "DisadvantageCategory" AS ENUM ('PHYSICAL_DISABILITY', 'MENTAL_DISABILITY', 'SENSORY_DISABILITY', 'FORMER_PSYCHIATRIC_PATIENT', 'PSYCHIATRIC_TREATMENT', 'ADDICTION', 'MINOR_IN_FAMILY_DIFFICULTY', 'PRISONER_OR_ALTERNATIVE_MEASURE');

-- CreateEnum
CREATE TYPE "ReferringService" AS ENUM ('HEALTH_AUTHORITY', 'MENTAL_HEALTH_CENTRE', 'ADDICTION_SERVICE', 'PROBATION_OFFICE', 'SOCIAL_SERVICES');

-- CreateEnum
CREATE TYPE "PlacementKind" AS ENUM ('EMPLOYMENT', 'TRAINEESHIP');

-- CreateEnum
CREATE TYPE "PlacementOutcome" AS ENUM ('HIRED', 'CONTINUING', 'ENDED', 'DROPPED_OUT');

-- CreateEnum
CREATE TYPE "CooperativeType" AS ENUM ('A', 'B', 'AB', 'CONSORTIUM', 'OTHER');

-- CreateEnum
CREATE TYPE "AuditedRecordType" AS ENUM ('PLACEMENT', 'PLAN');

-- CreateTable
CREATE TABLE "Placement" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "cooperativeType" "CooperativeType" NOT NULL,
    "province" TEXT NOT NULL,
    "category" "DisadvantageCategory" NOT NULL,
    "referringService" "ReferringService" NOT NULL,
    "certificationReference" TEXT NOT NULL,
    "certificationDate" DATE NOT NULL,
    "kind" "PlacementKind" NOT NULL,
    "monthlyStipend" DECIMAL(10,2),
    "hoursPerWeek" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "tutor" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "outcome" "PlacementOutcome",
    "startedBy" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedBy" TEXT,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndividualPlan" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "goals" TEXT[],
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndividualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanReview" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "author" TEXT NOT NULL,
    "progressNote" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRecord" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorSub" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "actorCoopId" TEXT,
    "recordType" "AuditedRecordType" NOT NULL,
    "recordId" UUID NOT NULL,
    "operationType" TEXT NOT NULL,
    "operationName" TEXT,
    "path" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,

    CONSTRAINT "AuditRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Placement_cooperativeId_startDate_idx" ON "Placement"("cooperativeId", "startDate");

-- CreateIndex
CREATE INDEX "Placement_personId_idx" ON "Placement"("personId");

-- CreateIndex
CREATE INDEX "Placement_startDate_idx" ON "Placement"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "IndividualPlan_placementId_key" ON "IndividualPlan"("placementId");

-- CreateIndex
CREATE INDEX "PlanReview_planId_date_idx" ON "PlanReview"("planId", "date");

-- CreateIndex
CREATE INDEX "AuditRecord_recordType_recordId_at_idx" ON "AuditRecord"("recordType", "recordId", "at");

-- CreateIndex
CREATE INDEX "AuditRecord_actorSub_at_idx" ON "AuditRecord"("actorSub", "at");

-- CreateIndex
CREATE INDEX "AuditRecord_at_idx" ON "AuditRecord"("at");

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReview" ADD CONSTRAINT "PlanReview_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below this line (Prisma models neither CHECK constraints, partial indexes nor
-- triggers): the rules the comments in schema.prisma promise, enforced by the database.

-- Hours per week are above 0 and at most 48 (D.Lgs. 66/2003 art. 4); a traineeship has a positive
-- stipend and employment none; a placement ends on or after its start, with an outcome.
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_hoursPerWeek_range" CHECK ("hoursPerWeek" > 0 AND "hoursPerWeek" <= 48);
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_stipend_of_traineeship" CHECK (
  ("kind" = 'TRAINEESHIP' AND "monthlyStipend" > 0) OR ("kind" = 'EMPLOYMENT' AND "monthlyStipend" IS NULL)
);
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_period_ordered" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_ended_with_outcome" CHECK (("endDate" IS NULL) = ("outcome" IS NULL));
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_certified_before_start" CHECK ("certificationDate" <= "startDate");

-- At most one open placement of a person in a cooperative: of two concurrent starts, one wins.
CREATE UNIQUE INDEX "Placement_one_open_per_person" ON "Placement"("personId", "cooperativeId") WHERE "endDate" IS NULL;

-- The audit log cannot be edited: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows cannot be changed or removed (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditRecord_immutable" BEFORE UPDATE OR DELETE ON "AuditRecord" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "AuditRecord_no_truncate" BEFORE TRUNCATE ON "AuditRecord" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();

-- History is kept: placements and plans are never deleted, reviews never edited or deleted.
CREATE TRIGGER "Placement_kept" BEFORE DELETE ON "Placement" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "Placement_no_truncate" BEFORE TRUNCATE ON "Placement" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "IndividualPlan_kept" BEFORE DELETE ON "IndividualPlan" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "IndividualPlan_no_truncate" BEFORE TRUNCATE ON "IndividualPlan" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "PlanReview_immutable" BEFORE UPDATE OR DELETE ON "PlanReview" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "PlanReview_no_truncate" BEFORE TRUNCATE ON "PlanReview" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();
