/** Membership's part of the bad-input sweep, on its demo data. */
import { demoId, isoDate, today } from "@coopgraph/kit";
import { demoPersonId } from "@coopgraph/membership";
import { application, newPerson } from "../access/membership";
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
  NOT_POSITIVE,
  UNKNOWN_IDS,
} from "./values";
import { MISSING, type SubgraphSweep } from "./sweep";

const ACTIVE = demoId("cooperative", 6);
const WITHDRAWN = demoId("cooperative", 26);
const APPLICANT = demoId("cooperative", 29);
const TODAY = isoDate(today());
const FUTURE = "2099-01-01";

/** Ids that name nothing: NOT_FOUND, naming the id. */
const notFound = (path: string) => ({ path, values: UNKNOWN_IDS, code: "NOT_FOUND" as const, field: null });

export const sweep: SubgraphSweep = {
  async prepare(ctx) {
    const coopA = (await ctx.admin(`{ cooperative(id: "${COOP_A}") { taxCode alboNumber } }`)).cooperative;
    const person = (await ctx.admin(`{ person(id: "${demoPersonId(5, 1)}") { taxCode } }`)).person;
    const applicant = (await ctx.admin("mutation ($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }", { input: application(ctx) }))
      .applyForMembership.id;
    const left = (await ctx.admin("mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }", { input: newPerson(ctx) })).addPerson.id;
    await ctx.admin("mutation ($input: EndPersonInput!) { endPerson(input: $input) { id } }", { input: { personId: left, endDate: TODAY } });
    return { coopA, personTaxCode: person.taxCode, application: application(ctx), applicant, newPerson: newPerson(ctx), left };
  },

  operations: {
    applyForMembership: {
      query: "mutation ($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }",
      valid: (f) => ({ input: { ...f.application, email: "segreteria@example.it" } }),
      cases: [
        { path: "input.name", values: [...badText(200), MISSING, null] },
        { path: "input.taxCode", values: ["", "1234567890", "12345678901", "ABCDEFGHIJK", "123456789012", "RSSMRA80A01H501U", ...CONTROL_CHARACTERS.slice(0, 1)] },
        { path: "input.taxCode", values: ["@coopA.taxCode"], code: "CONFLICT" },
        { path: "input.alboNumber", values: ["123456", "A12345", "B1234567", "AA12345", MISSING] },
        { path: "input.alboNumber", values: ["@coopA.alboNumber"], code: "CONFLICT" },
        { path: "input.type", values: malformedEnum("B") },
        { path: "input.municipality", values: badText(100) },
        { path: "input.province", values: ["", "XX", "MIL", "M1", ...CONTROL_CHARACTERS.slice(0, 1)] },
        { path: "input.atecoCodes", values: [[], null] },
        { path: "input.atecoCodes.0", values: ["45.20.00", "8129.10", "ab.cd.ef", "81.29.10x", "81.2x", ""] },
        { path: "input.email", values: ["not-an-email", "a@b", `${"x".repeat(250)}@example.it`, ...CONTROL_CHARACTERS.slice(0, 2)] },
        { path: "input.requestedShareCapital", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE] },
      ],
    },

    decideMembershipApplication: {
      query: "mutation ($input: DecideMembershipApplicationInput!) { decideMembershipApplication(input: $input) { id } }",
      valid: (f) => ({ input: { cooperativeId: f.applicant, decision: "ADMIT", resolutionNumber: "CdA 2026/7", resolutionDate: TODAY } }),
      cases: [
        notFound("input.cooperativeId"),
        { path: "input.cooperativeId", values: MALFORMED_IDS },
        // Already decided: ACTIVE since the demo data was seeded.
        { path: "input.cooperativeId", values: [COOP_A], code: "CONFLICT", field: null },
        { path: "input.decision", values: malformedEnum("ADMIT") },
        { path: "input.resolutionNumber", values: badText(50) },
        { path: "input.resolutionDate", values: [...MALFORMED_DATES, FUTURE, "2000-01-01"] },
        { path: "input.reason", values: badOptionalText(500) },
      ],
    },

    changeCooperativeStatus: {
      query: "mutation ($input: ChangeCooperativeStatusInput!) { changeCooperativeStatus(input: $input) { id } }",
      valid: () => ({ input: { cooperativeId: ACTIVE, status: "SUSPENDED", reason: "quota sociale non versata" } }),
      cases: [
        notFound("input.cooperativeId"),
        { path: "input.cooperativeId", values: MALFORMED_IDS },
        { path: "input.status", values: malformedEnum("SUSPENDED") },
        { path: "input.status", values: ["APPLICANT", "REJECTED", "ACTIVE"], code: "CONFLICT" },
        { path: "input.status", values: ["ACTIVE", "SUSPENDED", "EXCLUDED"], code: "CONFLICT", with: { "input.cooperativeId": WITHDRAWN } },
        { path: "input.status", values: ["ACTIVE", "REJECTED"], code: "CONFLICT", with: { "input.cooperativeId": APPLICANT } },
        { path: "input.reason", values: [...badText(500), MISSING] },
        { path: "input.effectiveDate", values: [...MALFORMED_DATES, FUTURE, "2000-01-01"] },
        { path: "input.resolutionNumber", values: badOptionalText(50) },
      ],
    },

    recordShareCapital: {
      query: "mutation ($input: RecordShareCapitalInput!) { recordShareCapital(input: $input) { id } }",
      valid: () => ({ input: { cooperativeId: COOP_A, kind: "SUBSCRIPTION", amount: "100.00", date: TODAY } }),
      cases: [
        notFound("input.cooperativeId"),
        { path: "input.cooperativeId", values: MALFORMED_IDS },
        { path: "input.cooperativeId", values: [APPLICANT, WITHDRAWN], code: "CONFLICT", field: null },
        { path: "input.kind", values: malformedEnum("PAYMENT") },
        { path: "input.amount", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE] },
        // Within a Decimal, but the subscribed capital would no longer fit one.
        { path: "input.amount", values: ["999999999999.99"] },
        // Cooperative A has paid all it subscribed: any payment is too much.
        { path: "input.amount", values: ["1.00", "999999999999.99"], with: { "input.kind": "PAYMENT" } },
        { path: "input.date", values: [...MALFORMED_DATES, FUTURE] },
      ],
    },

    recordDurc: {
      query: "mutation ($input: RecordDurcInput!) { recordDurc(input: $input) { id } }",
      valid: () => ({ input: { cooperativeId: COOP_A, issueDate: TODAY, protocolNumber: "INPS_41000001" } }),
      cases: [
        notFound("input.cooperativeId"),
        { path: "input.cooperativeId", values: MALFORMED_IDS },
        { path: "input.issueDate", values: [...MALFORMED_DATES, FUTURE, "2015-06-30", MISSING] },
        { path: "input.protocolNumber", values: badOptionalText(50) },
      ],
    },

    addPerson: {
      query: "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }",
      valid: (f) => ({ input: f.newPerson }),
      cases: [
        notFound("input.cooperativeId"),
        { path: "input.cooperativeId", values: MALFORMED_IDS },
        { path: "input.cooperativeId", values: [WITHDRAWN], code: "CONFLICT", field: null },
        { path: "input.firstName", values: badText(100) },
        { path: "input.lastName", values: badText(100) },
        { path: "input.taxCode", values: ["", "RSSMRA80A01H501", "RSSMRA80A01H501X", "12345678901", "RSSMRA80A01H5010U", "RSSMRA80Z01H501U"] },
        { path: "input.taxCode", values: ["@personTaxCode"], code: "CONFLICT" },
        { path: "input.role", values: malformedEnum("WORKER_MEMBER") },
        { path: "input.startDate", values: [...MALFORMED_DATES, MISSING] },
      ],
    },

    endPerson: {
      query: "mutation ($input: EndPersonInput!) { endPerson(input: $input) { id } }",
      valid: () => ({ input: { personId: demoPersonId(5, 1), endDate: TODAY } }),
      cases: [
        notFound("input.personId"),
        { path: "input.personId", values: MALFORMED_IDS },
        { path: "input.personId", values: ["@left"], code: "CONFLICT" },
        { path: "input.endDate", values: [...MALFORMED_DATES, "2000-01-01"] },
      ],
    },

    cooperatives: {
      query: "query ($first: Int, $after: String, $filter: CooperativeFilter) { cooperatives(first: $first, after: $after, filter: $filter) { totalCount } }",
      valid: () => ({}),
      cases: [
        ...BAD_PAGES,
        { path: "filter", values: [{ ids: Array.from({ length: 101 }, (_, i) => demoId("cooperative", i)) }], field: "filter.ids" },
        { path: "filter", values: [{ province: "XX" }], field: "filter.province" },
        { path: "filter", values: [{ status: ["NOPE"] }], field: "filter.status.0" },
      ],
    },

    "Cooperative.people": {
      query: "query ($id: ID!, $first: Int, $after: String) { cooperative(id: $id) { people(first: $first, after: $after) { totalCount } } }",
      valid: () => ({ id: COOP_A }),
      cases: BAD_PAGES,
    },

    "Cooperative.workforce": {
      query: "query ($id: ID!, $month: String!) { cooperative(id: $id) { workforce(month: $month) { workers } } }",
      valid: () => ({ id: COOP_A, month: TODAY.slice(0, 7) }),
      cases: [{ path: "month", values: ["2026-13", "2026", "26-01", "", "1899-12", "2026-1", 202601] }],
    },
  },
};
