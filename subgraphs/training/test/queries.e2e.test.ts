import { demoId } from "@coopgraph/kit";
import { knownToMembership, startTraining, type Training } from "./support/platform";
import { day } from "@coopgraph/testing";

let t: Training;

/**
 * 60 courses written straight to the database (the API path is covered elsewhere): course n starts
 * n days after 2026-01-01, has two sessions and three enrolments of people of cooperative 80, the
 * first with attendance and a certificate.
 */
beforeAll(async () => {
  t = await startTraining();
  const people = await knownToMembership(t.membershipDb, 80, 30);
  for (let n = 1; n <= 60; n++) {
    const start = new Date(Date.UTC(2026, 0, 1 + n));
    await t.db.course.create({
      data: {
        id: demoId("test-course", n),
        title: `Corso ${n}`,
        area: "DIGITAL",
        hours: "8.00",
        seats: 2,
        seatsTaken: 2,
        requestSequence: 3,
        startDate: start,
        endDate: start,
        mode: "ONLINE",
        fundingSource: "SELF_FUNDED",
        attendanceThreshold: 70,
        createdBy: "test",
        sessions: {
          create: [
            { id: demoId("test-session", n * 10 + 1), number: 1, date: start, hours: "4.00" },
            { id: demoId("test-session", n * 10 + 2), number: 2, date: start, hours: "4.00" },
          ],
        },
        enrolments: {
          create: [0, 1, 2].map((i) => ({
            id: demoId("test-enrolment", n * 10 + i),
            personId: people[(n + i) % people.length],
            cooperativeId: demoId("cooperative", 80),
            region: "Lombardia",
            status: i < 2 ? ("ENROLLED" as const) : ("WAITLISTED" as const),
            live: true,
            requestNumber: i + 1,
            requestedBy: "test",
          })),
        },
      },
    });
    await t.db.attendance.create({ data: { enrolmentId: demoId("test-enrolment", n * 10), sessionId: demoId("test-session", n * 10 + 1), hours: "4.00", recordedBy: "test" } });
    await t.db.certificate.create({
      data: {
        enrolmentId: demoId("test-enrolment", n * 10),
        number: `2026/${String(n).padStart(4, "0")}`,
        year: 2026,
        sequence: n,
        issuedOn: day("2026-03-01"),
        hours: "8.00",
        courseId: demoId("test-course", n),
        personId: people[n % people.length],
        cooperativeId: demoId("cooperative", 80),
        issuedBy: "test",
      },
    });
  }
});
afterAll(() => t?.stop());

const LIST = `query ($first: Int!) {
  courses(first: $first) {
    totalCount
    nodes {
      title seatsTaken waitingListLength requiredHours sessions { number hours }
      enrolments(first: 10) {
        totalCount
        nodes { status waitingListPosition attendedHours certificate { number } person { firstName lastName } cooperative { name } }
      }
    }
  }
}`;

/** SQL statements one operation costs training's database and membership's. */
async function statementsFor(first: number) {
  t.platform.resetSqlCounts();
  const answer = await t.query(LIST, { first });
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.courses.nodes).toHaveLength(first);
  return { training: t.platform.sqlCount("training"), membership: t.platform.sqlCount("membership"), answer };
}

describe("a course list with its enrolments and people's names", () => {
  it("costs the same SQL statements for 10 courses and for 50, in training and in membership", async () => {
    const ten = await statementsFor(10);
    const fifty = await statementsFor(50);
    expect({ training: fifty.training, membership: fifty.membership }).toEqual({ training: ten.training, membership: ten.membership });
    // courses + count, sessions, enrolments, waiting lists, attendance, certificates; membership: people, cooperatives.
    expect(ten).toMatchObject({ training: 7, membership: 2 });
    const first = fifty.answer.data!.courses.nodes[0];
    expect(first).toEqual({
      title: "Corso 1",
      seatsTaken: 2,
      waitingListLength: 1,
      requiredHours: "5.60",
      sessions: [
        { number: 1, hours: "4.00" },
        { number: 2, hours: "4.00" },
      ],
      enrolments: {
        totalCount: 3,
        nodes: [
          {
            status: "ENROLLED",
            waitingListPosition: null,
            attendedHours: "4.00",
            certificate: { number: "2026/0001" },
            person: { firstName: "Nome1", lastName: "Cognome80" },
            cooperative: { name: "Cooperativa 80" },
          },
          {
            status: "ENROLLED",
            waitingListPosition: null,
            attendedHours: "0.00",
            certificate: null,
            person: { firstName: "Nome2", lastName: "Cognome80" },
            cooperative: { name: "Cooperativa 80" },
          },
          {
            status: "WAITLISTED",
            waitingListPosition: 1,
            attendedHours: "0.00",
            certificate: null,
            person: { firstName: "Nome3", lastName: "Cognome80" },
            cooperative: { name: "Cooperativa 80" },
          },
        ],
      },
    });
  });
});
