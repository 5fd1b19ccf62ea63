import { errorsOf, knownToMembership, must, startTraining, type Training } from "./support/platform";
import { isoInDays } from "@coopgraph/testing";

let t: Training;
beforeAll(async () => {
  // Fifty enrolments take turns on the course's lock and ask membership a hundred questions at
  // once, all served by this one process; on a loaded machine, and on PGlite's single session,
  // the last may wait longer than the gateway (10 s) and a write (5 s) wait by default. This test
  // is about seats, not speed.
  t = await startTraining({ askTimeoutMs: 60_000, subgraphTimeoutMs: 60_000 });
});
afterAll(() => t?.stop());

const CREATE = `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id seats seatsTaken } }`;
const ENROL = `mutation ($input: EnrolInput!) { enrol(input: $input) { id status requestNumber requestedAt person { id } } }`;
const CANCEL = `mutation ($input: CancelEnrolmentInput!) { cancelEnrolment(input: $input) { id status } }`;
const ENROLMENTS = `query ($id: ID!) {
  course(id: $id) {
    seats seatsTaken seatsLeft waitingListLength
    enrolments(first: 100) { totalCount nodes { id status requestNumber requestedAt waitingListPosition person { id } } }
  }
}`;

interface Row {
  id: string;
  status: string;
  requestNumber: number;
  requestedAt: string;
  waitingListPosition: number | null;
  person: { id: string };
}

describe("fair seats under concurrent enrolment", () => {
  it("seats exactly 20 of 50 parallel requests, queues 30 in request order, and a cancellation seats the first waiting", async () => {
    const people = await knownToMembership(t.membershipDb, 50, 50);
    const course = must(
      await t.query(CREATE, {
        input: {
          title: "Primo intervento nei servizi educativi",
          area: "EDUCATION",
          hours: "8",
          seats: 20,
          startDate: isoInDays(30),
          endDate: isoInDays(31),
          mode: "IN_PERSON",
          venue: "Sala del consorzio",
          fundingSource: "FSE_PLUS",
          fundingNotice: "PR FSE+ 2021-2027",
          fundingAmount: "5000.00",
          sessions: [
            { date: isoInDays(30), hours: "4" },
            { date: isoInDays(31), hours: "4" },
          ],
        },
      }),
      "createCourse",
    );

    const answers = await Promise.all(people.map((personId) => t.query(ENROL, { input: { courseId: course.id, personId } })));
    for (const answer of answers) expect(errorsOf(answer)).toEqual([]);
    const made = answers.map((a) => a.data!.enrol as Omit<Row, "waitingListPosition">);
    expect(made.filter((e) => e.status === "ENROLLED")).toHaveLength(20);
    expect(made.filter((e) => e.status === "WAITLISTED")).toHaveLength(30);
    expect(new Set(made.map((e) => e.person.id))).toEqual(new Set(people));

    const read = must(await t.query(ENROLMENTS, { id: course.id }), "course");
    expect(read).toMatchObject({ seats: 20, seatsTaken: 20, seatsLeft: 0, waitingListLength: 30, enrolments: { totalCount: 50 } });
    const rows = read.enrolments.nodes as Row[];
    // Request numbers 1..50 in the order requests got the course's lock; the first 20 hold the seats.
    expect(rows.map((r) => r.requestNumber)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(rows.slice(0, 20).every((r) => r.status === "ENROLLED" && r.waitingListPosition === null)).toBe(true);
    const waiting = rows.slice(20);
    expect(waiting.every((r) => r.status === "WAITLISTED")).toBe(true);
    expect(waiting.map((r) => r.waitingListPosition)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // requestedAt is the database clock when each request held the lock: it never goes back.
    const times = rows.map((r) => Date.parse(r.requestedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Cancelling one seat gives it to waiting position 1 at once; the others move up by one.
    const first = waiting[0];
    expect(must(await t.query(CANCEL, { input: { enrolmentId: rows[7].id, reason: "cannot attend" } }), "cancelEnrolment")).toEqual({ id: rows[7].id, status: "CANCELLED" });
    const after = must(await t.query(ENROLMENTS, { id: course.id }), "course");
    expect(after).toMatchObject({ seatsTaken: 20, seatsLeft: 0, waitingListLength: 29 });
    const now = after.enrolments.nodes as Row[];
    expect(now.find((r) => r.id === first.id)).toMatchObject({ status: "ENROLLED", waitingListPosition: null });
    expect(now.filter((r) => r.status === "ENROLLED")).toHaveLength(20);
    expect(now.filter((r) => r.status === "WAITLISTED").map((r) => [r.id, r.waitingListPosition])).toEqual(waiting.slice(1).map((r, i) => [r.id, i + 1]));

    // The counter and the rows agree in the database too.
    expect(await t.db.enrolment.count({ where: { courseId: course.id, status: "ENROLLED" } })).toBe(20);
    expect((await t.db.course.findUniqueOrThrow({ where: { id: course.id } })).seatsTaken).toBe(20);
  }, 120_000);
});
