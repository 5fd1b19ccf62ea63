import type { FreshDatabase } from "@coopgraph/db/testing";
import { formatCents, toCents } from "@coopgraph/kit";
import type { PrismaClient } from "../src/db";
import { issueFeeInvoices } from "../src/fee/fee.commands";
import { recordFundContribution } from "../src/fund/fund.commands";
import { issueCreditNote, issueDocument, issueInvoice } from "../src/invoice/invoice.commands";
import { priceLines, type InvoiceCustomer, type LineInput } from "../src/invoice/invoice.rules";
import { grantLoan, recordLoanPayment } from "../src/loan/loan.commands";
import { frenchSchedule, validateLoanTerms } from "../src/loan/loan.rules";
import { recordMembershipFee } from "../src/membershipFee/membershipFee.commands";
import { loanLimits, vatRates } from "../src/settings";
import { freshFinance, rowCounts, run } from "./support/database";
import { day, rejection } from "@coopgraph/testing";

const backend = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let database: FreshDatabase<PrismaClient>;
let db: PrismaClient;
beforeAll(async () => {
  database = await freshFinance();
  db = database.prisma;
});
afterAll(() => database?.close());

const client: InvoiceCustomer = {
  cooperativeId: null,
  name: "Fondazione Comunità Solidale",
  taxCode: "80012345674",
  vatNumber: "80012345674",
  street: "Corso Venezia 16",
  postcode: "20121",
  municipality: "Milano",
  province: "MI",
  publicAdministration: false,
  recipientCode: "0000000",
};
const service: LineInput[] = [
  { description: "Servizio di accoglienza", quantity: "3", unitPrice: "780.00", vatCode: "REDUCED_10" },
  { description: "Assistenza educativa", quantity: "7.5", unitPrice: "19.99", vatCode: "SOCIAL_5" },
];
const invoiceOn = (issueDate: Date, lines = service) => ({
  purpose: "GENERAL" as const,
  issueDate,
  customer: client,
  lines: priceLines(lines, vatRates.at(issueDate), issueDate),
  cig: null,
  cup: null,
  notes: null,
});
const numbersOf = async (year: number) => (await db.invoice.findMany({ where: { year }, orderBy: { number: "asc" }, select: { number: true } })).map((i) => i.number);
const bad = (field: string, message: string) => ({ code: "BAD_USER_INPUT", field, message });

describe(`issuing invoices on ${backend}`, () => {
  it("numbers each year's invoices from 1, in the order of their dates, with exact totals", async () => {
    const first = await run(db, issueInvoice, invoiceOn(day("2025-12-30")));
    const second = await run(db, issueInvoice, invoiceOn(day("2026-01-02")));
    const third = await run(db, issueInvoice, invoiceOn(day("2025-12-31")));
    const fourth = await run(db, issueInvoice, invoiceOn(day("2026-01-02")));
    expect([first, second, third, fourth].map((i) => `${i.number}/${i.year}`)).toEqual(["1/2025", "1/2026", "2/2025", "2/2026"]);
    // 3 x 780.00 = 2,340.00 at 10% (234.00); 7.5 x 19.99 = 149.925 -> 149.93 at 5% (7.4965 -> 7.50)
    expect({ net: first.net.toFixed(2), vat: first.vat.toFixed(2), gross: first.gross.toFixed(2), stampDuty: first.stampDuty.toFixed(2), dueDate: first.dueDate }).toEqual({
      net: "2489.93",
      vat: "241.50",
      gross: "2731.43",
      stampDuty: "0.00",
      dueDate: day("2026-01-29"),
    });
    expect(await db.invoiceLine.count({ where: { invoiceId: first.id } })).toBe(2);
  });

  it("gives a rolled-back issue's number back: the next invoice takes it, so there is no gap", async () => {
    const before = await numbersOf(2026);
    await expect(
      db.$transaction(async (tx) => {
        await issueDocument(tx, { sub: "test" }, { ...invoiceOn(day("2026-01-05")), documentType: "INVOICE" });
        throw new Error("the issue failed after numbering");
      }),
    ).rejects.toThrow("the issue failed after numbering");
    expect(await numbersOf(2026)).toEqual(before);
    const next = await run(db, issueInvoice, invoiceOn(day("2026-01-05")));
    expect(next.number).toBe(before.length + 1);
  });

  it("refuses a date earlier than the last invoice of the year, and writes nothing", async () => {
    const before = await rowCounts(db);
    expect(await rejection(() => run(db, issueInvoice, invoiceOn(day("2026-01-04"))))).toEqual(
      bad("input.issueDate", "invoice 3/2026 is dated 2026-01-05: a later number cannot carry an earlier date (2026-01-04)"),
    );
    expect(await rowCounts(db)).toEqual(before);
  });

  it("numbers concurrent issues one after the other: no gap, no duplicate", async () => {
    const issued = await Promise.all(Array.from({ length: 40 }, () => run(db, issueInvoice, invoiceOn(day("2027-03-01")))));
    expect(issued.map((i) => i.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await db.invoiceCounter.findUnique({ where: { year: 2027 } })).toEqual({ year: 2027, last: 40, lastIssueDate: day("2027-03-01") });
  });
});

describe(`credit notes on ${backend}`, () => {
  it("correct an invoice in full (TD04) with its own number, the invoice untouched", async () => {
    const invoice = await run(db, issueInvoice, invoiceOn(day("2028-02-01")));
    const note = await run(db, issueCreditNote, { invoiceId: invoice.id, issueDate: day("2028-02-10"), lines: null, reason: "Storno totale" });
    expect({ type: note.documentType, number: note.number, corrects: note.correctsId, gross: note.gross.toFixed(2), notes: note.notes }).toEqual({
      type: "CREDIT_NOTE",
      number: 2,
      corrects: invoice.id,
      gross: "2731.43",
      notes: "Storno totale",
    });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toEqual(invoice);

    const before = await rowCounts(db);
    expect(await rejection(() => run(db, issueCreditNote, { invoiceId: invoice.id, issueDate: day("2028-02-10"), lines: null, reason: "di nuovo" }))).toEqual({
      code: "CONFLICT",
      field: "input.invoiceId",
      message: "this invoice has already been credited in full",
    });
    expect(await rejection(() => run(db, issueCreditNote, { invoiceId: note.id, issueDate: day("2028-02-10"), lines: null, reason: "nota su nota" }))).toEqual({
      code: "CONFLICT",
      field: "input.invoiceId",
      message: "a credit note corrects an invoice, not another credit note",
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it("never exceed the invoice together, also when issued concurrently", async () => {
    const invoice = await run(db, issueInvoice, invoiceOn(day("2028-03-01"), [{ description: "Servizio", quantity: "1", unitPrice: "1000.00", vatCode: "STANDARD" }]));
    // Each credits 400.00 + VAT = 488.00 of 1,220.00: two fit, the others find too little left.
    const credit = [{ description: "Sconto concordato", quantity: "1", unitPrice: "400.00", vatCode: "STANDARD" }];
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => run(db, issueCreditNote, { invoiceId: invoice.id, issueDate: day("2028-03-02"), lines: credit, reason: "Sconto" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const refused = results
      .filter((r): r is PromiseRejectedResult => r.status === "rejected")
      .map((r) => ({ code: r.reason.extensions.code, field: r.reason.extensions.field, message: r.reason.message }));
    expect(refused).toEqual(Array(3).fill(bad("input.lines", "the credit note comes to 488.00 but only 244.00 of the invoice's 1220.00 is left to credit")));
    expect(await numbersOf(2028)).toEqual([1, 2, 3, 4, 5]);
  });

  it("refuse a date before the invoice's and a line with an unknown VAT code, writing nothing", async () => {
    const invoice = await run(db, issueInvoice, invoiceOn(day("2028-04-01")));
    const before = await rowCounts(db);
    expect(await rejection(() => run(db, issueCreditNote, { invoiceId: invoice.id, issueDate: day("2028-03-31"), lines: null, reason: "x" }))).toEqual(
      bad("input.issueDate", "the invoice was issued on 2028-04-01: its credit note cannot be dated before it"),
    );
    const wrong = [{ description: "Rettifica", quantity: "1", unitPrice: "1.00", vatCode: "ZERO" }];
    expect((await rejection(() => run(db, issueCreditNote, { invoiceId: invoice.id, issueDate: day("2028-04-02"), lines: wrong, reason: "x" }))).field).toBe(
      "input.lines.0.vatCode",
    );
    expect(await rowCounts(db)).toEqual(before);
  });
});

describe(`the fund on ${backend}`, () => {
  it("keeps its balance exact under concurrent contributions of awkward amounts", async () => {
    const amounts = Array.from({ length: 40 }, (_, i) => BigInt(1 + i * 3_333));
    const before = toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance);
    const moves = await Promise.all(
      amounts.map((amount, i) => run(db, recordFundContribution, { amount, contributedOn: day("2026-01-10"), cooperativeId: null, contributor: `Donatore ${i}`, note: null })),
    );
    const expected = before + amounts.reduce((a, b) => a + b, 0n);
    expect(toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance)).toBe(expected);
    // Each movement saw the balance the one before it left: they form one chain.
    const chain = moves.map((m) => toCents(m.balanceAfter)).sort((a, b) => (a < b ? -1 : 1));
    expect(new Set(chain).size).toBe(40);
    expect(chain[39]).toBe(expected);
  });

  it("takes no contribution that would carry its balance beyond what an amount can be (999999999999.99)", async () => {
    const balance = toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance);
    const before = await rowCounts(db);
    const tooMuch = 99_999_999_999_999n - balance + 1n;
    expect(
      await rejection(() => run(db, recordFundContribution, { amount: tooMuch, contributedOn: day("2026-01-10"), cooperativeId: null, contributor: "Fondazione", note: null })),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.amount",
      message: `the fund holds ${formatCents(balance)}: with ${formatCents(tooMuch)} more it would exceed 999999999999.99, the most it can hold`,
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it("lends no more than it holds: of concurrent loans only those it can cover are granted, nothing half-written", async () => {
    const balance = toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance);
    const principal = balance / 3n + 1n; // two fit, the third does not
    const terms = validateLoanTerms({ principal: formatCents(principal), annualRate: "2", termMonths: 24, startDate: day("2026-02-01") }, loanLimits.at(day("2026-02-01")));
    const loansBefore = await db.loan.count();
    const results = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => run(db, grantLoan, { cooperativeId: `00000000-0000-4000-8000-00000000000${i}`, terms })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect({ code: r.reason.extensions.code, field: r.reason.extensions.field, message: r.reason.message }).toEqual({
        code: "CONFLICT",
        field: "input.principal",
        message: `the fund holds ${formatCents(balance - 2n * principal)}: not enough for ${formatCents(principal)}`,
      });
    }
    expect(await db.loan.count()).toBe(loansBefore + 2);
    expect(await db.loanInstalment.count()).toBe((loansBefore + 2) * 24);
    expect(toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance)).toBe(balance - 2n * principal);
  });
});

describe(`loans on ${backend}`, () => {
  const coop = "00000000-0000-4000-8000-0000000000aa";
  const tenThousand = validateLoanTerms({ principal: "10000.00", annualRate: "4.5", termMonths: 36, startDate: day("2026-01-15") }, loanLimits.at(day("2026-01-15")));

  beforeAll(async () => {
    await run(db, recordFundContribution, { amount: 10_000_000n, contributedOn: day("2026-01-10"), cooperativeId: null, contributor: "Fondazione", note: null });
  });

  it("stores the schedule of the rules and takes the principal out of the fund", async () => {
    const fundBefore = toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance);
    const loan = await run(db, grantLoan, { cooperativeId: coop, terms: tenThousand });
    const rows = await db.loanInstalment.findMany({ where: { loanId: loan.id }, orderBy: { number: "asc" } });
    expect(rows.map((r) => [r.number, r.dueDate, toCents(r.amount), toCents(r.principal), toCents(r.interest), toCents(r.balance), toCents(r.paid)])).toEqual(
      frenchSchedule(tenThousand).map((r) => [r.number, r.dueDate, r.amount, r.principal, r.interest, r.balance, 0n]),
    );
    expect(toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance)).toBe(fundBefore - 1_000_000n);
  });

  it("allocates concurrent payments one after the other: each instalment paid exactly once, the fund credited in full", async () => {
    const loan = await run(db, grantLoan, { cooperativeId: coop, terms: tenThousand });
    const fundBefore = toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance);
    await Promise.all(Array.from({ length: 20 }, () => run(db, recordLoanPayment, { loanId: loan.id, amount: 29_747n, paidOn: day("2026-02-15"), today: day("2026-06-01") })));
    const rows = await db.loanInstalment.findMany({ where: { loanId: loan.id }, orderBy: { number: "asc" } });
    expect(rows.map((r) => r.paid.toFixed(2))).toEqual([...Array(20).fill("297.47"), ...Array(16).fill("0.00")]);
    expect(await db.loanPayment.count({ where: { loanId: loan.id } })).toBe(20);
    expect(toCents((await db.fund.findUniqueOrThrow({ where: { id: 1 } })).balance)).toBe(fundBefore + 20n * 29_747n);
  });

  it("never takes more than is owed, even when concurrent payments together would", async () => {
    const loan = await run(db, grantLoan, { cooperativeId: coop, terms: tenThousand });
    // 10,708.93 owed; eight payments of 1,500.00 would be 12,000.00: seven fit, the eighth finds 208.93 owed.
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => run(db, recordLoanPayment, { loanId: loan.id, amount: 150_000n, paidOn: day("2026-03-01"), today: day("2026-06-01") })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect({ code: refused.reason.extensions.code, field: refused.reason.extensions.field, message: refused.reason.message }).toEqual(
      bad("input.amount", "the payment of 1500.00 is more than the 208.93 still owed on this loan"),
    );
    const paid = await db.loanInstalment.aggregate({ where: { loanId: loan.id }, _sum: { paid: true } });
    expect(paid._sum.paid!.toFixed(2)).toBe("10500.00");
  });

  it("refuses a payment dated before the loan, writing nothing", async () => {
    const loan = await run(db, grantLoan, { cooperativeId: coop, terms: tenThousand });
    const before = await rowCounts(db);
    expect(await rejection(() => run(db, recordLoanPayment, { loanId: loan.id, amount: 100n, paidOn: day("2026-01-14"), today: day("2026-06-01") }))).toEqual(
      bad("input.paidOn", "the loan was granted on 2026-01-15: a payment cannot come before it"),
    );
    expect(await rowCounts(db)).toEqual(before);
  });
});

describe(`fees on ${backend}`, () => {
  it("records a membership fee once per cooperative and year", async () => {
    const fee = { cooperativeId: "00000000-0000-4000-8000-0000000000bb", cooperativeName: "La Rondine", year: 2026, amount: "300.00", paidOn: day("2026-02-01") };
    await run(db, recordMembershipFee, fee);
    const before = await rowCounts(db);
    expect(await rejection(() => run(db, recordMembershipFee, fee))).toEqual({
      code: "CONFLICT",
      field: "input.year",
      message: "the membership fee of La Rondine for 2026 is already recorded",
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it("invoices a fee period once: an overlapping period is refused and nothing is written", async () => {
    const document = { ...invoiceOn(day("2029-04-02")), documentType: "INVOICE" as const, purpose: "CONSORTIUM_FEE" as const };
    const period = await run(db, issueFeeInvoices, { from: day("2029-01-01"), to: day("2029-03-31"), documents: [document] });
    expect(await db.invoice.count({ where: { feePeriodId: period.id } })).toBe(1);
    const before = await rowCounts(db);
    expect(await rejection(() => run(db, issueFeeInvoices, { from: day("2029-03-01"), to: day("2029-04-30"), documents: [document] }))).toEqual({
      code: "CONFLICT",
      field: "input.from",
      message: "consortium fees from 2029-01-01 to 2029-03-31 are already invoiced: the period overlaps it",
    });
    expect(await rowCounts(db)).toEqual(before);
  });
});
