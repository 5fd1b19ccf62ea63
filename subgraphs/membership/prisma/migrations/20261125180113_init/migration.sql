-- CreateEnum
CREATE TYPE "CooperativeType" AS ENUM ('A', 'B', 'AB', 'CONSORTIUM', 'OTHER');

-- CreateEnum
CREATE TYPE "CooperativeStatus" AS ENUM ('APPLICANT', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'EXCLUDED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PersonRole" AS ENUM ('WORKER_MEMBER', 'VOLUNTEER_MEMBER', 'EMPLOYEE');

-- CreateEnum
CREATE TYPE "ShareCapitalEntryKind" AS ENUM ('SUBSCRIPTION', 'PAYMENT');

-- CreateTable
CREATE TABLE "Cooperative" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "taxCode" TEXT NOT NULL,
    "alboNumber" TEXT,
    "type" "CooperativeType" NOT NULL,
    "status" "CooperativeStatus" NOT NULL DEFAULT 'APPLICANT',
    "municipality" TEXT NOT NULL,
    "province" CHAR(2) NOT NULL,
    "region" TEXT NOT NULL,
    "atecoCodes" TEXT[],
    "email" TEXT,
    "admissionDate" DATE,
    "shareCapitalSubscribed" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "shareCapitalPaid" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Cooperative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipApplication" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedBy" TEXT NOT NULL,
    "requestedShareCapital" DECIMAL(14,2) NOT NULL,
    "decision" TEXT,
    "resolutionNumber" TEXT,
    "resolutionDate" DATE,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MembershipApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "fromStatus" "CooperativeStatus",
    "toStatus" "CooperativeStatus" NOT NULL,
    "reason" TEXT,
    "resolutionNumber" TEXT,
    "effectiveDate" DATE NOT NULL,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "taxCode" TEXT NOT NULL,
    "role" "PersonRole" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Durc" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "issueDate" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "protocolNumber" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Durc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareCapitalEntry" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "kind" "ShareCapitalEntryKind" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "date" DATE NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShareCapitalEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cooperative_taxCode_key" ON "Cooperative"("taxCode");

-- CreateIndex
CREATE UNIQUE INDEX "Cooperative_alboNumber_key" ON "Cooperative"("alboNumber");

-- CreateIndex
CREATE INDEX "Cooperative_status_name_idx" ON "Cooperative"("status", "name");

-- CreateIndex
CREATE INDEX "Cooperative_province_idx" ON "Cooperative"("province");

-- CreateIndex
CREATE INDEX "Cooperative_region_idx" ON "Cooperative"("region");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipApplication_cooperativeId_key" ON "MembershipApplication"("cooperativeId");

-- CreateIndex
CREATE INDEX "StatusChange_cooperativeId_changedAt_idx" ON "StatusChange"("cooperativeId", "changedAt");

-- CreateIndex
CREATE INDEX "Person_cooperativeId_lastName_firstName_idx" ON "Person"("cooperativeId", "lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Person_cooperativeId_taxCode_key" ON "Person"("cooperativeId", "taxCode");

-- CreateIndex
CREATE INDEX "Durc_cooperativeId_validUntil_idx" ON "Durc"("cooperativeId", "validUntil");

-- CreateIndex
CREATE INDEX "ShareCapitalEntry_cooperativeId_date_idx" ON "ShareCapitalEntry"("cooperativeId", "date");

-- AddForeignKey
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Durc" ADD CONSTRAINT "Durc_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareCapitalEntry" ADD CONSTRAINT "ShareCapitalEntry_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: rules the schema file cannot say. Share capital is never negative and the paid part
-- never exceeds the subscribed part, whatever writes race; amounts of entries are positive.
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_shareCapital_check"
  CHECK ("shareCapitalPaid" >= 0 AND "shareCapitalPaid" <= "shareCapitalSubscribed");
ALTER TABLE "ShareCapitalEntry" ADD CONSTRAINT "ShareCapitalEntry_amount_check" CHECK ("amount" > 0);
ALTER TABLE "Durc" ADD CONSTRAINT "Durc_validity_check" CHECK ("validUntil" >= "issueDate");
