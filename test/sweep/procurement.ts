/** Procurement's part of the bad-input sweep, on its demo data. */
import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { COOP_A } from "../access/matrix";
import {
  BAD_PAGES,
  badOptionalText,
  badText,
  CONTROL_CHARACTERS,
  MALFORMED_DATES,
  MALFORMED_DECIMALS,
  MALFORMED_IDS,
  malformedEnum,
  MALFORMED_INTS,
  NOT_POSITIVE,
  UNKNOWN_IDS,
} from "./values";
import { MISSING, type SubgraphSweep } from "./sweep";

const inDays = (days: number) => isoDate(addDays(today(), days));
const TENDER = (n: number) => demoId("tender", n);
const DRAFT = TENDER(1);
const BID_SUBMITTED = TENDER(5);
const AWARDED = TENDER(7);
const LOST = TENDER(9);
const AWARDED_UNASSIGNED = demoId("contract", 7);
const SIGNED = demoId("contract", 11);
const OPEN_PURCHASE = demoId("groupPurchase", 1);
const CLOSED_PURCHASE = demoId("groupPurchase", 2);
const ELIGIBLE = demoId("cooperative", 2);
const LAPSED_DURC = demoId("cooperative", 9);
const APPLICANT = demoId("cooperative", 29);
const UNKNOWN_COOPERATIVE = UNKNOWN_IDS[2];

const notFound = (path: string) => ({ path, values: UNKNOWN_IDS, code: "NOT_FOUND" as const, field: null });

const TENDER_INPUT = {
  cig: "S000000001",
  cup: "J41B24000010007",
  title: "Pulizia dei centri civici",
  object: "SERVICES",
  procedure: "OPEN",
  buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
  baseAmount: "180000.00",
  deadline: "2030-05-15",
  notes: "Sopralluogo obbligatorio",
};

export const sweep: SubgraphSweep = {
  async prepare(ctx) {
    const draft = (await ctx.admin(`{ tender(id: "${DRAFT}") { cig } }`)).tender;
    return { draftCig: draft.cig };
  },

  operations: {
    createTender: {
      query: "mutation ($input: CreateTenderInput!) { createTender(input: $input) { id } }",
      valid: () => ({ input: TENDER_INPUT }),
      cases: [
        { path: "input.cig", values: ["", "ABC", "12345678901", "ABCDEFGHI!", "Z-12345678", MISSING, ...CONTROL_CHARACTERS.slice(0, 1)] },
        { path: "input.cig", values: ["@draftCig"], code: "CONFLICT" },
        { path: "input.cup", values: ["123", "J41B2400001000X7", "J41B24000010007!", "J41B2400001000"] },
        { path: "input.title", values: badText(300) },
        { path: "input.object", values: malformedEnum("SERVICES") },
        { path: "input.procedure", values: malformedEnum("OPEN") },
        { path: "input.buyer", values: [MISSING, "Comune di Bergamo"], field: "input.buyer" },
        { path: "input.buyer.name", values: badText(200) },
        { path: "input.buyer.taxCode", values: ["", "123", "80034840168", "ABCDEFGHIJK", "RSSMRA80A01H501X"] },
        { path: "input.buyer.kind", values: malformedEnum("SUB_CENTRAL_AUTHORITY") },
        { path: "input.baseAmount", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE] },
        { path: "input.deadline", values: [...MALFORMED_DATES, MISSING] },
        { path: "input.notes", values: badOptionalText(4000) },
        // Lots that do not add up to the tender, or share its CIG.
        { path: "input.lots", values: [[{ title: "Lotto unico", baseAmount: "1.00" }]] },
        { path: "input.lots.0.baseAmount", values: ["abc", "0"], with: { "input.lots": [{ title: "Lotto unico", baseAmount: "180000.00" }] } },
        { path: "input.lots.0.title", values: badText(300).slice(0, 3), with: { "input.lots": [{ title: "Lotto unico", baseAmount: "180000.00" }] } },
        { path: "input.lots.0.cig", values: ["123", TENDER_INPUT.cig], with: { "input.lots": [{ title: "Lotto unico", baseAmount: "180000.00" }] } },
        // Law 381/1991 art. 5: a convenzione is for supplies and services, with a public body, below the EU threshold.
        { path: "input.object", values: ["WORKS"], with: { "input.procedure": "CONVENZIONE_ART5" } },
        { path: "input.buyer.kind", values: ["PRIVATE_CLIENT"], with: { "input.procedure": "CONVENZIONE_ART5" } },
        { path: "input.baseAmount", values: ["300000.00", "999999999999.99"], with: { "input.procedure": "CONVENZIONE_ART5" } },
      ],
    },

    changeTenderStatus: {
      query: "mutation ($input: ChangeTenderStatusInput!) { changeTenderStatus(input: $input) { id } }",
      valid: () => ({ input: { tenderId: DRAFT, status: "PUBLISHED", reason: "pubblicata sulla piattaforma" } }),
      cases: [
        notFound("input.tenderId"),
        { path: "input.tenderId", values: MALFORMED_IDS },
        { path: "input.status", values: malformedEnum("PUBLISHED") },
        // Out of order: a DRAFT skips ahead, a LOST tender is final, AWARDED only through awardTender, signing needs the contract assigned in full.
        { path: "input.status", values: ["DRAFT", "BID_SUBMITTED", "AWARDED", "LOST", "CONTRACT_SIGNED", "COMPLETED"], code: "CONFLICT" },
        { path: "input.status", values: ["PUBLISHED", "WITHDRAWN"], code: "CONFLICT", with: { "input.tenderId": LOST } },
        { path: "input.status", values: ["AWARDED"], code: "CONFLICT", with: { "input.tenderId": BID_SUBMITTED } },
        { path: "input.status", values: ["CONTRACT_SIGNED"], code: "CONFLICT", with: { "input.tenderId": AWARDED } },
        { path: "input.reason", values: badOptionalText(500) },
      ],
    },

    awardTender: {
      query: "mutation ($input: AwardTenderInput!) { awardTender(input: $input) { id } }",
      valid: () => ({ input: { tenderId: BID_SUBMITTED, value: "600000.00", startDate: inDays(30), endDate: inDays(395) } }),
      cases: [
        notFound("input.tenderId"),
        { path: "input.tenderId", values: MALFORMED_IDS },
        { path: "input.tenderId", values: [DRAFT, AWARDED, LOST], code: "CONFLICT" },
        { path: "input.value", values: [...MALFORMED_DECIMALS.slice(0, 8), ...NOT_POSITIVE, "620000.01"] },
        { path: "input.startDate", values: MALFORMED_DATES.slice(0, 6) },
        { path: "input.endDate", values: [...MALFORMED_DATES.slice(0, 6), inDays(29)] },
        { path: "input.awardedOn", values: [...MALFORMED_DATES.slice(0, 4), "2099-01-01"] },
      ],
    },

    assignContract: {
      query: "mutation ($input: AssignContractInput!) { assignContract(input: $input) { id } }",
      valid: () => ({ input: { contractId: AWARDED_UNASSIGNED, assignments: [{ cooperativeId: ELIGIBLE, sharePercent: "100" }] } }),
      cases: [
        notFound("input.contractId"),
        { path: "input.contractId", values: MALFORMED_IDS.slice(0, 3) },
        { path: "input.contractId", values: [SIGNED], code: "CONFLICT" },
        { path: "input.assignments", values: [[], Array.from({ length: 101 }, (_, i) => ({ cooperativeId: demoId("cooperative", 100 + i), sharePercent: "0.99" }))] },
        { path: "input.assignments.0.cooperativeId", values: ["not-a-uuid", UNKNOWN_COOPERATIVE, ...MALFORMED_IDS.slice(0, 2)] },
        { path: "input.assignments.0.cooperativeId", values: [LAPSED_DURC, APPLICANT], code: "CONFLICT" },
        { path: "input.assignments.0.sharePercent", values: [...MALFORMED_DECIMALS.slice(0, 6), "0", "100.01", "-5", "150"] },
        {
          path: "input.assignments",
          values: [[{ cooperativeId: ELIGIBLE, sharePercent: "50" }, { cooperativeId: ELIGIBLE, sharePercent: "50" }]],
          field: "input.assignments.1.cooperativeId",
        },
      ],
    },

    createGroupPurchase: {
      query: "mutation ($input: CreateGroupPurchaseInput!) { createGroupPurchase(input: $input) { id } }",
      valid: () => ({ input: { item: "Sacchi per rifiuti", unit: "rotolo da 20", unitPrice: "3.40", closesOn: inDays(10) } }),
      cases: [
        { path: "input.item", values: badText(200) },
        { path: "input.unit", values: badText(100) },
        { path: "input.unitPrice", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE] },
        { path: "input.closesOn", values: [...MALFORMED_DATES, "2000-01-01", inDays(-1)] },
      ],
    },

    placeGroupOrder: {
      query: "mutation ($input: PlaceGroupOrderInput!) { placeGroupOrder(input: $input) { id } }",
      valid: () => ({ input: { groupPurchaseId: OPEN_PURCHASE, cooperativeId: COOP_A, quantity: 3 } }),
      cases: [
        notFound("input.groupPurchaseId"),
        { path: "input.groupPurchaseId", values: MALFORMED_IDS.slice(0, 3) },
        { path: "input.groupPurchaseId", values: [CLOSED_PURCHASE], code: "CONFLICT" },
        { path: "input.cooperativeId", values: ["not-a-uuid", UNKNOWN_COOPERATIVE, ...MALFORMED_IDS.slice(0, 2)] },
        { path: "input.cooperativeId", values: [APPLICANT], code: "CONFLICT" },
        { path: "input.quantity", values: [0, -1, 1_000_001, ...MALFORMED_INTS, MISSING] },
      ],
    },

    tenders: {
      query: "query ($first: Int, $after: String, $filter: TenderFilter) { tenders(first: $first, after: $after, filter: $filter) { totalCount } }",
      valid: () => ({}),
      cases: [
        ...BAD_PAGES,
        { path: "filter", values: [{ deadlineFrom: "2026-02-30" }], field: "filter.deadlineFrom" },
        { path: "filter", values: [{ status: "NOPE" }], field: "filter.status" },
      ],
    },

    contracts: {
      query: "query ($first: Int, $after: String) { contracts(first: $first, after: $after) { totalCount } }",
      valid: () => ({}),
      cases: BAD_PAGES,
    },

    groupPurchases: {
      query: "query ($first: Int, $after: String) { groupPurchases(first: $first, after: $after) { totalCount } }",
      valid: () => ({}),
      cases: BAD_PAGES.slice(0, 1),
    },

    "Cooperative.contractValue": {
      query: "query ($id: ID!, $year: Int!) { cooperative(id: $id) { contractValue(year: $year) } }",
      valid: () => ({ id: COOP_A, year: today().getUTCFullYear() }),
      cases: [{ path: "year", values: [1800, 3000, -1, ...MALFORMED_INTS] }],
    },
  },
};
