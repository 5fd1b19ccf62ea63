import type { FreshDatabase } from "@coopgraph/db/testing";
import { today } from "@coopgraph/kit";
import type { EnrolmentRow, PrismaClient } from "../src/db";
import { cancelEnrolment, enrol } from "../src/enrolment/enrolment.commands";
import { admin, courseWith, freshTraining, managerOf, personFacts, run } from "./support/database";
import { inDays, rejection } from "@coopgraph/testing";

let database: FreshDatabase<PrismaClient>;
let db: PrismaClient;
beforeAll(async () => {
  database = await freshTraining();
  db = database.prisma;
});
afterAll(() => database?.close());

const enrolling = (courseId: string, n: number, k: number, facts: Parameters<typeof personFacts>[2] = {}) => {
  const person = personFacts(n, k, facts);
  return { courseId, person, region: "Lombardia", today: today() };
};

/** What a refused enrolment must leave: no enrolment, no history, the course's counters untouched. */
async function nothingWritten(courseId: string) {
  expect(await db.enrolment.count({ where: { courseId } })).toBe(0);
  expect(await db.enrolmentStatusChange.count({ where: { enrolment: { courseId } } })).toBe(0);
  expect(await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { seatsTaken: true, requestSequence: true } })).toEqual({ seatsTaken: 0, requestSequence: 0 });
}

/** seatsTaken must always equal the ENROLLED enrolments, and never exceed the seats. */
async function seatsAreExact(courseId: string) {
  const course = await db.course.findUniqueOrThrow({ where: { id: courseId } });
  expect(course.seatsTaken).toBe(await db.enrolment.count({ where: { courseId, status: "ENROLLED" } }));
  expect(course.seatsTaken).toBeLessThanOrEqual(course.seats);
}

describe("enrolling a person on a course", () => {
  it("gives seats while they last, then places on the waiting list, in request order", async () => {
    const course = await courseWith(db, { seats: 2 });
    const rows: EnrolmentRow[] = [];
    for (const k of [0, 1, 2, 3]) rows.push(await run(db, enrol, admin, enrolling(course.id, 1, k)));
    expect(rows.map((r) => [r.status, r.requestNumber])).toEqual([
      ["ENROLLED", 1],
      ["ENROLLED", 2],
      ["WAITLISTED", 3],
      ["WAITLISTED", 4],
    ]);
    expect(rows[0]).toMatchObject({ personId: personFacts(1, 0).id, cooperativeId: personFacts(1, 0).cooperative.id, region: "Lombardia", live: true, requestedBy: "staff-1" });
    const requested = rows.map((r) => r.requestedAt.getTime());
    expect([...requested].sort((a, b) => a - b)).toEqual(requested);
    expect(await db.course.findUniqueOrThrow({ where: { id: course.id }, select: { seatsTaken: true, requestSequence: true } })).toEqual({ seatsTaken: 2, requestSequence: 4 });
    const history = await db.enrolmentStatusChange.findMany({ where: { enrolmentId: rows[2].id } });
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.reason, h.changedBy])).toEqual([[null, "WAITLISTED", "every seat was taken", "staff-1"]]);
    await seatsAreExact(course.id);
  });

  it("refuses a person membership does not know, and writes nothing", async () => {
    const course = await courseWith(db);
    const input = { ...enrolling(course.id, 2, 0), person: null };
    expect(await rejection(run(db, enrol, admin, input))).toEqual({ code: "BAD_USER_INPUT", field: "input.personId", message: "no person of a member cooperative has this id" });
    await nothingWritten(course.id);
  });

  it("refuses a person of a suspended cooperative, and writes nothing", async () => {
    const course = await courseWith(db);
    expect(await rejection(run(db, enrol, admin, enrolling(course.id, 27, 0, { status: "SUSPENDED", name: "Il Chiostro" })))).toEqual({
      code: "CONFLICT",
      field: "input.personId",
      message: "Nome0 Cognome27's cooperative Il Chiostro is SUSPENDED: only people of ACTIVE member cooperatives can be enrolled",
    });
    await nothingWritten(course.id);
  });

  it("refuses a person who has left their cooperative, and writes nothing", async () => {
    const course = await courseWith(db);
    expect(await rejection(run(db, enrol, admin, enrolling(course.id, 3, 1, { endDate: "2025-06-30" })))).toEqual({
      code: "CONFLICT",
      field: "input.personId",
      message: "Nome1 Cognome3 left Cooperativa 3 on 2025-06-30: only its current people can be enrolled",
    });
    await nothingWritten(course.id);
  });

  it("lets a cooperative's manager enrol their own people only", async () => {
    const course = await courseWith(db);
    expect(await rejection(run(db, enrol, managerOf(4), enrolling(course.id, 5, 0)))).toEqual({
      code: "FORBIDDEN",
      field: "input.personId",
      message: "a cooperative manager enrols people of their own cooperative only",
    });
    await nothingWritten(course.id);
    const own = await run(db, enrol, managerOf(4), enrolling(course.id, 4, 0));
    expect(own).toMatchObject({ status: "ENROLLED", requestedBy: "manager-4" });
  });

  it("refuses a second live enrolment of the same person, and takes them again after a cancellation", async () => {
    const course = await courseWith(db, { seats: 1 });
    await run(db, enrol, admin, enrolling(course.id, 6, 0));
    const waiting = await run(db, enrol, admin, enrolling(course.id, 6, 1));
    expect(await rejection(run(db, enrol, admin, enrolling(course.id, 6, 1)))).toEqual({
      code: "CONFLICT",
      field: "input.personId",
      message: "Nome1 Cognome6 is already WAITLISTED on this course",
    });
    await run(db, cancelEnrolment, admin, { enrolmentId: waiting.id, today: today() });
    const again = await run(db, enrol, admin, enrolling(course.id, 6, 1));
    expect(again).toMatchObject({ status: "WAITLISTED", requestNumber: 3 });
    expect(await db.enrolment.count({ where: { courseId: course.id, personId: personFacts(6, 1).id } })).toBe(2);
  });

  it("is refused by the database, too, for a second live enrolment", async () => {
    const course = await courseWith(db);
    const first = await run(db, enrol, admin, enrolling(course.id, 7, 0));
    await expect(
      db.enrolment.create({
        data: {
          courseId: course.id,
          personId: first.personId,
          cooperativeId: first.cooperativeId,
          region: "Lombardia",
          status: "WAITLISTED",
          requestNumber: 99,
          requestedBy: "test",
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("takes no enrolment once the course has ended", async () => {
    const course = await courseWith(db, { startDate: inDays(-20), endDate: inDays(-1), sessions: [{ date: inDays(-20), hours: "16.00" }] });
    expect(await rejection(run(db, enrol, admin, enrolling(course.id, 8, 0)))).toMatchObject({ code: "CONFLICT", field: "input.courseId" });
    await nothingWritten(course.id);
  });

  it("names a course that does not exist", async () => {
    expect(await rejection(run(db, enrol, admin, enrolling("5b1d3c4e-0000-4000-8000-000000000000", 8, 0)))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps seatsTaken within the seats in the database itself", async () => {
    const course = await courseWith(db, { seats: 3 });
    await expect(db.course.update({ where: { id: course.id }, data: { seatsTaken: 4 } })).rejects.toThrow(/Course_seatsTaken_within_seats/);
  });
});

describe("cancelling an enrolment", () => {
  it("gives the freed seat to the first on the waiting list, in the same transaction", async () => {
    const course = await courseWith(db, { seats: 2 });
    const rows: EnrolmentRow[] = [];
    for (const k of [0, 1, 2, 3]) rows.push(await run(db, enrol, admin, enrolling(course.id, 9, k)));
    const { cancelled, promoted } = await run(db, cancelEnrolment, admin, { enrolmentId: rows[0].id, reason: "ill", today: today() });
    expect(cancelled).toMatchObject({ id: rows[0].id, status: "CANCELLED", live: null });
    expect(promoted).toMatchObject({ id: rows[2].id, status: "ENROLLED" });
    const statuses = await db.enrolment.findMany({ where: { courseId: course.id }, orderBy: { requestNumber: "asc" }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["CANCELLED", "ENROLLED", "ENROLLED", "WAITLISTED"]);
    const history = await db.enrolmentStatusChange.findMany({ where: { enrolmentId: { in: [rows[0].id, rows[2].id] } }, orderBy: { changedAt: "asc" } });
    expect(history.map((h) => [h.enrolmentId === rows[0].id ? "first" : "third", h.fromStatus, h.toStatus, h.reason])).toEqual([
      ["first", null, "ENROLLED", "a seat was free"],
      ["third", null, "WAITLISTED", "every seat was taken"],
      ["first", "ENROLLED", "CANCELLED", "ill"],
      ["third", "WAITLISTED", "ENROLLED", `took the seat freed by enrolment ${rows[0].id}`],
    ]);
    await seatsAreExact(course.id);
  });

  it("frees the seat when nobody waits, and a waiting person's cancellation frees none", async () => {
    const course = await courseWith(db, { seats: 1 });
    const first = await run(db, enrol, admin, enrolling(course.id, 10, 0));
    const second = await run(db, enrol, admin, enrolling(course.id, 10, 1));
    await run(db, cancelEnrolment, admin, { enrolmentId: second.id, today: today() });
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).seatsTaken).toBe(1);
    await run(db, cancelEnrolment, admin, { enrolmentId: first.id, today: today() });
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).seatsTaken).toBe(0);
    await seatsAreExact(course.id);
    expect(await rejection(run(db, cancelEnrolment, admin, { enrolmentId: first.id, today: today() }))).toEqual({
      code: "CONFLICT",
      field: "input.enrolmentId",
      message: "this enrolment is already cancelled",
    });
  });

  it("lets a manager cancel their own people's enrolments only: anyone else's is not found", async () => {
    const course = await courseWith(db);
    const row = await run(db, enrol, admin, enrolling(course.id, 11, 0));
    expect(await rejection(run(db, cancelEnrolment, managerOf(12), { enrolmentId: row.id, today: today() }))).toEqual({
      code: "NOT_FOUND",
      field: undefined,
      message: `enrolment ${row.id} does not exist`,
    });
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("ENROLLED");
    await run(db, cancelEnrolment, managerOf(11), { enrolmentId: row.id, today: today() });
  });
});
