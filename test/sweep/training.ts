/** Training's part of the bad-input sweep, on its demo data. */
import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { demoPersonId } from "@coopgraph/membership";
import { newPerson } from "../access/membership";
import { createdCourse, enrolOfA } from "../access/training";
import { COOP_A } from "../access/matrix";
import {
  BAD_PAGES,
  badOptionalText,
  badText,
  MALFORMED_DATES,
  MALFORMED_DECIMALS,
  MALFORMED_IDS,
  malformedEnum,
  MALFORMED_INTS,
  NOT_POSITIVE,
  UNKNOWN_IDS,
} from "./values";
import { MISSING, type SubgraphSweep } from "./sweep";

const TODAY = isoDate(today());
const inDays = (days: number) => isoDate(addDays(today(), days));
const course = (n: number) => demoId("course", n);
const enrolment = (n: number, i: number) => demoId("enrolment", n * 1000 + i);
const session = (n: number, s: number) => demoId("course-session", n * 100 + s);

/** Course 7 is still to come; person 6 of cooperative A is not on it. */
const UPCOMING = course(7);
const NOT_ENROLLED = demoPersonId(5, 6);
/** Course 8 ended: person 0 of cooperative A holds a certificate of it (12 of 12 hours; 8.40 required). */
const ENDED = course(8);
const CERTIFIED = enrolment(8, 4);
/** Course 5 runs now: person 0 of cooperative 3 attended its first sessions, session 4 is next week. */
const RUNNING_ENROLLED = enrolment(5, 0);
/** Course 6, to come: the third to ask withdrew, the tenth waits for a seat. */
const CANCELLED = enrolment(6, 2);
const WAITLISTED = enrolment(6, 9);
const WITHDRAWN = demoId("cooperative", 26);
const APPLICANT = demoId("cooperative", 29);
const UNKNOWN_COOPERATIVE = UNKNOWN_IDS[2];

const notFound = (path: string) => ({ path, values: UNKNOWN_IDS, code: "NOT_FOUND" as const, field: null });

/** A blended course funded by the Region, in two sessions of 4 hours a week apart. */
const COURSE_INPUT = {
  title: "Competenze digitali per il lavoro di cura",
  description: "Registro elettronico, posta e videochiamate",
  area: "DIGITAL",
  hours: "8.00",
  seats: 20,
  startDate: "2030-03-02",
  endDate: "2030-03-09",
  mode: "BLENDED",
  venue: "Consorzio, sede di Bergamo",
  fundingSource: "REGION",
  fundingNotice: "Regione Lombardia - Avviso competenze digitali 2030",
  fundingAmount: "6000.00",
  attendanceThreshold: 75,
  sessions: [
    { date: "2030-03-02", hours: "4.00" },
    { date: "2030-03-09", hours: "4.00" },
  ],
};

export const sweep: SubgraphSweep = {
  async prepare(ctx) {
    // A person of cooperative A who left yesterday: no longer one of its people.
    const left = (await ctx.admin("mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }", { input: newPerson(ctx) })).addPerson.id;
    await ctx.admin("mutation ($input: EndPersonInput!) { endPerson(input: $input) { id } }", { input: { personId: left, endDate: inDays(-1) } });
    // A seat on a course held today, its one session not yet recorded.
    const heldToday = await createdCourse(ctx, { days: 0 });
    const seated = await enrolOfA(ctx, heldToday.id);
    return { leftCoopA: left, correctingNothing: { enrolmentId: seated.id, sessionId: heldToday.sessionId, hours: "4.00", correctionReason: "firma mancante sul registro" } };
  },

  operations: {
    createCourse: {
      query: "mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }",
      valid: () => ({ input: COURSE_INPUT }),
      cases: [
        { path: "input.title", values: [...badText(200), MISSING, null] },
        { path: "input.description", values: badOptionalText(4000) },
        { path: "input.area", values: [...malformedEnum("DIGITAL"), MISSING] },
        { path: "input.hours", values: [...MALFORMED_DECIMALS, ...NOT_POSITIVE, "10000.00", "99999999.00", MISSING] },
        // Hours that the sessions do not add up to.
        { path: "input.hours", values: ["8.01", "12.00", "4.00"], field: "input.sessions" },
        { path: "input.seats", values: [0, -1, 501, 100_000, ...MALFORMED_INTS, MISSING] },
        { path: "input.startDate", values: [...MALFORMED_DATES, MISSING] },
        // Starting after it ends.
        { path: "input.startDate", values: ["2030-03-10", "2031-01-01"], field: "input.endDate" },
        { path: "input.endDate", values: [...MALFORMED_DATES.slice(0, 8), "2030-03-01", "2029-12-31"] },
        // Ending before its second session.
        { path: "input.endDate", values: ["2030-03-08"], field: "input.sessions.1.date" },
        { path: "input.mode", values: malformedEnum("BLENDED") },
        { path: "input.venue", values: [...badOptionalText(300), MISSING, null, "", "   "] },
        { path: "input.mode", values: ["ONLINE"], field: "input.venue" },
        { path: "input.fundingSource", values: malformedEnum("REGION") },
        { path: "input.fundingNotice", values: [...badOptionalText(300), MISSING, null, ""] },
        // A self-funded course names no notice (nor an amount).
        { path: "input.fundingSource", values: ["SELF_FUNDED"], field: "input.fundingNotice" },
        { path: "input.fundingAmount", values: [...MALFORMED_DECIMALS.slice(0, 10), ...NOT_POSITIVE, MISSING, null] },
        { path: "input.attendanceThreshold", values: [0, 101, -1, 1000, ...MALFORMED_INTS] },
        { path: "input.safetyTraining", values: malformedEnum("GENERAL") },
        // Mandatory safety training is in the area SAFETY...
        { path: "input.safetyTraining", values: ["GENERAL", "FIRST_AID"], field: "input.area" },
        // ...lasts at least its kind's hours (12 for high-risk specific training)...
        { path: "input.safetyTraining", values: ["SPECIFIC_HIGH_RISK", "FIRST_AID"], field: "input.hours", with: { "input.area": "SAFETY", "input.attendanceThreshold": 90 } },
        // ...asks at least 90% attendance...
        { path: "input.attendanceThreshold", values: [75, 89], with: { "input.area": "SAFETY", "input.safetyTraining": "GENERAL", "input.hours": "8.00" } },
        // ...and starts when rules for it are configured.
        {
          path: "input.startDate",
          values: ["2011-06-01"],
          with: { "input.area": "SAFETY", "input.safetyTraining": "GENERAL", "input.attendanceThreshold": 90 },
        },
        { path: "input.sessions", values: [[], Array.from({ length: 201 }, () => ({ date: "2030-03-02", hours: "0.04" })), MISSING] },
        { path: "input.sessions", values: [[{ date: "2030-03-02", hours: "4.00" }]] },
        { path: "input.sessions.0.date", values: [...MALFORMED_DATES.slice(0, 6), "2030-03-01", "2030-03-10", MISSING] },
        { path: "input.sessions.0.hours", values: [...MALFORMED_DECIMALS.slice(0, 8), ...NOT_POSITIVE, "24.01", "10000", MISSING] },
      ],
    },

    enrol: {
      query: "mutation ($input: EnrolInput!) { enrol(input: $input) { id } }",
      valid: () => ({ input: { courseId: UPCOMING, personId: NOT_ENROLLED } }),
      cases: [
        notFound("input.courseId"),
        { path: "input.courseId", values: [...MALFORMED_IDS, MISSING, null] },
        { path: "input.courseId", values: [ENDED, course(12)], code: "CONFLICT" },
        { path: "input.personId", values: [...UNKNOWN_IDS, ""] },
        { path: "input.personId", values: [...MALFORMED_IDS, MISSING] },
        // Already ENROLLED, or already waiting for a seat.
        { path: "input.personId", values: [demoPersonId(5, 0)], code: "CONFLICT" },
        { path: "input.personId", values: [demoPersonId(6, 2)], code: "CONFLICT", with: { "input.courseId": course(6) } },
        // Not a current person of an ACTIVE member.
        { path: "input.personId", values: [demoPersonId(26, 0), demoPersonId(27, 0), demoPersonId(29, 0), "@leftCoopA"], code: "CONFLICT" },
      ],
    },

    cancelEnrolment: {
      query: "mutation ($input: CancelEnrolmentInput!) { cancelEnrolment(input: $input) { id } }",
      valid: () => ({ input: { enrolmentId: enrolment(7, 0), reason: "non può partecipare" } }),
      cases: [
        notFound("input.enrolmentId"),
        { path: "input.enrolmentId", values: [...MALFORMED_IDS, MISSING] },
        // Already cancelled; the course ended (its certificate stays on record).
        { path: "input.enrolmentId", values: [CANCELLED, CERTIFIED, enrolment(12, 0)], code: "CONFLICT" },
        { path: "input.reason", values: badOptionalText(500) },
      ],
    },

    recordAttendance: {
      query: "mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }",
      // A correction of a session already recorded.
      valid: () => ({ input: { enrolmentId: RUNNING_ENROLLED, sessionId: session(5, 0), hours: "4.00", correctionReason: "firma mancante sul registro" } }),
      cases: [
        notFound("input.enrolmentId"),
        { path: "input.enrolmentId", values: [...MALFORMED_IDS, MISSING] },
        // Only a participant holding a seat attends.
        { path: "input.enrolmentId", values: [CANCELLED, WAITLISTED], code: "CONFLICT" },
        // Not a session of this course, not one at all, or one still to come.
        { path: "input.sessionId", values: [...UNKNOWN_IDS, session(8, 0), session(5, 3), session(5, 5)] },
        { path: "input.sessionId", values: [...MALFORMED_IDS, MISSING] },
        { path: "input.hours", values: [...MALFORMED_DECIMALS, "-1.00", "-0.01", "4.01", "10000.00", "999999999999.99", MISSING] },
        { path: "input.correctionReason", values: badOptionalText(500) },
        // Recorded already: a second recording says why.
        { path: "input.correctionReason", values: [MISSING, null, "", "  "], code: "CONFLICT", field: "input.sessionId" },
        // Not recorded yet: nothing to correct.
        { path: "input", values: ["@correctingNothing"], field: "input.correctionReason" },
        // A correction that would take an issued certificate below its required hours.
        { path: "input.hours", values: ["0", "0.39"], code: "CONFLICT", with: { "input.enrolmentId": CERTIFIED, "input.sessionId": session(8, 0) } },
      ],
    },

    recordSafetyRiskLevel: {
      query: "mutation ($input: RecordSafetyRiskLevelInput!) { recordSafetyRiskLevel(input: $input) { riskLevel } }",
      valid: () => ({ input: { cooperativeId: COOP_A, riskLevel: "MEDIUM", effectiveFrom: TODAY } }),
      cases: [
        { path: "input.cooperativeId", values: [...UNKNOWN_IDS, ""] },
        { path: "input.cooperativeId", values: [...MALFORMED_IDS, MISSING] },
        // Not a member: an applicant, or one that has left.
        { path: "input.cooperativeId", values: [APPLICANT, WITHDRAWN], code: "CONFLICT" },
        { path: "input.riskLevel", values: [...malformedEnum("MEDIUM"), MISSING, null] },
        { path: "input.effectiveFrom", values: [...MALFORMED_DATES, inDays(1), "2099-01-01"] },
      ],
    },

    courses: {
      query: "query ($first: Int, $after: String, $filter: CourseFilter) { courses(first: $first, after: $after, filter: $filter) { totalCount } }",
      valid: () => ({}),
      cases: [
        ...BAD_PAGES,
        { path: "filter", values: [{ startsFrom: "2026-02-30" }], field: "filter.startsFrom" },
        { path: "filter", values: [{ startsTo: "2026-13-01" }], field: "filter.startsTo" },
        { path: "filter", values: [{ area: ["NOPE"] }], field: "filter.area.0" },
        { path: "filter", values: [{ fundingSource: ["foncoop"] }], field: "filter.fundingSource.0" },
        { path: "filter", values: [{ safetyTraining: ["GENERAL", "NOPE"] }], field: "filter.safetyTraining.1" },
        { path: "filter", values: [{ open: "yes" }], field: "filter.open" },
      ],
    },

    "Course.enrolments": {
      query: "query ($id: ID!, $first: Int, $after: String, $filter: EnrolmentFilter) { course(id: $id) { enrolments(first: $first, after: $after, filter: $filter) { totalCount } } }",
      valid: () => ({ id: course(3) }),
      cases: [...BAD_PAGES, { path: "filter", values: [{ status: ["NOPE"] }], field: "filter.status.0" }],
    },

    "Person.enrolments": {
      query: "query ($id: ID!, $first: Int, $after: String) { person(id: $id) { enrolments(first: $first, after: $after) { totalCount } } }",
      valid: () => ({ id: demoPersonId(5, 0) }),
      cases: BAD_PAGES,
    },

    "Person.certificates": {
      query: "query ($id: ID!, $first: Int, $after: String) { person(id: $id) { certificates(first: $first, after: $after) { totalCount } } }",
      valid: () => ({ id: demoPersonId(5, 0) }),
      cases: BAD_PAGES.slice(0, 1),
    },

    trainingStats: {
      query: "query ($year: Int!) { trainingStats(year: $year) { year } }",
      valid: () => ({ year: today().getUTCFullYear() }),
      cases: [{ path: "year", values: [1800, 3000, -1, ...MALFORMED_INTS, MISSING] }],
    },

    "Cooperative.trainingHours": {
      query: "query ($id: ID!, $year: Int!) { cooperative(id: $id) { trainingHours(year: $year) } }",
      valid: () => ({ id: COOP_A, year: today().getUTCFullYear() }),
      cases: [{ path: "year", values: [1800, 3000, -1, ...MALFORMED_INTS] }],
    },

    safetyTrainingDue: {
      query: "query ($cooperativeId: ID!, $withinDays: Int!) { safetyTrainingDue(cooperativeId: $cooperativeId, withinDays: $withinDays) { status } }",
      valid: () => ({ cooperativeId: COOP_A, withinDays: 60 }),
      cases: [
        { path: "withinDays", values: [-1, 731, 100_000, ...MALFORMED_INTS] },
        { path: "cooperativeId", values: [...UNKNOWN_IDS, UNKNOWN_COOPERATIVE.toUpperCase()], code: "NOT_FOUND", field: null },
        { path: "cooperativeId", values: MALFORMED_IDS },
      ],
    },
  },
};
