/**
 * Inclusion's part of the bad-input sweep, on its demo data. Every read of a placement or plan
 * writes an audit record: a refused input must write none, and the row counts include the log.
 */
import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { demoPersonId } from "@coopgraph/membership";
import { COOP_A, COOP_B } from "../access/matrix";
import { MISSING, type SubgraphSweep } from "./sweep";
import {
  BAD_PAGES,
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

const TODAY = isoDate(today());
const TOMORROW = isoDate(addDays(today(), 1));
const FUTURE = "2099-01-01";
/** Demo placement 12: open employment of cooperative A's person 0, started 600 days ago. */
const OPEN_OF_A = demoId("placement", 12);
/** Demo placement 15: cooperative 8's, ended 700 days ago (dropped out). */
const ENDED = demoId("placement", 15);
/** Cooperative A's person 3, a worker member with no placement; person 2 is a volunteer member. */
const WORKER_OF_A = demoPersonId(5, 3);
const VOLUNTEER_OF_A = demoPersonId(5, 2);
const WITHDRAWN = demoId("cooperative", 26);
const SUSPENDED = demoId("cooperative", 27);
const MONTH = TODAY.slice(0, 7);
const BAD_MONTHS = ["2026-13", "2026-00", "2026-1", "2026", "26-01", "2026-03-01", "March", "", " 2026-03", "1989-12", "1991-11", "2201-01", "x".repeat(1000), 202603];

/** Ids that name nothing: NOT_FOUND. */
const notFound = (path: string) => ({ path, values: UNKNOWN_IDS, code: "NOT_FOUND" as const, field: null });

const START_INPUT = {
  personId: WORKER_OF_A,
  cooperativeId: COOP_A,
  category: "ADDICTION",
  referringService: "ADDICTION_SERVICE",
  certificationReference: "PROT-2026/0042",
  certificationDate: "2010-01-01",
  kind: "EMPLOYMENT",
  hoursPerWeek: 20,
  role: "Addetto al magazzino",
  tutor: "Maria Ferri",
  startDate: isoDate(addDays(today(), -30)),
  goals: ["Continuità della presenza", "Uso del transpallet"],
};
const TRAINEESHIP = { "input.kind": "TRAINEESHIP", "input.monthlyStipend": "450.00" };

export const sweep: SubgraphSweep = {
  operations: {
    startPlacement: {
      query: "mutation ($input: StartPlacementInput!) { startPlacement(input: $input) { id category } }",
      valid: () => ({ input: START_INPUT }),
      cases: [
        { path: "input.personId", values: [...MALFORMED_IDS, MISSING, null] },
        // Not an id, nobody membership knows, someone of another cooperative: no name is told.
        { path: "input.personId", values: ["not-a-uuid", ...UNKNOWN_IDS.slice(1), demoPersonId(3, 0)] },
        // Already placed in cooperative A, and the placement has not ended.
        { path: "input.personId", values: [demoPersonId(5, 0)], code: "CONFLICT" },
        // A volunteer member is not a worker: employment is refused, naming the kind.
        { path: "input.personId", values: [VOLUNTEER_OF_A], field: "input.kind" },
        { path: "input.cooperativeId", values: [...MALFORMED_IDS, "not-a-uuid", ...UNKNOWN_IDS.slice(1), MISSING] },
        // The person belongs to cooperative A, not B.
        { path: "input.cooperativeId", values: [COOP_B], field: "input.personId" },
        // Members no longer active: their own people cannot start a placement there.
        { path: "input.cooperativeId", values: [WITHDRAWN], code: "CONFLICT", with: { "input.personId": demoPersonId(26, 0) } },
        { path: "input.cooperativeId", values: [SUSPENDED], code: "CONFLICT", with: { "input.personId": demoPersonId(27, 0) } },
        { path: "input.category", values: [...malformedEnum("ADDICTION"), MISSING] },
        { path: "input.referringService", values: malformedEnum("ADDICTION_SERVICE") },
        { path: "input.certificationReference", values: [...badText(100), MISSING] },
        // In the future, or after the start (certified after the person began).
        { path: "input.certificationDate", values: [...MALFORMED_DATES, FUTURE, TOMORROW, TODAY, MISSING] },
        { path: "input.kind", values: [...malformedEnum("EMPLOYMENT"), MISSING] },
        // Employment has a wage, not a stipend.
        { path: "input.monthlyStipend", values: ["450.00"] },
        // A traineeship needs a positive stipend that fits a month's payment.
        { path: "input.monthlyStipend", values: [...MALFORMED_DECIMALS.slice(0, 10), ...NOT_POSITIVE, MISSING, null, "999999999999.99", "100000000.00"], with: TRAINEESHIP },
        { path: "input.hoursPerWeek", values: [0, -1, 49, 168, 1000, ...MALFORMED_INTS, MISSING, null] },
        { path: "input.role", values: badText(200) },
        { path: "input.tutor", values: badText(200) },
        // Before the law, before the person joined cooperative A (mid-2013).
        { path: "input.startDate", values: [...MALFORMED_DATES, "1991-12-17", "1950-01-01", "2013-01-01", MISSING] },
        { path: "input.goals", values: [[], Array.from({ length: 21 }, (_, i) => `Obiettivo ${i + 1}`), null, MISSING] },
        { path: "input.goals.0", values: [...badText(500), null] },
        { path: "input.goals.1", values: ["", "x".repeat(501), ...CONTROL_CHARACTERS.slice(0, 2)] },
      ],
    },

    endPlacement: {
      query: "mutation ($input: EndPlacementInput!) { endPlacement(input: $input) { id endDate } }",
      valid: () => ({ input: { placementId: OPEN_OF_A, endDate: TODAY, outcome: "ENDED" } }),
      cases: [
        notFound("input.placementId"),
        { path: "input.placementId", values: [...MALFORMED_IDS, MISSING] },
        // Ended already: an end is once.
        { path: "input.placementId", values: [ENDED], code: "CONFLICT" },
        { path: "input.endDate", values: [...MALFORMED_DATES, FUTURE, TOMORROW, "2000-01-01", MISSING] },
        { path: "input.outcome", values: [...malformedEnum("ENDED"), MISSING] },
      ],
    },

    addPlanReview: {
      query: "mutation ($input: AddPlanReviewInput!) { addPlanReview(input: $input) { id goals } }",
      valid: () => ({ input: { placementId: OPEN_OF_A, date: TODAY, progressNote: "Presenza regolare; buona relazione con il tutor." } }),
      cases: [
        notFound("input.placementId"),
        { path: "input.placementId", values: [...MALFORMED_IDS, MISSING] },
        { path: "input.date", values: [...MALFORMED_DATES, FUTURE, TOMORROW, "2000-01-01", MISSING] },
        // A review after the placement ended.
        { path: "input.date", values: [TODAY, "2020-01-01"], with: { "input.placementId": ENDED } },
        { path: "input.progressNote", values: [...badText(4000), MISSING, null] },
      ],
    },

    placements: {
      query: "query ($first: Int, $after: String, $filter: PlacementFilter) { placements(first: $first, after: $after, filter: $filter) { totalCount } }",
      valid: () => ({}),
      cases: [
        ...BAD_PAGES,
        { path: "filter", values: [{ category: ["NOPE"] }], field: "filter.category.0" },
        { path: "filter", values: [{ kind: "employment" }], field: "filter.kind" },
        { path: "filter", values: [{ current: "yes" }], field: "filter.current" },
        { path: "filter", values: [{ cooperativeId: 1.5 }], field: "filter.cooperativeId" },
      ],
    },

    placement: {
      query: "query ($id: ID!) { placement(id: $id) { id } }",
      valid: () => ({ id: OPEN_OF_A }),
      cases: [{ path: "id", values: [...MALFORMED_IDS.slice(0, 4), MISSING] }],
    },

    auditLog: {
      query: "query ($first: Int, $after: String, $filter: AuditLogFilter) { auditLog(first: $first, after: $after, filter: $filter) { totalCount } }",
      valid: () => ({}),
      cases: [
        ...BAD_PAGES,
        { path: "filter", values: [{ from: "yesterday" }, { from: "2026-02-30T00:00:00Z" }], field: "filter.from" },
        { path: "filter", values: [{ to: 20260101 }], field: "filter.to" },
        { path: "filter", values: [{ recordType: "NOPE" }], field: "filter.recordType" },
      ],
    },

    inclusionWatchlist: {
      query: "query ($month: String!, $first: Int, $after: String) { inclusionWatchlist(month: $month, first: $first, after: $after) { totalCount } }",
      valid: () => ({ month: MONTH }),
      cases: [{ path: "month", values: [...BAD_MONTHS, MISSING] }, ...BAD_PAGES],
    },

    inclusionStats: {
      query: "query ($year: Int!) { inclusionStats(year: $year) { year } }",
      valid: () => ({ year: today().getUTCFullYear() }),
      cases: [{ path: "year", values: [1989, 2201, -1, 0, ...MALFORMED_INTS, MISSING] }],
    },

    "Cooperative.inclusionCompliance": {
      query: "query ($id: ID!, $month: String!) { cooperative(id: $id) { inclusionCompliance(month: $month) { compliant } } }",
      valid: () => ({ id: COOP_A, month: MONTH }),
      cases: [{ path: "month", values: BAD_MONTHS }],
    },

    "Cooperative.placements": {
      query: "query ($id: ID!, $first: Int, $after: String) { cooperative(id: $id) { placements(first: $first, after: $after) { totalCount } } }",
      valid: () => ({ id: COOP_A }),
      cases: BAD_PAGES,
    },
  },
};
