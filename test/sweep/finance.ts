/** Finance's part of the bad-input sweep, on its demo data. */
import { demoId, isoDate, today } from "@coopgraph/kit";
import { COOP_A } from "../access/matrix";
import { CREDIT_NOTE, CREDITED_INVOICE, INVOICE_OF_A, line, LOAN_OF_A, PUBLIC_CUSTOMER, REPAID_LOAN } from "../access/finance";
import {
  BAD_PAGES,
  badOptionalText,
  badText,
  MALFORMED_DATES,
  MALFORMED_DECIMALS,
  MALFORMED_IDS,
  MALFORMED_INTS,
  NOT_POSITIVE,
  UNKNOWN_IDS,
} from "./values";
import { MISSING, type SubgraphSweep } from "./sweep";

const YEAR = today().getUTCFullYear();
const TODAY = isoDate(today());
const FUTURE = "2099-01-01";
/** Text an electronic invoice cannot carry: outside Latin-1. */
const NOT_LATIN = "Servizio \u2603 neve";
const ACTIVE = demoId("cooperative", 6);
/** Active, but with no billing details on file. */
const NO_BILLING_DETAILS = demoId("cooperative", 14);
const WITHDRAWN = demoId("cooperative", 26);
const APPLICANT = demoId("cooperative", 29);
/** A fee period invoiced by `prepare`: no other may overlap it. */
const INVOICED_PERIOD = { from: "2016-03-01", to: "2016-03-31" };

/** Ids that name nothing: NOT_FOUND, naming the id. */
const notFound = (path: string) => ({ path, values: UNKNOWN_IDS, code: "NOT_FOUND" as const, field: null });
/** A cooperative's id that names none: finance asks membership, and names the field. */
const noCooperative = (path: string) => ({ path, values: UNKNOWN_IDS });

const PRIVATE_CUSTOMER = {
  external: { name: "Fondazione Comunità Solidale", taxCode: "80034840167", municipality: "Milano", province: "MI" },
  street: "Corso Venezia 16",
  postcode: "20121",
};

export const sweep: SubgraphSweep = {
  async prepare(ctx) {
    await ctx.admin("mutation ($input: IssueFeeInvoicesInput!) { issueFeeInvoices(input: $input) { id } }", { input: INVOICED_PERIOD });
    return {};
  },

  operations: {
    setCooperativeBillingDetails: {
      query: "mutation ($input: SetBillingDetailsInput!) { setCooperativeBillingDetails(input: $input) { id } }",
      valid: () => ({ input: { cooperativeId: COOP_A, street: "Via Toledo 5", postcode: "80134", recipientCode: "ABC1234" } }),
      cases: [
        noCooperative("input.cooperativeId"),
        { path: "input.cooperativeId", values: MALFORMED_IDS },
        { path: "input.street", values: [...badText(60), NOT_LATIN, MISSING] },
        { path: "input.postcode", values: ["", "1234", "123456", "ABCDE", MISSING] },
        // Seven characters; six are a public administration's office code, which no cooperative has.
        { path: "input.recipientCode", values: ["123", "ABCDEFGH", "ABC-123", "UFBG01"] },
      ],
    },

    issueInvoice: {
      query: "mutation ($input: IssueInvoiceInput!) { issueInvoice(input: $input) { id } }",
      valid: () => ({ input: { customer: { cooperativeId: COOP_A }, lines: [line("120.00")], notes: "Servizi di febbraio" } }),
      cases: [
        // Who is invoiced.
        noCooperative("input.customer.cooperativeId"),
        { path: "input.customer.cooperativeId", values: MALFORMED_IDS.slice(0, 4) },
        { path: "input.customer.cooperativeId", values: [NO_BILLING_DETAILS], field: "input.customer.street" },
        { path: "input.customer", values: [{}, { ...PRIVATE_CUSTOMER, cooperativeId: COOP_A }, MISSING, "Terra Nuova"], field: "input.customer" },
        { path: "input.customer.street", values: ["x".repeat(61), NOT_LATIN] },
        { path: "input.customer.postcode", values: ["1234", "ABCDE"], with: { "input.customer.street": "Via Toledo 5" } },
        { path: "input.customer.recipientCode", values: ["123", "ABCDEFGH", "UFBG01"] },
        // An external client.
        { path: "input.customer.external.name", values: [...badText(80), NOT_LATIN], with: { "input.customer": PRIVATE_CUSTOMER } },
        { path: "input.customer.external.taxCode", values: ["", "123", "80034840168", "RSSMRA80A01H501X"], with: { "input.customer": PRIVATE_CUSTOMER } },
        { path: "input.customer.external.municipality", values: badText(60).slice(0, 3), with: { "input.customer": PRIVATE_CUSTOMER } },
        { path: "input.customer.external.province", values: ["", "XX", "MIL"], with: { "input.customer": PRIVATE_CUSTOMER } },
        { path: "input.customer.external.publicAdministration", values: ["yes", 1], with: { "input.customer": PRIVATE_CUSTOMER } },
        { path: "input.customer.street", values: [MISSING, "  "], with: { "input.customer": PRIVATE_CUSTOMER } },
        { path: "input.customer.postcode", values: [MISSING, "2012"], with: { "input.customer": PRIVATE_CUSTOMER } },
        { path: "input.cig", values: ["S000000001"], with: { "input.customer": PRIVATE_CUSTOMER } },
        // A public administration: 11-digit codice fiscale, its office code, the CIG of its contract.
        {
          path: "input.customer.external.taxCode",
          values: ["RSSMRA80A01H501U"],
          with: { "input.customer": PUBLIC_CUSTOMER, "input.cig": "S000000001" },
        },
        { path: "input.customer.recipientCode", values: [MISSING, "0000000", "ABC"], with: { "input.customer": PUBLIC_CUSTOMER, "input.cig": "S000000001" } },
        { path: "input.cig", values: [MISSING, "", "123", "S00000000!"], with: { "input.customer": PUBLIC_CUSTOMER } },
        { path: "input.cup", values: ["123", "J41B2400001000X7"], with: { "input.customer": PUBLIC_CUSTOMER, "input.cig": "S000000001" } },
        // CIG and CUP belong to invoices to public administrations.
        { path: "input.cig", values: ["S000000001"] },
        { path: "input.cup", values: ["J41B24000010007"] },
        // The date: a real day, not in the future, not before VAT rates, not before the last invoice of its year.
        { path: "input.issueDate", values: [...MALFORMED_DATES, FUTURE, "2015-12-31", `${YEAR}-01-01`, `${YEAR - 1}-06-01`] },
        // The lines.
        { path: "input.lines", values: [[], Array.from({ length: 201 }, () => line("1.00")), MISSING, null] },
        { path: "input.lines.0.description", values: [...badText(1000), NOT_LATIN] },
        { path: "input.lines.0.quantity", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE] },
        { path: "input.lines.0.unitPrice", values: [...MALFORMED_DECIMALS.slice(0, 8), ...NOT_POSITIVE, MISSING] },
        { path: "input.lines.0.vatCode", values: ["", "NOPE", "22", "EXEMPT", "N4"] },
        // More than a money column holds: one line, or the lines together with their VAT.
        { path: "input.lines.0.quantity", values: ["9999999999"], with: { "input.lines.0.unitPrice": "999999999999.99" } },
        { path: "input.lines", values: [[line("600000000000.00"), line("600000000000.00")], [line("900000000000.00")]] },
        { path: "input.notes", values: [...badOptionalText(200), NOT_LATIN] },
      ],
    },

    issueCreditNote: {
      query: "mutation ($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { id } }",
      valid: () => ({ input: { invoiceId: INVOICE_OF_A, lines: [line("10.00")], reason: "Sconto riconosciuto" } }),
      cases: [
        notFound("input.invoiceId"),
        { path: "input.invoiceId", values: MALFORMED_IDS },
        // A credit note is not corrected by another; an invoice credited in full has nothing left.
        { path: "input.invoiceId", values: [CREDIT_NOTE, CREDITED_INVOICE], code: "CONFLICT" },
        // Demo invoice 5 is dated in February of last year; a later number cannot carry an earlier date.
        { path: "input.issueDate", values: [...MALFORMED_DATES.slice(0, 6), FUTURE, `${YEAR - 1}-01-02`, `${YEAR - 1}-06-01`] },
        // More than the invoice's gross (768.40).
        { path: "input.lines", values: [[], [line("700.00")], [line("300.00"), line("300.00"), line("100.00")]] },
        { path: "input.lines.0.quantity", values: [...MALFORMED_DECIMALS.slice(0, 4), "0", "-1"] },
        { path: "input.lines.0.unitPrice", values: [...MALFORMED_DECIMALS.slice(0, 4), ...NOT_POSITIVE] },
        { path: "input.lines.0.vatCode", values: ["NOPE", ""] },
        { path: "input.lines.0.description", values: badText(1000).slice(0, 3) },
        { path: "input.reason", values: [...badText(200), NOT_LATIN, MISSING] },
      ],
    },

    issueFeeInvoices: {
      query: "mutation ($input: IssueFeeInvoicesInput!) { issueFeeInvoices(input: $input) { id } }",
      valid: () => ({ input: { from: "2018-02-01", to: "2018-02-28" } }),
      cases: [
        { path: "input.from", values: [...MALFORMED_DATES, MISSING] },
        { path: "input.to", values: [...MALFORMED_DATES.slice(0, 8), MISSING] },
        // Before the first fee rate nothing is owed; the period ends before it starts, spans two years, or is not over.
        { path: "input.from", values: ["2014-01-01"], with: { "input.to": "2014-12-31" } },
        { path: "input.to", values: ["2018-01-31", "2019-01-05"] },
        { path: "input.to", values: [TODAY, FUTURE.replace("01-01", "12-31")], with: { "input.from": `${YEAR}-01-01` } },
        // Overlaps the period already invoiced.
        { path: "input.from", values: ["2016-03-15", "2016-02-01"], code: "CONFLICT", with: { "input.to": "2016-04-15" } },
        // Invoiced after the period ends, never in the future.
        { path: "input.issueDate", values: [...MALFORMED_DATES.slice(0, 6), FUTURE] },
        { path: "input.issueDate", values: ["2018-02-28", "2018-01-15"], code: "CONFLICT" },
      ],
    },

    recordFundContribution: {
      query: "mutation ($input: RecordFundContributionInput!) { recordFundContribution(input: $input) { id } }",
      valid: () => ({ input: { amount: "100.00", contributor: "Fondazione Cariplo", note: "Bando welfare di comunità" } }),
      cases: [
        // Beyond what the fund can hold, once added to its balance.
        { path: "input.amount", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE, "999999999999.99", MISSING] },
        { path: "input.contributedOn", values: [...MALFORMED_DATES, FUTURE] },
        { path: "input.contributor", values: [...badOptionalText(200), MISSING, "   "] },
        // A cooperative and another contributor at once.
        { path: "input.cooperativeId", values: [COOP_A], field: "input.contributor" },
        { path: "input.cooperativeId", values: ["not-a-uuid", ...UNKNOWN_IDS.slice(1), ...MALFORMED_IDS.slice(0, 3)], with: { "input.contributor": null } },
        { path: "input.note", values: badOptionalText(500) },
      ],
    },

    grantLoan: {
      query: "mutation ($input: GrantLoanInput!) { grantLoan(input: $input) { id } }",
      valid: () => ({ input: { cooperativeId: ACTIVE, principal: "5000.00", annualRate: "3.125", termMonths: 24 } }),
      cases: [
        noCooperative("input.cooperativeId"),
        { path: "input.cooperativeId", values: MALFORMED_IDS },
        { path: "input.cooperativeId", values: [APPLICANT, WITHDRAWN], code: "CONFLICT" },
        // Not an amount, above the fund's limit, less than a cent a month; more than the fund holds.
        { path: "input.principal", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE, "500000.01", "0.23", MISSING] },
        { path: "input.principal", values: ["500000.00"], code: "CONFLICT" },
        // A Rate has at most six decimals and three digits before the point; the fund's, four decimals and at most 10%.
        { path: "input.annualRate", values: ["abc", "1e3", "4,5", "4.1234567", "1234.5", "", 4.5, true, "4.12345", "-1", "10.0001", "100", "12", MISSING] },
        { path: "input.termMonths", values: [0, -1, 121, ...MALFORMED_INTS, MISSING] },
        { path: "input.startDate", values: [...MALFORMED_DATES, FUTURE, "2014-12-31"] },
      ],
    },

    recordLoanPayment: {
      query: "mutation ($input: RecordLoanPaymentInput!) { recordLoanPayment(input: $input) { id } }",
      valid: () => ({ input: { loanId: LOAN_OF_A, amount: "50.00" } }),
      cases: [
        notFound("input.loanId"),
        { path: "input.loanId", values: MALFORMED_IDS },
        // Repaid in full: nothing is owed.
        { path: "input.loanId", values: [REPAID_LOAN] },
        // More than is owed on the loan (25000.00 over 36 months).
        { path: "input.amount", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE, "30000.00", MISSING] },
        { path: "input.paidOn", values: [...MALFORMED_DATES, FUTURE, "2015-01-01"] },
      ],
    },

    recordMembershipFee: {
      query: "mutation ($input: RecordMembershipFeeInput!) { recordMembershipFee(input: $input) { id } }",
      valid: () => ({ input: { cooperativeId: NO_BILLING_DETAILS, year: 2017 } }),
      cases: [
        noCooperative("input.cooperativeId"),
        { path: "input.cooperativeId", values: MALFORMED_IDS },
        { path: "input.cooperativeId", values: [APPLICANT], code: "CONFLICT" },
        // Before the fees were configured, or after next year.
        { path: "input.year", values: [2014, 300, 999, 0, -1, YEAR + 2, 99_999, ...MALFORMED_INTS, MISSING] },
        // Recorded already: the demo cooperatives paid last year's.
        { path: "input.year", values: [YEAR - 1], code: "CONFLICT", with: { "input.cooperativeId": demoId("cooperative", 1) } },
        { path: "input.paidOn", values: [...MALFORMED_DATES, FUTURE] },
      ],
    },

    invoices: {
      query: "query ($first: Int, $after: String, $filter: InvoiceFilter) { invoices(first: $first, after: $after, filter: $filter) { totalCount } }",
      valid: () => ({}),
      cases: [
        ...BAD_PAGES,
        { path: "filter", values: [{ issuedFrom: "2026-02-30" }], field: "filter.issuedFrom" },
        { path: "filter", values: [{ issuedTo: "today" }], field: "filter.issuedTo" },
        { path: "filter", values: [{ documentType: "NOPE" }], field: "filter.documentType" },
        { path: "filter", values: [{ purpose: "general" }], field: "filter.purpose" },
        { path: "filter", values: [{ year: "2026" }], field: "filter.year" },
      ],
    },

    loans: {
      query: "query ($first: Int, $after: String, $filter: LoanFilter) { loans(first: $first, after: $after, filter: $filter) { totalCount } }",
      valid: () => ({}),
      cases: [...BAD_PAGES, { path: "filter", values: [{ status: "LATE" }], field: "filter.status" }],
    },

    membershipFees: {
      query: "query ($first: Int, $after: String) { membershipFees(first: $first, after: $after) { totalCount } }",
      valid: () => ({}),
      cases: BAD_PAGES,
    },

    feePeriods: {
      query: "query ($first: Int) { feePeriods(first: $first) { totalCount } }",
      valid: () => ({}),
      cases: BAD_PAGES.slice(0, 1),
    },

    "Fund.movements": {
      query: "query ($first: Int, $after: String) { fund { movements(first: $first, after: $after) { totalCount } } }",
      valid: () => ({}),
      cases: BAD_PAGES,
    },

    "Cooperative.invoices": {
      query: "query ($id: ID!, $first: Int) { cooperative(id: $id) { invoices(first: $first) { totalCount } } }",
      valid: () => ({ id: COOP_A }),
      cases: [{ path: "first", values: [-1, 101, ...MALFORMED_INTS.slice(0, 2)] }],
    },

    financeStats: {
      query: "query ($year: Int!) { financeStats(year: $year) { documentsIssued } }",
      valid: () => ({ year: YEAR }),
      cases: [{ path: "year", values: [1800, 3000, -1, ...MALFORMED_INTS] }],
    },
  },
};
