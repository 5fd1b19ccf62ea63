-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "InvoicePurpose" AS ENUM ('GENERAL', 'CONSORTIUM_FEE');

-- CreateEnum
CREATE TYPE "FundMovementKind" AS ENUM ('CONTRIBUTION', 'LOAN_GRANTED', 'LOAN_REPAYMENT');

-- CreateTable
CREATE TABLE "InvoiceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,
    "lastIssueDate" DATE NOT NULL,

    CONSTRAINT "InvoiceCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "documentType" "DocumentType" NOT NULL,
    "purpose" "InvoicePurpose" NOT NULL DEFAULT 'GENERAL',
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "issueDate" DATE NOT NULL,
    "correctsId" UUID,
    "customerCooperativeId" UUID,
    "customerName" TEXT NOT NULL,
    "customerTaxCode" TEXT NOT NULL,
    "customerVatNumber" TEXT,
    "customerStreet" TEXT NOT NULL,
    "customerPostcode" TEXT NOT NULL,
    "customerMunicipality" TEXT NOT NULL,
    "customerProvince" TEXT NOT NULL,
    "publicAdministration" BOOLEAN NOT NULL,
    "recipientCode" TEXT NOT NULL,
    "cig" TEXT,
    "cup" TEXT,
    "splitPayment" BOOLEAN NOT NULL,
    "stampDuty" DECIMAL(14,2) NOT NULL,
    "net" DECIMAL(14,2) NOT NULL,
    "vat" DECIMAL(14,2) NOT NULL,
    "gross" DECIMAL(14,2) NOT NULL,
    "dueDate" DATE NOT NULL,
    "notes" TEXT,
    "feePeriodId" UUID,
    "issuedBy" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(12,2) NOT NULL,
    "unitPrice" DECIMAL(14,2) NOT NULL,
    "lineTotal" DECIMAL(14,2) NOT NULL,
    "vatCode" TEXT NOT NULL,
    "vatPercent" DECIMAL(5,2) NOT NULL,
    "vatNature" TEXT,
    "legalReference" TEXT,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingDetails" (
    "cooperativeId" UUID NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "recipientCode" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BillingDetails_pkey" PRIMARY KEY ("cooperativeId")
);

-- CreateTable
CREATE TABLE "FeePeriod" (
    "id" UUID NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipFee" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "paidOn" DATE NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipFee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fund" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "balance" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "Fund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundMovement" (
    "id" UUID NOT NULL,
    "kind" "FundMovementKind" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "balanceAfter" DECIMAL(14,2) NOT NULL,
    "date" DATE NOT NULL,
    "cooperativeId" UUID,
    "contributor" TEXT,
    "loanId" UUID,
    "note" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Loan" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "principal" DECIMAL(14,2) NOT NULL,
    "annualRate" DECIMAL(7,4) NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "grantedBy" TEXT NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Loan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanInstalment" (
    "id" UUID NOT NULL,
    "loanId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "principal" DECIMAL(14,2) NOT NULL,
    "interest" DECIMAL(14,2) NOT NULL,
    "balance" DECIMAL(14,2) NOT NULL,
    "paid" DECIMAL(14,2) NOT NULL DEFAULT 0,

    CONSTRAINT "LoanInstalment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanPayment" (
    "id" UUID NOT NULL,
    "loanId" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "paidOn" DATE NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Invoice_customerCooperativeId_issueDate_idx" ON "Invoice"("customerCooperativeId", "issueDate");

-- CreateIndex
CREATE INDEX "Invoice_issueDate_idx" ON "Invoice"("issueDate");

-- CreateIndex
CREATE INDEX "Invoice_correctsId_idx" ON "Invoice"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_year_number_key" ON "Invoice"("year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_invoiceId_position_key" ON "InvoiceLine"("invoiceId", "position");

-- CreateIndex
CREATE INDEX "FeePeriod_fromDate_idx" ON "FeePeriod"("fromDate");

-- CreateIndex
CREATE INDEX "MembershipFee_year_idx" ON "MembershipFee"("year");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipFee_cooperativeId_year_key" ON "MembershipFee"("cooperativeId", "year");

-- CreateIndex
CREATE INDEX "FundMovement_date_idx" ON "FundMovement"("date");

-- CreateIndex
CREATE INDEX "FundMovement_cooperativeId_idx" ON "FundMovement"("cooperativeId");

-- CreateIndex
CREATE INDEX "Loan_cooperativeId_idx" ON "Loan"("cooperativeId");

-- CreateIndex
CREATE INDEX "LoanInstalment_dueDate_idx" ON "LoanInstalment"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "LoanInstalment_loanId_number_key" ON "LoanInstalment"("loanId", "number");

-- CreateIndex
CREATE INDEX "LoanPayment_loanId_idx" ON "LoanPayment"("loanId");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_feePeriodId_fkey" FOREIGN KEY ("feePeriodId") REFERENCES "FeePeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanInstalment" ADD CONSTRAINT "LoanInstalment_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanPayment" ADD CONSTRAINT "LoanPayment_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below this line (Prisma does not model CHECK constraints): the rules the
-- database keeps whatever the code does.
ALTER TABLE "InvoiceCounter" ADD CONSTRAINT "InvoiceCounter_last_positive" CHECK ("last" > 0);
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_number_positive" CHECK ("number" > 0);
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_totals_reconcile" CHECK ("net" + "vat" = "gross" AND "net" >= 0 AND "vat" >= 0 AND "stampDuty" >= 0);
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_credit_note_corrects" CHECK (("documentType" = 'CREDIT_NOTE') = ("correctsId" IS NOT NULL));
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_amounts" CHECK ("quantity" > 0 AND "unitPrice" > 0 AND "lineTotal" >= 0);
ALTER TABLE "FeePeriod" ADD CONSTRAINT "FeePeriod_dates" CHECK ("toDate" >= "fromDate");
ALTER TABLE "MembershipFee" ADD CONSTRAINT "MembershipFee_amount_positive" CHECK ("amount" > 0);
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_one_row" CHECK ("id" = 1);
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_balance_not_negative" CHECK ("balance" >= 0);
ALTER TABLE "FundMovement" ADD CONSTRAINT "FundMovement_amount_not_zero" CHECK ("amount" <> 0);
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_terms" CHECK ("principal" > 0 AND "annualRate" >= 0 AND "termMonths" > 0);
ALTER TABLE "LoanInstalment" ADD CONSTRAINT "LoanInstalment_paid_within_amount" CHECK ("paid" >= 0 AND "paid" <= "amount" AND "amount" = "principal" + "interest");
ALTER TABLE "LoanPayment" ADD CONSTRAINT "LoanPayment_amount_positive" CHECK ("amount" > 0);

-- The fund exists from the start, empty.
INSERT INTO "Fund" ("id", "balance") VALUES (1, 0);
