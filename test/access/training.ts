/**
 * Training's rows of the access matrix, on its demo data: course 3 (first aid, funded by the
 * Region, held in person; cooperative B has a person on it), and the enrolment of person 0 of
 * cooperative A (MANAGER_A's) on course 8, which ended with a certificate.
 *
 * - The catalogue (courses, their sessions, seats and waiting-list length) is for every signed-in caller.
 * - Who is enrolled, how they attend and what they were certified for: staff, services, and the
 *   manager of the person's cooperative, for their own people only; never inclusion operators,
 *   analysts or partners.
 * - A cooperative's training hours are an aggregate: analysts read them too; its risk class is its own.
 * - Aggregate figures of a year: staff, analysts and services. Safety training due: staff, services
 *   and the cooperative's own manager.
 * - Courses and attendance are the staff's to write; a manager enrols, cancels and records the
 *   risk class for their own cooperative.
 */
import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { demoPersonId } from "@coopgraph/membership";
import { COOP_A, D, F, N, NF, U, type MatrixContext, type SubgraphAccess } from "./matrix";

const COURSE = demoId("course", 3);
/** Cooperative A has people on course 4; cooperative B has none. */
const COURSE_WITHOUT_B = demoId("course", 4);
const ENROLMENT_OF_A = demoId("enrolment", 8 * 1000 + 4);

//                              ADMIN MGR_A MGR_B INCL  ANALYST PARTNER ANON SERVICE
const SIGNED_IN     = [D,    D,    D,    D,    D,      D,      U,   D] as const;
const RECORDS_OF_A  = [D,    D,    N,    N,    N,      N,      U,   D] as const;
const STAFF_WRITE   = [D,    F,    F,    F,    F,      F,      U,   F] as const;
const OWN_WRITE     = [D,    D,    F,    F,    F,      F,      U,   F] as const;

export const access: SubgraphAccess = {
  rows: {
    //                                       ADMIN MGR_A MGR_B INCL ANALYST PARTNER ANON SERVICE
    "Query.courses":                         SIGNED_IN,
    "Query.course":                          SIGNED_IN,
    "Query.enrolment":                       RECORDS_OF_A,
    "Query.safetyTrainingDue":               [D,    D,    F,    F,   F,      F,      U,   D],
    "Query.trainingStats":                   [D,    F,    F,    F,   D,      F,      U,   D],

    "Cooperative.trainingHours":             [D,    D,    N,    N,   D,      N,      U,   D],
    "Cooperative.safetyRiskLevel":           RECORDS_OF_A,

    "Person.enrolments":                     RECORDS_OF_A,
    "Person.certificates":                   RECORDS_OF_A,

    "Course.id":                             SIGNED_IN,
    "Course.title":                          SIGNED_IN,
    "Course.description":                    SIGNED_IN,
    "Course.area":                           SIGNED_IN,
    "Course.hours":                          SIGNED_IN,
    "Course.seats":                          SIGNED_IN,
    "Course.seatsTaken":                     SIGNED_IN,
    "Course.startDate":                      SIGNED_IN,
    "Course.endDate":                        SIGNED_IN,
    "Course.mode":                           SIGNED_IN,
    "Course.venue":                          SIGNED_IN,
    "Course.fundingSource":                  SIGNED_IN,
    "Course.fundingNotice":                  SIGNED_IN,
    "Course.fundingAmount":                  SIGNED_IN,
    "Course.attendanceThreshold":            SIGNED_IN,
    "Course.safetyTraining":                 SIGNED_IN,
    "Course.sessions":                       SIGNED_IN,
    "Course.seatsLeft":                      SIGNED_IN,
    "Course.waitingListLength":              SIGNED_IN,
    "Course.requiredHours":                  SIGNED_IN,
    // A manager gets their own people's enrolments only: cooperative B has none on this course.
    "Course.enrolments":                     RECORDS_OF_A,

    "Enrolment.id":                          RECORDS_OF_A,
    "Enrolment.status":                      RECORDS_OF_A,
    "Enrolment.requestNumber":               RECORDS_OF_A,
    "Enrolment.requestedAt":                 RECORDS_OF_A,
    "Enrolment.attendance":                  RECORDS_OF_A,
    "Enrolment.attendedHours":               RECORDS_OF_A,
    "Enrolment.requiredHours":               RECORDS_OF_A,
    "Enrolment.certificate":                 RECORDS_OF_A,
    "Enrolment.course":                      RECORDS_OF_A,
    "Enrolment.person":                      RECORDS_OF_A,
    "Enrolment.cooperative":                 RECORDS_OF_A,
    "Enrolment.waitingListPosition":         RECORDS_OF_A,
    "Enrolment.statusHistory":               RECORDS_OF_A,

    "Mutation.createCourse":                 STAFF_WRITE,
    "Mutation.recordAttendance":             STAFF_WRITE,
    // A manager of another cooperative enrols their own people only.
    "Mutation.enrol":                        OWN_WRITE,
    // ...and is not told that another cooperative's enrolment exists.
    "Mutation.cancelEnrolment":              [D,    D,    NF,   F,   F,      F,      U,   F],
    "Mutation.recordSafetyRiskLevel":        OWN_WRITE,
  },

  entities: {
    Course: { via: "course(id: $id) { %s }", id: COURSE },
    Enrolment: { via: "enrolment(id: $id) { %s }", id: ENROLMENT_OF_A },
  },

  operations: {
    "Query.safetyTrainingDue": { args: { cooperativeId: COOP_A, withinDays: 60 } },
    "Query.trainingStats": { args: () => ({ year: today().getUTCFullYear() }) },
    "Cooperative.trainingHours": { args: () => ({ year: today().getUTCFullYear() }) },
    // The demo courses have no description.
    "Course.description": { id: (ctx) => describedCourse(ctx) },
    "Course.enrolments": { id: COURSE_WITHOUT_B },
    "Enrolment.waitingListPosition": { id: (ctx) => waitingOfA(ctx) },
    "Mutation.createCourse": { args: (ctx) => ({ input: newCourse(ctx) }) },
    "Mutation.recordAttendance": {
      args: async (ctx) => {
        const { enrolmentId, sessionId } = await enrolledToday(ctx);
        return { input: { enrolmentId, sessionId, hours: "4.00" } };
      },
    },
    "Mutation.enrol": { args: async (ctx) => ({ input: { courseId: await courseId(ctx), personId: demoPersonId(5, 1) } }) },
    "Mutation.cancelEnrolment": { args: async (ctx) => ({ input: { enrolmentId: (await enrolOfA(ctx)).id, reason: "ritirato" } }) },
    "Mutation.recordSafetyRiskLevel": { args: { input: { cooperativeId: COOP_A, riskLevel: "LOW" } } },
  },
};

function inDays(days: number): string {
  return isoDate(addDays(today(), days));
}

/** A one-session course in `days` days, self-funded, with a title nobody used yet. */
export function newCourse(ctx: MatrixContext, options: { seats?: number; days?: number; description?: string } = {}) {
  const day = inDays(options.days ?? 10);
  return {
    title: `Corso di prova ${ctx.unique()}`,
    ...(options.description ? { description: options.description } : {}),
    area: "DIGITAL",
    hours: "4.00",
    seats: options.seats ?? 10,
    startDate: day,
    endDate: day,
    mode: "IN_PERSON",
    venue: "Sede del consorzio, Bergamo",
    fundingSource: "SELF_FUNDED",
    sessions: [{ date: day, hours: "4.00" }],
  };
}

const CREATE = "mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id sessions { id } } }";
const ENROL = "mutation ($input: EnrolInput!) { enrol(input: $input) { id status } }";

/** A new course's id and its one session's. */
export async function createdCourse(ctx: MatrixContext, options: Parameters<typeof newCourse>[1] = {}): Promise<{ id: string; sessionId: string }> {
  const { id, sessions } = (await ctx.admin(CREATE, { input: newCourse(ctx, options) })).createCourse;
  return { id, sessionId: sessions[0].id };
}

async function courseId(ctx: MatrixContext): Promise<string> {
  return (await createdCourse(ctx)).id;
}

/** Person `k` of cooperative A enrolled on the course, as staff. */
export async function enrolOfA(ctx: MatrixContext, course?: string, k = 1): Promise<{ id: string; status: string }> {
  return (await ctx.admin(ENROL, { input: { courseId: course ?? (await courseId(ctx)), personId: demoPersonId(5, k) } })).enrol;
}

/** An enrolment of cooperative A holding a seat on a course whose one session is today. */
async function enrolledToday(ctx: MatrixContext): Promise<{ enrolmentId: string; sessionId: string }> {
  const course = await createdCourse(ctx, { days: 0 });
  return { enrolmentId: (await enrolOfA(ctx, course.id)).id, sessionId: course.sessionId };
}

let described: Promise<string> | undefined;
function describedCourse(ctx: MatrixContext): Promise<string> {
  described ??= createdCourse(ctx, { description: "Fogli di calcolo e posta elettronica" }).then((course) => course.id);
  return described;
}

let waiting: Promise<string> | undefined;
/** The second of cooperative A's people to ask for the one seat of a course: WAITLISTED. */
function waitingOfA(ctx: MatrixContext): Promise<string> {
  waiting ??= (async () => {
    const { id } = await createdCourse(ctx, { seats: 1 });
    await enrolOfA(ctx, id, 1);
    const second = await enrolOfA(ctx, id, 2);
    if (second.status !== "WAITLISTED") throw new Error(`the second enrolment on a one-seat course is ${second.status}`);
    return second.id;
  })();
  return waiting;
}
