import { addDays, badInput, conflict, formatCents, isoDate, notFound, toCents, type Command, type Transaction } from "@coopgraph/kit";
import { randomUUID } from "node:crypto";
import { Prisma, type InvoiceRow, type PrismaClient } from "../db";
import { paymentTermDays, stampDuty, vatRates } from "../settings";
import { creditNoteRefusal, latinText, priceLines, stampDutyCents, totalsOf, vatSummary, type InvoiceCustomer, type LineInput, type PricedLine } from "./invoice.rules";

type Tx = Transaction<PrismaClient>;

/** A document ready to be numbered: validated lines priced with the VAT in force, the customer as it is today. */
export interface InvoiceDocument {
  /** A new id when omitted; the demo data gives its own stable ids. */
  id?: string;
  documentType: "INVOICE" | "CREDIT_NOTE";
  purpose: "GENERAL" | "CONSORTIUM_FEE";
  issueDate: Date;
  customer: InvoiceCustomer;
  lines: PricedLine[];
  cig: string | null;
  cup: string | null;
  notes: string | null;
  correctsId?: string | null;
  feePeriodId?: string | null;
}

/**
 * Numbers and stores a document with its lines and totals, in the caller's transaction, in one
 * statement. The year's counter row is incremented with an upsert (INSERT ... ON CONFLICT DO
 * UPDATE SET last = last + 1 ... RETURNING), which locks it until the transaction ends: concurrent
 * issues take numbers one after the other, and a rolled-back issue gives its number back. The
 * invoice and its lines are inserted by the same statement, so the lock is held for that one
 * statement and the commit, and concurrent issuing queues as briefly as it can. A date earlier
 * than the last invoice of the year is refused (no number is taken): numbers follow the dates.
 */
export async function issueDocument(tx: Tx, caller: { sub: string }, doc: InvoiceDocument): Promise<InvoiceRow> {
  const summary = vatSummary(doc.lines);
  const totals = totalsOf(summary);
  const stamp = stampDutyCents(summary, stampDuty.at(doc.issueDate));
  const year = doc.issueDate.getUTCFullYear();
  const day = isoDate(doc.issueDate);
  const { customer } = doc;
  const lines = Prisma.join(
    doc.lines.map(
      (line) =>
        Prisma.sql`(${randomUUID()}::uuid, ${line.position}::int, ${line.description}::text, ${line.quantity}::numeric, ${line.unitPrice}::numeric, ${line.lineTotal}::numeric, ${line.vatCode}::text, ${line.vatPercent}::numeric, ${line.vatNature}::text, ${line.legalReference}::text)`,
    ),
  );
  const issued = await tx.$queryRaw<InvoiceRow[]>(Prisma.sql`
    WITH counter AS (
      INSERT INTO "InvoiceCounter" ("year", "last", "lastIssueDate") VALUES (${year}::int, 1, ${day}::date)
      ON CONFLICT ("year") DO UPDATE SET "last" = "InvoiceCounter"."last" + 1, "lastIssueDate" = EXCLUDED."lastIssueDate"
      WHERE "InvoiceCounter"."lastIssueDate" <= EXCLUDED."lastIssueDate"
      RETURNING "last"
    ), invoice AS (
      INSERT INTO "Invoice" ("id", "documentType", "purpose", "year", "number", "issueDate", "dueDate", "correctsId", "customerCooperativeId",
        "customerName", "customerTaxCode", "customerVatNumber", "customerStreet", "customerPostcode", "customerMunicipality", "customerProvince",
        "publicAdministration", "recipientCode", "cig", "cup", "splitPayment", "stampDuty", "net", "vat", "gross", "notes", "feePeriodId", "issuedBy")
      SELECT ${doc.id ?? randomUUID()}::uuid, ${doc.documentType}::"DocumentType", ${doc.purpose}::"InvoicePurpose", ${year}::int, counter."last", ${day}::date,
        ${isoDate(addDays(doc.issueDate, paymentTermDays.at(doc.issueDate)))}::date, ${doc.correctsId ?? null}::uuid, ${customer.cooperativeId}::uuid,
        ${customer.name}::text, ${customer.taxCode}::text, ${customer.vatNumber}::text, ${customer.street}::text, ${customer.postcode}::text,
        ${customer.municipality}::text, ${customer.province}::text, ${customer.publicAdministration}::boolean, ${customer.recipientCode}::text,
        ${doc.cig}::text, ${doc.cup}::text, ${customer.publicAdministration}::boolean, ${formatCents(stamp)}::numeric, ${formatCents(totals.net)}::numeric,
        ${formatCents(totals.vat)}::numeric, ${formatCents(totals.gross)}::numeric, ${doc.notes}::text, ${doc.feePeriodId ?? null}::uuid, ${caller.sub}::text
      FROM counter
      RETURNING *
    ), lines AS (
      INSERT INTO "InvoiceLine" ("id", "invoiceId", "position", "description", "quantity", "unitPrice", "lineTotal", "vatCode", "vatPercent", "vatNature", "legalReference")
      SELECT line.*
      FROM invoice CROSS JOIN LATERAL (
        SELECT v."id", invoice."id", v."position", v."description", v."quantity", v."unitPrice", v."lineTotal", v."vatCode", v."vatPercent", v."vatNature", v."legalReference"
        FROM (VALUES ${lines}) AS v ("id", "position", "description", "quantity", "unitPrice", "lineTotal", "vatCode", "vatPercent", "vatNature", "legalReference")
      ) AS line
    )
    SELECT * FROM invoice`);
  if (issued.length === 1) return issued[0];
  const counter = await tx.invoiceCounter.findUniqueOrThrow({ where: { year } });
  throw badInput("input.issueDate", `invoice ${counter.last}/${year} is dated ${isoDate(counter.lastIssueDate)}: a later number cannot carry an earlier date (${day})`);
}

/** issueInvoice: a new invoice (TD01), numbered in its year. */
export const issueInvoice: Command<PrismaClient, Omit<InvoiceDocument, "documentType" | "correctsId">, InvoiceRow> = (tx, caller, doc) =>
  issueDocument(tx, caller, { ...doc, documentType: "INVOICE", correctsId: null });

export interface CreditNoteInput {
  /** The credit note's id: a new one when omitted. */
  id?: string;
  invoiceId: string;
  issueDate: Date;
  /** What is credited; the whole invoice when null. */
  lines: LineInput[] | null;
  reason: string;
}

/**
 * issueCreditNote: a nota di credito (TD04) correcting an issued invoice, for the same customer,
 * CIG and VAT treatments as the invoice (art. 26 DPR 633/72). The invoice's row is locked while
 * the credit is checked against what is left of it, so concurrent credit notes never exceed it.
 */
export const issueCreditNote: Command<PrismaClient, CreditNoteInput, InvoiceRow> = async (tx, caller, input) => {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invoice" WHERE id = ${input.invoiceId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound("invoice", input.invoiceId);
  const original = await tx.invoice.findUniqueOrThrow({ where: { id: input.invoiceId }, include: { lines: { orderBy: { position: "asc" } } } });
  if (input.issueDate.getTime() < original.issueDate.getTime()) {
    throw badInput("input.issueDate", `the invoice was issued on ${isoDate(original.issueDate)}: its credit note cannot be dated before it`);
  }
  const lines: PricedLine[] = input.lines
    ? priceLines(input.lines, vatRates.at(original.issueDate), original.issueDate)
    : original.lines.map((line) => ({
        position: line.position,
        description: line.description,
        quantity: line.quantity.toFixed(2),
        unitPrice: line.unitPrice.toFixed(2),
        lineTotal: line.lineTotal.toFixed(2),
        vatCode: line.vatCode,
        vatPercent: line.vatPercent.toFixed(2),
        vatNature: line.vatNature,
        legalReference: line.legalReference,
      }));
  const credited = await tx.invoice.aggregate({ where: { correctsId: original.id }, _sum: { gross: true } });
  const creditGross = totalsOf(vatSummary(lines)).gross;
  const refusal = creditNoteRefusal(original, toCents(original.gross), credited._sum.gross ? toCents(credited._sum.gross) : 0n, creditGross);
  if (refusal) {
    if (refusal.field === "input.invoiceId") throw conflict(refusal.message, { field: refusal.field });
    throw badInput(refusal.field, refusal.message);
  }
  return issueDocument(tx, caller, {
    id: input.id,
    documentType: "CREDIT_NOTE",
    purpose: original.purpose,
    issueDate: input.issueDate,
    customer: {
      cooperativeId: original.customerCooperativeId,
      name: original.customerName,
      taxCode: original.customerTaxCode,
      vatNumber: original.customerVatNumber,
      street: original.customerStreet,
      postcode: original.customerPostcode,
      municipality: original.customerMunicipality,
      province: original.customerProvince,
      publicAdministration: original.publicAdministration,
      recipientCode: original.recipientCode,
    },
    lines,
    cig: original.cig,
    cup: original.cup,
    notes: latinText("input.reason", input.reason, 200),
    correctsId: original.id,
    feePeriodId: null,
  });
};

export interface BillingDetailsInput {
  cooperativeId: string;
  street: string;
  postcode: string;
  recipientCode: string;
}

/** setBillingDetails: where a member cooperative receives its invoices from now on. */
export const setBillingDetails: Command<PrismaClient, BillingDetailsInput, { cooperativeId: string }> = async (tx, caller, input) => {
  const { cooperativeId, ...details } = input;
  return tx.billingDetails.upsert({
    where: { cooperativeId },
    create: { cooperativeId, ...details, updatedBy: caller.sub },
    update: { ...details, updatedBy: caller.sub },
  });
};
