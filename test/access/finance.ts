/**
 * Finance's rows of the access matrix, on its demo data: invoice 5 is addressed to cooperative A
 * (MANAGER_A's), invoice 1 to a public administration (with its CIG), and the loan of cooperative
 * A is overdue; cooperative B has invoices of its own but no loan.
 *
 * - Invoices and loans are a cooperative's own records and the consortium's books: staff and
 *   services read them all, a manager those of their own cooperative; inclusion operators,
 *   analysts and partners nothing (a refusal for the lists, null on a cooperative).
 * - Analysts read aggregates only: financeStats, and the consortium fee of a contract.
 * - The fund and the fee periods are the staff's alone; so is every write.
 * - Nothing of finance is for partners.
 */
import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { COOP_A, D, F, N, U, type MatrixContext, type SubgraphAccess } from "./matrix";

/** Demo invoice 5: to cooperative A. Invoice 1: to a public administration, with a CIG. */
export const INVOICE_OF_A = demoId("invoice", 5);
export const PUBLIC_INVOICE = demoId("invoice", 1);
/** The demo credit note: it corrects invoice 2 (to a private client) in full. */
export const CREDIT_NOTE = demoId("creditNote", 1);
export const CREDITED_INVOICE = demoId("invoice", 2);
/** The demo loans are by cooperative: A's is overdue, 2's in good standing, 10's repaid. */
export const LOAN_OF_A = demoId("loan", 5);
export const LOAN_IN_GOOD_STANDING = demoId("loan", 2);
export const REPAID_LOAN = demoId("loan", 10);

//                              ADMIN MGR_A MGR_B INCL  ANALYST PARTNER ANON SERVICE
const OWN_RECORDS   = [D,    D,    D,    F,    F,      F,      U,   D] as const;
const RECORD_OF_A   = [D,    D,    N,    F,    F,      F,      U,   D] as const;
const BOOKS         = [D,    N,    N,    F,    F,      F,      U,   D] as const;
const ON_COOP_A     = [D,    D,    N,    N,    N,      N,      U,   D] as const;
const STAFF_ONLY    = [D,    F,    F,    F,    F,      F,      U,   F] as const;
const STAFF_WRITE   = STAFF_ONLY;

const INVOICE_FIELDS = [
  "id", "documentType", "purpose", "number", "year", "issueDate", "dueDate", "splitPayment", "stampDuty", "issuedAt", "fullNumber",
  "documentTypeCode", "customer", "cooperative", "lines", "vatSummary", "totals", "amountDue", "fatturaPA",
] as const;
const LOAN_FIELDS = [
  "id", "principal", "annualRate", "termMonths", "startDate", "grantedAt", "cooperative", "schedule", "instalment", "totals",
  "outstandingPrincipal", "status", "overdueInstalments", "overdueAmount", "payments",
] as const;

export const access: SubgraphAccess = {
  rows: {
    //                                       ADMIN MGR_A MGR_B INCL ANALYST PARTNER ANON SERVICE
    "Query.invoices":                        OWN_RECORDS,
    "Query.invoice":                         RECORD_OF_A,
    // Cooperative B has no loan: its manager gets an empty page.
    "Query.loans":                           [D,    D,    N,    F,   F,      F,      U,   D],
    "Query.loan":                            RECORD_OF_A,
    "Query.membershipFees":                  OWN_RECORDS,
    "Query.fund":                            STAFF_ONLY,
    "Query.feePeriods":                      STAFF_ONLY,
    "Query.financeStats":                    [D,    F,    F,    F,   D,      F,      U,   F],

    "Cooperative.invoices":                  ON_COOP_A,
    "Cooperative.loans":                     ON_COOP_A,
    "Cooperative.outstandingDebt":           ON_COOP_A,
    "Cooperative.billingDetails":            ON_COOP_A,

    // Contract 11 (procurement's): cooperative A executes half of it. Its fee is the consortium's
    // business and an aggregate: staff, services and analysts, not its assignees nor partners.
    "Contract.consortiumFee":                [D,    N,    N,    N,   D,      N,      U,   D],
    "Contract.consortiumFeeRate":            [D,    N,    N,    N,   D,      N,      U,   D],

    ...Object.fromEntries(INVOICE_FIELDS.map((field) => [`Invoice.${field}`, RECORD_OF_A])),
    // CIG and CUP go on invoices to public administrations only, never a manager's.
    "Invoice.cig":                           BOOKS,
    "Invoice.cup":                           BOOKS,
    // A note, a credit note and what it corrects, on cooperative A's invoices issued for the matrix.
    "Invoice.notes":                         RECORD_OF_A,
    "Invoice.corrects":                      RECORD_OF_A,
    "Invoice.creditNotes":                   RECORD_OF_A,

    ...Object.fromEntries(LOAN_FIELDS.map((field) => [`Loan.${field}`, RECORD_OF_A])),

    "Mutation.setCooperativeBillingDetails": STAFF_WRITE,
    "Mutation.issueInvoice":                 STAFF_WRITE,
    "Mutation.issueCreditNote":              STAFF_WRITE,
    "Mutation.issueFeeInvoices":             STAFF_WRITE,
    "Mutation.recordFundContribution":       STAFF_WRITE,
    "Mutation.grantLoan":                    STAFF_WRITE,
    "Mutation.recordLoanPayment":            STAFF_WRITE,
    "Mutation.recordMembershipFee":          STAFF_WRITE,
  },

  entities: {
    Invoice: { via: "invoice(id: $id) { %s }", id: INVOICE_OF_A },
    Loan: { via: "loan(id: $id) { %s }", id: LOAN_OF_A },
  },

  operations: {
    "Query.financeStats": { args: () => ({ year: today().getUTCFullYear() }) },
    // The demo data has no fee period: one is invoiced (a period without contracts in execution) first.
    "Query.feePeriods": {
      args: async (ctx) => {
        await feePeriod(ctx);
        return {};
      },
    },
    // Straight to finance, the representation carries what the gateway fetches from procurement for @requires.
    "Contract.consortiumFee": { representation: (ctx) => contractFacts(ctx) },
    "Contract.consortiumFeeRate": { representation: (ctx) => contractFacts(ctx) },
    "Invoice.cig": { id: PUBLIC_INVOICE },
    "Invoice.cup": { id: (ctx) => publicInvoiceWithCup(ctx) },
    "Invoice.notes": { id: async (ctx) => (await correctedInvoiceOfA(ctx)).invoice },
    "Invoice.creditNotes": { id: async (ctx) => (await correctedInvoiceOfA(ctx)).invoice, selection: "{ fullNumber }" },
    "Invoice.corrects": { id: async (ctx) => (await correctedInvoiceOfA(ctx)).creditNote, selection: "{ fullNumber }" },

    "Mutation.setCooperativeBillingDetails": { args: { input: { cooperativeId: demoId("cooperative", 13), street: "Via Borgo Palazzo 7", postcode: "24125" } } },
    "Mutation.issueInvoice": { args: { input: { customer: { cooperativeId: COOP_A }, lines: [line("100.00")] } } },
    "Mutation.issueCreditNote": {
      args: async (ctx) => ({ input: { invoiceId: await invoiceToCredit(ctx), lines: [line("1.00")], reason: "Sconto riconosciuto" } }),
    },
    // A day of 2017 of its own for each attempt: periods never overlap, and none had contracts in execution.
    "Mutation.issueFeeInvoices": { args: (ctx) => ({ input: oneDay(addDays(new Date(Date.UTC(2017, 0, 1)), ctx.unique() % 365)) }) },
    "Mutation.recordFundContribution": { args: { input: { amount: "50.00", contributor: "Fondazione Accesso Aperto" } } },
    // A rate with three decimals: the answer prints it as it was given.
    "Mutation.grantLoan": {
      args: { input: { cooperativeId: demoId("cooperative", 2), principal: "1200.00", annualRate: "4.125", termMonths: 12 } },
      selection: "{ annualRate }",
    },
    "Mutation.recordLoanPayment": { args: { input: { loanId: LOAN_IN_GOOD_STANDING, amount: "10.00" } } },
    "Mutation.recordMembershipFee": { args: { input: { cooperativeId: demoId("cooperative", 13), year: 2016 } } },
  },
};

export function line(unitPrice: string, vatCode = "STANDARD") {
  return { description: "Consulenza amministrativa", quantity: "1", unitPrice, vatCode };
}

function oneDay(day: Date) {
  return { from: isoDate(day), to: isoDate(day) };
}

const ISSUE = "mutation ($input: IssueInvoiceInput!) { issueInvoice(input: $input) { id } }";
const CREDIT = "mutation ($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { id } }";

/** An external public administration, as an invoice's customer. */
export const PUBLIC_CUSTOMER = {
  external: { name: "Comune di Bergamo", taxCode: "80034840167", municipality: "Bergamo", province: "BG", publicAdministration: true },
  street: "Piazza Matteotti 27",
  postcode: "24122",
  recipientCode: "UFBG01",
};

let withCup: Promise<string> | undefined;
function publicInvoiceWithCup(ctx: MatrixContext): Promise<string> {
  withCup ??= ctx
    .admin(ISSUE, { input: { customer: PUBLIC_CUSTOMER, lines: [line("500.00", "SOCIAL_5")], cig: "S000000001", cup: "J41B24000010007" } })
    .then((data) => data.issueInvoice.id);
  return withCup;
}

let corrected: Promise<{ invoice: string; creditNote: string }> | undefined;
/** An invoice to cooperative A with a note, and a credit note that corrects part of it. */
function correctedInvoiceOfA(ctx: MatrixContext) {
  corrected ??= (async () => {
    const invoice = (await ctx.admin(ISSUE, { input: { customer: { cooperativeId: COOP_A }, lines: [line("300.00")], notes: "Servizi del trimestre" } })).issueInvoice.id;
    const creditNote = (await ctx.admin(CREDIT, { input: { invoiceId: invoice, lines: [line("100.00")], reason: "Ore non prestate" } })).issueCreditNote.id;
    return { invoice, creditNote };
  })();
  return corrected;
}

let toCredit: Promise<string> | undefined;
/** An invoice of 1000.00 to credit a euro at a time. */
function invoiceToCredit(ctx: MatrixContext): Promise<string> {
  toCredit ??= ctx.admin(ISSUE, { input: { customer: { cooperativeId: COOP_A }, lines: [line("1000.00")] } }).then((data) => data.issueInvoice.id);
  return toCredit;
}

let facts: Promise<{ value: string; startDate: string }> | undefined;
/** Contract 11's value and start date, as procurement gives them. */
function contractFacts(ctx: MatrixContext) {
  facts ??= ctx.admin(`{ contract(id: "${demoId("contract", 11)}") { value startDate } }`).then((data) => data.contract);
  return facts;
}

let period: Promise<unknown> | undefined;
function feePeriod(ctx: MatrixContext): Promise<unknown> {
  period ??= ctx.admin("mutation ($input: IssueFeeInvoicesInput!) { issueFeeInvoices(input: $input) { id } }", { input: { from: "2016-06-01", to: "2016-06-30" } });
  return period;
}
