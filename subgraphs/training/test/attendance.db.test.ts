import type { FreshDatabase } from "@coopgraph/db/testing";
import { today } from "@coopgraph/kit";
import { recordAttendance } from "../src/attendance/attendance.commands";
import type { CourseRow, PrismaClient } from "../src/db";
import { enrol } from "../src/enrolment/enrolment.commands";
import { admin, courseWith, freshTraining, personFacts, run, runningCourse } from "./support/database";
import { inDays, rejection } from "@coopgraph/testing";

let database: FreshDatabase<PrismaClient>;
let db: PrismaClient;
beforeAll(async () => {
  database = await freshTraining();
  db = database.prisma;
});
afterAll(() => database?.close());

let people = 0;
/** A new person enrolled on the course. */
async function enrolled(course: CourseRow) {
  people += 1;
  const person = personFacts(40 + Math.floor(people / 50), people % 50);
  return run(db, enrol, admin, { courseId: course.id, person, region: "Veneto", today: today() });
}

async function sessionsOf(course: CourseRow) {
  return db.courseSession.findMany({ where: { courseId: course.id }, orderBy: { number: "asc" } });
}

const attend = (enrolmentId: string, sessionId: string, hours: string, correctionReason?: string) =>
  run(db, recordAttendance, admin, { enrolmentId, sessionId, hours, correctionReason, today: today() });

describe("recording attendance", () => {
  it("issues no certificate below the threshold, and exactly one when attendance reaches it", async () => {
    // 16 hours at 70%: 11.20 hours are needed.
    const course = await runningCourse(db);
    expect(course.attendanceThreshold).toBe(70);
    const e = await enrolled(course);
    const [s1, s2, s3, s4] = await sessionsOf(course);
    await attend(e.id, s1.id, "4.00");
    await attend(e.id, s2.id, "4.00");
    await attend(e.id, s3.id, "3.19");
    expect(await db.certificate.count({ where: { enrolmentId: e.id } })).toBe(0);
    // 11.19 hours: one hundredth short. A correction of the third session to 3.20 reaches 11.20.
    await attend(e.id, s3.id, "3.20", "signed sheet shows 3 h 12 min");
    const certificate = await db.certificate.findUniqueOrThrow({ where: { enrolmentId: e.id } });
    expect(certificate).toMatchObject({
      year: today().getUTCFullYear(),
      sequence: 1,
      number: `${today().getUTCFullYear()}/0001`,
      issuedOn: today(),
      courseId: course.id,
      personId: e.personId,
      safetyTraining: null,
    });
    expect(certificate.hours.toFixed(2)).toBe("11.20");
    // More attendance adds hours to the enrolment, never a second certificate.
    await attend(e.id, s4.id, "4.00");
    expect(await db.certificate.count({ where: { enrolmentId: e.id } })).toBe(1);
  });

  it("numbers certificates per year without gaps: a rolled-back issue gives its number back", async () => {
    const course = await runningCourse(db, { hours: "4.00", sessions: [{ date: inDays(-31), hours: "4.00" }] });
    const [session] = await sessionsOf(course);
    const [a, b] = [await enrolled(course), await enrolled(course)];
    const before = await db.certificate.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAttendance(tx, admin, { enrolmentId: a.id, sessionId: session.id, hours: "4.00", today: today() });
        throw new Error("the caller's transaction fails after the certificate");
      }),
    ).rejects.toThrow("the caller's transaction fails");
    expect(await db.certificate.count()).toBe(before);
    await attend(b.id, session.id, "4.00");
    await attend(a.id, session.id, "4.00");
    const numbers = (await db.certificate.findMany({ orderBy: { sequence: "asc" } })).map((c) => c.sequence);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("numbers certificates issued at the same time one after the other, without gaps or duplicates", async () => {
    const course = await runningCourse(db, { hours: "4.00", sessions: [{ date: inDays(-31), hours: "4.00" }] });
    const [session] = await sessionsOf(course);
    const enrolments = [];
    for (let i = 0; i < 12; i++) enrolments.push(await enrolled(course));
    const last = (await db.certificateCounter.findUnique({ where: { year: today().getUTCFullYear() } }))?.last ?? 0;
    await Promise.all(enrolments.map((e) => attend(e.id, session.id, "4.00")));
    const issued = await db.certificate.findMany({ where: { courseId: course.id }, orderBy: { sequence: "asc" } });
    expect(issued.map((c) => c.sequence)).toEqual(Array.from({ length: 12 }, (_, i) => last + i + 1));
    expect(new Set(issued.map((c) => c.enrolmentId)).size).toBe(12);
  });

  it("refuses hours above the session's, and writes nothing", async () => {
    const course = await runningCourse(db);
    const e = await enrolled(course);
    const [s1] = await sessionsOf(course);
    expect(await rejection(attend(e.id, s1.id, "4.01"))).toEqual({ code: "BAD_USER_INPUT", field: "input.hours", message: "attendance cannot exceed the session's 4.00 hours" });
    expect(await db.attendance.count({ where: { enrolmentId: e.id } })).toBe(0);
    expect(await db.attendanceChange.count({ where: { attendance: { enrolmentId: e.id } } })).toBe(0);
  });

  it("records nothing silently twice: a second recording needs a reason, and keeps the hours before", async () => {
    const course = await runningCourse(db);
    const e = await enrolled(course);
    const [s1] = await sessionsOf(course);
    await attend(e.id, s1.id, "2.00");
    expect(await rejection(attend(e.id, s1.id, "3.00"))).toEqual({
      code: "CONFLICT",
      field: "input.sessionId",
      message: "attendance at session 1 is already recorded (2.00 hours): to correct it, give a correctionReason",
    });
    expect((await db.attendance.findFirstOrThrow({ where: { enrolmentId: e.id } })).hours.toFixed(2)).toBe("2.00");
    await attend(e.id, s1.id, "3.00", "late arrival was noted wrongly");
    const attendance = await db.attendance.findFirstOrThrow({ where: { enrolmentId: e.id }, include: { changes: { orderBy: { changedAt: "asc" } } } });
    expect(attendance.hours.toFixed(2)).toBe("3.00");
    expect(attendance.changes.map((c) => [c.previousHours?.toFixed(2) ?? null, c.hours.toFixed(2), c.reason])).toEqual([
      [null, "2.00", null],
      ["2.00", "3.00", "late arrival was noted wrongly"],
    ]);
    const [, s2] = await sessionsOf(course);
    expect(await rejection(attend(e.id, s2.id, "1.00", "nothing to correct"))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.correctionReason",
      message: "nothing to correct: no attendance at session 2 is recorded yet",
    });
  });

  it("refuses a correction that would leave an issued certificate short of the required hours", async () => {
    const course = await runningCourse(db, { hours: "4.00", sessions: [{ date: inDays(-31), hours: "4.00" }] });
    const e = await enrolled(course);
    const [s1] = await sessionsOf(course);
    await attend(e.id, s1.id, "4.00");
    expect(await rejection(attend(e.id, s1.id, "2.00", "wrong sheet"))).toEqual({
      code: "CONFLICT",
      field: "input.hours",
      message: "a certificate was issued for 2.80 required hours; this correction would leave 2.00 attended",
    });
    expect((await db.attendance.findFirstOrThrow({ where: { enrolmentId: e.id } })).hours.toFixed(2)).toBe("4.00");
  });

  it("records attendance for ENROLLED participants only, at sessions of their course that have taken place", async () => {
    const course = await runningCourse(db, { seats: 1 });
    const other = await runningCourse(db);
    const [seated, waiting] = [await enrolled(course), await enrolled(course)];
    const [s1] = await sessionsOf(course);
    const [o1] = await sessionsOf(other);
    expect(await rejection(attend(waiting.id, s1.id, "4.00"))).toEqual({
      code: "CONFLICT",
      field: "input.enrolmentId",
      message: "only ENROLLED participants attend; this enrolment is WAITLISTED",
    });
    expect(await rejection(attend(seated.id, o1.id, "4.00"))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.sessionId",
      message: "this is not a session of the enrolment's course",
    });
    const later = await courseWith(db);
    const e = await enrolled(later);
    const [first] = await sessionsOf(later);
    expect(await rejection(attend(e.id, first.id, "4.00"))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sessionId" });
    expect(await db.attendance.count({ where: { enrolmentId: { in: [seated.id, waiting.id, e.id] } } })).toBe(0);
  });

  it("records a safety course's certificate as a completion of its kind, at 90% attendance", async () => {
    const course = await runningCourse(db, {
      title: "Formazione generale",
      area: "SAFETY",
      safetyTraining: "GENERAL",
      hours: "4.00",
      sessions: [{ date: inDays(-31), hours: "4.00" }],
    });
    expect(course.attendanceThreshold).toBe(90);
    const [e, f] = [await enrolled(course), await enrolled(course)];
    const [s1] = await sessionsOf(course);
    await attend(e.id, s1.id, "3.50");
    await attend(f.id, s1.id, "3.60");
    expect(await db.certificate.findUnique({ where: { enrolmentId: e.id } })).toBeNull();
    expect(await db.certificate.findUniqueOrThrow({ where: { enrolmentId: f.id } })).toMatchObject({ safetyTraining: "GENERAL" });
  });

  it("keeps each cooperative's hours of the year equal to its attendances, through corrections, rollbacks and parallel recordings", async () => {
    /** Every (cooperative, year) with hours: from the attendances, and from the rollup trainingHours reads. */
    const fromAttendance = () =>
      db.$queryRaw<{ key: string; hours: string }[]>`
        SELECT e."cooperativeId"::text || ' ' || extract(year FROM s."date")::int AS "key", sum(a."hours")::text AS "hours"
        FROM "Attendance" a JOIN "Enrolment" e ON e."id" = a."enrolmentId" JOIN "CourseSession" s ON s."id" = a."sessionId"
        GROUP BY 1 HAVING sum(a."hours") <> 0 ORDER BY 1`;
    const fromRollup = () =>
      db.$queryRaw<{ key: string; hours: string }[]>`
        SELECT "cooperativeId"::text || ' ' || "year" AS "key", "hours"::text AS "hours" FROM "CooperativeTrainingYear" WHERE "hours" <> 0 ORDER BY 1`;
    const course = await runningCourse(db, { hours: "4.00", sessions: [{ date: inDays(-31), hours: "4.00" }] });
    const [session] = await sessionsOf(course);
    const enrolments: Awaited<ReturnType<typeof enrolled>>[] = [];
    for (let i = 0; i < 10; i++) enrolments.push(await enrolled(course));
    await Promise.all(enrolments.map((e, i) => attend(e.id, session.id, i % 2 ? "1.25" : "3.50")));
    await attend(enrolments[1].id, session.id, "2.75", "sheet re-read");
    await expect(
      db.$transaction(async (tx) => {
        await tx.attendance.updateMany({ where: { enrolmentId: enrolments[3].id }, data: { hours: "0.50" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const expected = await fromAttendance();
    expect(expected.length).toBeGreaterThan(0);
    expect(await fromRollup()).toEqual(expected);
  });
});
