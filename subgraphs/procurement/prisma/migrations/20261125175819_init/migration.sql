-- CreateEnum
CREATE TYPE "TenderObject" AS ENUM ('WORKS', 'SERVICES', 'SUPPLIES');

-- CreateEnum
CREATE TYPE "TenderProcedure" AS ENUM ('OPEN', 'RESTRICTED', 'NEGOTIATED', 'DIRECT_AWARD', 'CONVENZIONE_ART5', 'RESERVED_CONTRACT');

-- CreateEnum
CREATE TYPE "TenderStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'BID_SUBMITTED', 'AWARDED', 'LOST', 'WITHDRAWN', 'CONTRACT_SIGNED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "BuyerKind" AS ENUM ('CENTRAL_AUTHORITY', 'SUB_CENTRAL_AUTHORITY', 'PRIVATE_CLIENT');

-- CreateTable
CREATE TABLE "Tender" (
    "id" UUID NOT NULL,
    "cig" TEXT NOT NULL,
    "cup" TEXT,
    "title" TEXT NOT NULL,
    "object" "TenderObject" NOT NULL,
    "procedure" "TenderProcedure" NOT NULL,
    "buyerName" TEXT NOT NULL,
    "buyerTaxCode" TEXT NOT NULL,
    "buyerKind" "BuyerKind" NOT NULL,
    "baseAmount" DECIMAL(14,2) NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "TenderStatus" NOT NULL DEFAULT 'DRAFT',
    "notes" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenderLot" (
    "id" UUID NOT NULL,
    "tenderId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "baseAmount" DECIMAL(14,2) NOT NULL,
    "cig" TEXT,

    CONSTRAINT "TenderLot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenderStatusChange" (
    "id" UUID NOT NULL,
    "tenderId" UUID NOT NULL,
    "fromStatus" "TenderStatus",
    "toStatus" "TenderStatus" NOT NULL,
    "reason" TEXT,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TenderStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "tenderId" UUID NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "awardedOn" DATE NOT NULL,
    "signedOn" DATE,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "sharePercent" DECIMAL(5,2) NOT NULL,
    "assignedOn" DATE NOT NULL,
    "assignedBy" TEXT NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupPurchase" (
    "id" UUID NOT NULL,
    "item" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "unitPrice" DECIMAL(14,2) NOT NULL,
    "closesOn" DATE NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupPurchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupOrder" (
    "id" UUID NOT NULL,
    "groupPurchaseId" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "placedBy" TEXT NOT NULL,
    "placedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupOrder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tender_cig_key" ON "Tender"("cig");

-- CreateIndex
CREATE INDEX "Tender_status_deadline_idx" ON "Tender"("status", "deadline");

-- CreateIndex
CREATE INDEX "Tender_procedure_deadline_idx" ON "Tender"("procedure", "deadline");

-- CreateIndex
CREATE INDEX "Tender_buyerTaxCode_idx" ON "Tender"("buyerTaxCode");

-- CreateIndex
CREATE INDEX "Tender_deadline_idx" ON "Tender"("deadline");

-- CreateIndex
CREATE UNIQUE INDEX "TenderLot_cig_key" ON "TenderLot"("cig");

-- CreateIndex
CREATE UNIQUE INDEX "TenderLot_tenderId_number_key" ON "TenderLot"("tenderId", "number");

-- CreateIndex
CREATE INDEX "TenderStatusChange_tenderId_changedAt_idx" ON "TenderStatusChange"("tenderId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_tenderId_key" ON "Contract"("tenderId");

-- CreateIndex
CREATE INDEX "Contract_startDate_idx" ON "Contract"("startDate");

-- CreateIndex
CREATE INDEX "Assignment_cooperativeId_idx" ON "Assignment"("cooperativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_contractId_cooperativeId_key" ON "Assignment"("contractId", "cooperativeId");

-- CreateIndex
CREATE INDEX "GroupPurchase_closesOn_idx" ON "GroupPurchase"("closesOn");

-- CreateIndex
CREATE INDEX "GroupOrder_groupPurchaseId_cooperativeId_idx" ON "GroupOrder"("groupPurchaseId", "cooperativeId");

-- CreateIndex
CREATE INDEX "GroupOrder_cooperativeId_idx" ON "GroupOrder"("cooperativeId");

-- AddForeignKey
ALTER TABLE "TenderLot" ADD CONSTRAINT "TenderLot_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderStatusChange" ADD CONSTRAINT "TenderStatusChange_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupOrder" ADD CONSTRAINT "GroupOrder_groupPurchaseId_fkey" FOREIGN KEY ("groupPurchaseId") REFERENCES "GroupPurchase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below this line (Prisma does not model CHECK constraints): the rules the
-- comments in schema.prisma promise, enforced by the database as a last line of defence.

-- A tender's and a lot's base amount, a contract's value and a unit price are positive.
ALTER TABLE "Tender" ADD CONSTRAINT "Tender_baseAmount_positive" CHECK ("baseAmount" > 0);
ALTER TABLE "TenderLot" ADD CONSTRAINT "TenderLot_baseAmount_positive" CHECK ("baseAmount" > 0);
ALTER TABLE "TenderLot" ADD CONSTRAINT "TenderLot_number_positive" CHECK ("number" > 0);
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_value_positive" CHECK ("value" > 0);
ALTER TABLE "GroupPurchase" ADD CONSTRAINT "GroupPurchase_unitPrice_positive" CHECK ("unitPrice" > 0);

-- A contract ends on or after the day it starts.
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_period_ordered" CHECK ("endDate" >= "startDate");

-- Each share of a contract is above 0% and at most 100% (their sum is kept at 100% by
-- assignContract, under a row lock on the contract).
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_sharePercent_range" CHECK ("sharePercent" > 0 AND "sharePercent" <= 100);

-- An order is for at least one unit.
ALTER TABLE "GroupOrder" ADD CONSTRAINT "GroupOrder_quantity_positive" CHECK ("quantity" > 0);
