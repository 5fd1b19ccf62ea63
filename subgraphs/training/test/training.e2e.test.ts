import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { demoPersonId, seedMembership } from "@coopgraph/membership";
import { seedTraining } from "../src/seed";
import { errorsOf, knownToMembership, must, startTraining, type Training } from "./support/platform";
import { isoInDays } from "@coopgraph/testing";

let t: Training;
beforeAll(async () => {
  t = await startTraining();
  await seedMembership(t.membershipDb);
  await seedTraining(t.db);
});
afterAll(() => t?.stop());

const coop = (n: number) => demoId("cooperative", n);
const manager = (n: number) => ({ role: "COOP_MANAGER" as const, coopId: coop(n) });
/** The same day `years` later, as the rules count validity. */
const yearsAfter = (date: Date, years: number) => isoDate(new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate())));

const ENROL = `mutation ($input: EnrolInput!) { enrol(input: $input) { id status person { id firstName lastName } cooperative { name } course { title } } }`;
const ATTEND = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { hours session { number hours } enrolment { status attendedHours requiredHours certificate { number hours issuedOn } } }
}`;

async function newCourse(overrides: Record<string, unknown> = {}) {
  return must(
    await t.query(`mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id sessions { id hours } } }`, {
      input: {
        title: "Comunicare con le famiglie",
        area: "SOCIAL_CARE",
        hours: "8.00",
        seats: 10,
        startDate: isoInDays(-3),
        endDate: isoInDays(10),
        mode: "IN_PERSON",
        venue: "Sala corsi, Bologna",
        fundingSource: "REGION",
        fundingNotice: "Regione Emilia-Romagna - Avviso 2026",
        fundingAmount: "1800.00",
        sessions: [
          { date: isoInDays(-3), hours: "4.00" },
          { date: isoInDays(10), hours: "4.00" },
        ],
        ...overrides,
      },
    }),
    "createCourse",
  );
}

describe("enrolment through the gateway, with membership asked at write time", () => {
  it("enrols a person of an active member, with their name and cooperative from membership", async () => {
    const course = await newCourse();
    const answer = await t.query(ENROL, { input: { courseId: course.id, personId: demoPersonId(2, 1) } }, manager(2));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.enrol).toMatchObject({
      status: "ENROLLED",
      person: { id: demoPersonId(2, 1), firstName: "Matteo", lastName: "Moretti" },
      cooperative: { name: "La Rondine Società Cooperativa Sociale" },
      course: { title: "Comunicare con le famiglie" },
    });
    const row = await t.db.enrolment.findUniqueOrThrow({ where: { id: answer.data!.enrol.id } });
    // The region of the cooperative's seat (Torino) as membership gave it, kept for the funders' reports.
    expect(row).toMatchObject({ cooperativeId: coop(2), region: "Piemonte", requestedBy: "test-coop_manager" });
  });

  it("refuses an unknown person and a suspended cooperative's person, writing nothing", async () => {
    const course = await newCourse();
    expect(errorsOf(await t.query(ENROL, { input: { courseId: course.id, personId: demoId("person", 999_999) } }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.personId", message: "no person of a member cooperative has this id" },
    ]);
    // Cooperative 27 (Rete Verde) is SUSPENDED in membership's demo data.
    expect(errorsOf(await t.query(ENROL, { input: { courseId: course.id, personId: demoPersonId(27, 0) } }))).toEqual([
      {
        code: "CONFLICT",
        field: "input.personId",
        message: "Paolo Gallo's cooperative Rete Verde Società Cooperativa Sociale is SUSPENDED: only people of ACTIVE member cooperatives can be enrolled",
      },
    ]);
    expect(await t.db.enrolment.count({ where: { courseId: course.id } })).toBe(0);
    expect(await t.db.course.findUniqueOrThrow({ where: { id: course.id }, select: { seatsTaken: true, requestSequence: true } })).toEqual({ seatsTaken: 0, requestSequence: 0 });
  });

  it("refuses a manager enrolling another cooperative's person", async () => {
    const course = await newCourse();
    expect(errorsOf(await t.query(ENROL, { input: { courseId: course.id, personId: demoPersonId(3, 0) } }, manager(2)))).toEqual([
      { code: "FORBIDDEN", field: "input.personId", message: "a cooperative manager enrols people of their own cooperative only" },
    ]);
    expect(await t.db.enrolment.count({ where: { courseId: course.id } })).toBe(0);
  });

  it("records attendance up to the session's hours, and issues the certificate when it reaches the threshold", async () => {
    const course = await newCourse({ hours: "4.00", endDate: isoInDays(5), sessions: [{ date: isoInDays(-3), hours: "4.00" }] });
    const enrolment = must(await t.query(ENROL, { input: { courseId: course.id, personId: demoPersonId(4, 2) } }), "enrol");
    const session = course.sessions[0].id;
    expect(errorsOf(await t.query(ATTEND, { input: { enrolmentId: enrolment.id, sessionId: session, hours: "4.50" } }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.hours", message: "attendance cannot exceed the session's 4.00 hours" },
    ]);
    expect(await t.db.attendance.count({ where: { enrolmentId: enrolment.id } })).toBe(0);
    const year = today().getUTCFullYear();
    const certificatesBefore = await t.db.certificate.count({ where: { year } });
    const answer = await t.query(ATTEND, { input: { enrolmentId: enrolment.id, sessionId: session, hours: "3.00" } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordAttendance).toEqual({
      hours: "3.00",
      session: { number: 1, hours: "4.00" },
      enrolment: {
        status: "ENROLLED",
        attendedHours: "3.00",
        requiredHours: "2.80",
        certificate: { number: `${year}/${String(certificatesBefore + 1).padStart(4, "0")}`, hours: "3.00", issuedOn: isoDate(today()) },
      },
    });
  });

  it("answers SERVICE_UNAVAILABLE and writes nothing when membership cannot answer", async () => {
    const other = await startTraining();
    try {
      await knownToMembership(other.membershipDb, 60, 1);
      await other.platform.stopSubgraph("membership");
      const created = must(
        await other.query(`mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }`, {
          input: {
            title: "Corso",
            area: "DIGITAL",
            hours: "4",
            seats: 5,
            startDate: isoInDays(3),
            endDate: isoInDays(3),
            mode: "ONLINE",
            fundingSource: "SELF_FUNDED",
            sessions: [{ date: isoInDays(3), hours: "4" }],
          },
        }),
        "createCourse",
      );
      const answer = await other.query(ENROL, { input: { courseId: created.id, personId: demoId("person", 6000) } });
      expect(errorsOf(answer)).toEqual([
        {
          code: "SERVICE_UNAVAILABLE",
          field: undefined,
          message: expect.stringMatching(/^membership could not confirm that the person belongs to an active member cooperative \(.*\); nothing was written$/),
        },
      ]);
      expect(await other.db.enrolment.count()).toBe(0);
    } finally {
      await other.stop();
    }
  }, 120_000);
});

describe("the catalogue", () => {
  it("takes new courses from staff only, and refuses a course whose sessions do not add up", async () => {
    const input = {
      title: "Corso",
      area: "DIGITAL",
      hours: "8",
      seats: 5,
      startDate: isoInDays(3),
      endDate: isoInDays(4),
      mode: "ONLINE",
      fundingSource: "SELF_FUNDED",
      sessions: [
        { date: isoInDays(3), hours: "4" },
        { date: isoInDays(4), hours: "3.5" },
      ],
    };
    const CREATE = `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }`;
    expect(errorsOf(await t.query(CREATE, { input }, manager(1)))[0]).toMatchObject({ code: "FORBIDDEN" });
    expect(errorsOf(await t.query(CREATE, { input }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.sessions", message: "the sessions add up to 7.50 hours, the course has 8.00: they must be equal" },
    ]);
    expect(await t.db.course.count({ where: { title: "Corso", startDate: new Date(`${isoInDays(3)}T00:00:00.000Z`) } })).toBe(0);
  });
});

describe("who reads what", () => {
  const COURSE_ENROLMENTS = `query ($id: ID!) { course(id: $id) { title seatsTaken waitingListLength enrolments(first: 100) { totalCount nodes { status cooperative { id } } } } }`;

  it("shows a full course's enrolments to staff, a manager their own people's only, and partners and analysts none", async () => {
    const id = demoId("course", 6);
    const staff = must(await t.query(COURSE_ENROLMENTS, { id }), "course");
    expect(staff).toMatchObject({ title: "Inclusione lavorativa: il tutor aziendale", seatsTaken: 8, waitingListLength: 3, enrolments: { totalCount: 12 } });
    const own = must(await t.query(COURSE_ENROLMENTS, { id }, manager(4)), "course");
    expect(own.enrolments.totalCount).toBe(4);
    expect(own.enrolments.nodes.every((n: { cooperative: { id: string } }) => n.cooperative.id === coop(4))).toBe(true);
    for (const role of ["PARTNER", "ANALYST", "INCLUSION_OPERATOR"] as const) {
      expect(must(await t.query(COURSE_ENROLMENTS, { id }, { role }), "course").enrolments).toBeNull();
    }
  });

  it("serves partners the catalogue on the public path, and nothing of who is enrolled", async () => {
    const catalogue = await t.platform.query(
      `{ courses(first: 100, filter: { fundingSource: [FONCOOP, FSE_PLUS, REGION, SELF_FUNDED] }) { totalCount nodes { title fundingSource fundingNotice seats seatsTaken sessions { date hours } } } }`,
      {},
      { role: "PARTNER" },
      { path: "/public/graphql" },
    );
    expect(catalogue.errors).toBeUndefined();
    const sources = new Set(catalogue.data.courses.nodes.map((c: { fundingSource: string }) => c.fundingSource));
    expect(sources).toEqual(new Set(["FONCOOP", "FSE_PLUS", "REGION", "SELF_FUNDED"]));
    const hidden = await t.platform.query(`{ courses { nodes { enrolments { totalCount } } } }`, {}, { role: "PARTNER" }, { path: "/public/graphql" });
    expect(hidden.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const stats = await t.platform.query(`{ trainingStats(year: 2026) { year } }`, {}, { role: "PARTNER" }, { path: "/public/graphql" });
    expect(stats.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("extends membership's Person with enrolments and certificates, for staff and the person's own manager", async () => {
    const query = `query ($id: ID!) {
      person(id: $id) {
        firstName lastName
        enrolments(first: 50) { totalCount nodes { status course { title } certificate { number safetyTraining } } }
        certificates { totalCount nodes { course { title } validUntil } }
      }
    }`;
    const answer = await t.query(query, { id: demoPersonId(1, 0) }, manager(1));
    expect(answer.errors).toBeUndefined();
    const person = answer.data!.person;
    expect(person).toMatchObject({ firstName: "Luca", lastName: "Ricci" });
    const titles = person.enrolments.nodes.map((n: { course: { title: string } }) => n.course.title);
    expect(titles).toEqual(expect.arrayContaining(["Sicurezza sul lavoro: formazione generale dei lavoratori", "Primo soccorso aziendale, gruppi B e C"]));
    expect(person.certificates.totalCount).toBe(4);
    // Another cooperative's manager does not see the person at all (membership says so), nor their training.
    expect((await t.query(query, { id: demoPersonId(1, 0) }, manager(2))).data!.person).toBeNull();
  });

  it("sums a cooperative's training hours in a year, for staff, analysts and its manager", async () => {
    const year = today().getUTCFullYear();
    const rows = await t.db.attendance.findMany({
      where: { enrolment: { cooperativeId: coop(3) }, session: { date: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) } } },
    });
    const expected = rows.reduce((sum, r) => sum + Math.round(Number(r.hours.toFixed(2)) * 100), 0);
    const query = `query ($id: ID!, $year: Int!) { cooperative(id: $id) { name trainingHours(year: $year) } }`;
    for (const caller of [{ role: "ADMIN" as const }, { role: "ANALYST" as const }, manager(3)]) {
      const answer = await t.query(query, { id: coop(3), year }, caller);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.cooperative.trainingHours).toBe((expected / 100).toFixed(2));
    }
    expect((await t.query(query, { id: coop(3), year }, manager(4))).data!.cooperative.trainingHours).toBeNull();
    expect(expected).toBeGreaterThan(0);
  });

  it("aggregates the year by funding source, area and region for analysts, never for partners", async () => {
    const year = today().getUTCFullYear();
    const query = `query ($year: Int!) {
      trainingStats(year: $year) {
        year total { courses participants certificates }
        byFundingSource { fundingSource courses fundingAmount participants waiting attendedHours certificates }
        byArea { area courses }
        byRegion { region participants attendedHours }
      }
    }`;
    const answer = await t.query(query, { year }, { role: "ANALYST" });
    expect(answer.errors).toBeUndefined();
    const stats = answer.data!.trainingStats;
    expect(stats.byFundingSource.map((s: { fundingSource: string }) => s.fundingSource)).toEqual(["FONCOOP", "FSE_PLUS", "REGION", "SELF_FUNDED"]);
    const courses = await t.db.course.count({ where: { startDate: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) } } });
    expect(stats.total.courses).toBe(courses);
    expect(stats.byArea.reduce((sum: number, a: { courses: number }) => sum + a.courses, 0)).toBe(courses);
    expect(stats.byRegion.reduce((sum: number, r: { participants: number }) => sum + r.participants, 0)).toBe(stats.total.participants);
    expect(errorsOf(await t.query(query, { year }, { role: "PARTNER" }))[0]).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("mandatory safety training due", () => {
  const DUE = `query ($coop: ID!, $days: Int!) {
    safetyTrainingDue(cooperativeId: $coop, withinDays: $days) {
      person { firstName lastName } requirement riskLevel status lastCompletedOn dueDate kindToTake hours
    }
  }`;

  it("lists, for the cooperative's current people, the training that expires within the window, soonest first", async () => {
    const answer = await t.query(DUE, { coop: coop(1), days: 60 }, manager(1));
    expect(answer.errors).toBeUndefined();
    // Demo data: cooperative 1 (risk MEDIUM) did general and specific training 1805 and 1800-1799 days ago; Luca Ricci first aid 1062-1060 days ago.
    const specificOn = addDays(today(), -1799);
    const firstAidOn = addDays(today(), -1060);
    const specific = (firstName: string, lastName: string) => ({
      person: { firstName, lastName },
      requirement: "SPECIFIC",
      riskLevel: "MEDIUM",
      status: "EXPIRING",
      lastCompletedOn: isoDate(specificOn),
      dueDate: yearsAfter(specificOn, 5),
      kindToTake: "SPECIFIC_REFRESHER",
      hours: "6.00",
    });
    const firstAid = {
      person: { firstName: "Luca", lastName: "Ricci" },
      requirement: "FIRST_AID",
      riskLevel: null,
      status: "EXPIRING",
      lastCompletedOn: isoDate(firstAidOn),
      dueDate: yearsAfter(firstAidOn, 3),
      kindToTake: "FIRST_AID_REFRESHER",
      hours: "4.00",
    };
    const expected = [specific("Andrea", "Bianchi"), specific("Chiara", "Bruno"), specific("Sara", "Mancini"), specific("Luca", "Ricci"), specific("Matteo", "Rizzo"), firstAid];
    expect(answer.data!.safetyTrainingDue).toEqual(expected.sort((a, b) => a.dueDate.localeCompare(b.dueDate)));
  });

  it("lists missing training of new people, and is for staff and the cooperative's own manager", async () => {
    const people = await knownToMembership(t.membershipDb, 70, 1);
    const answer = await t.query(DUE, { coop: coop(70), days: 0 });
    expect(answer.errors).toBeUndefined();
    expect(
      answer.data!.safetyTrainingDue.map((d: { requirement: string; status: string; riskLevel: string | null; kindToTake: string | null }) => [
        d.requirement,
        d.status,
        d.riskLevel,
        d.kindToTake,
      ]),
    ).toEqual([
      ["GENERAL", "MISSING", null, "GENERAL"],
      ["SPECIFIC", "MISSING", null, null],
    ]);
    expect(people).toHaveLength(1);
    expect(errorsOf(await t.query(DUE, { coop: coop(70), days: 0 }, manager(1)))[0]).toMatchObject({ code: "FORBIDDEN" });
    expect(errorsOf(await t.query(DUE, { coop: coop(70), days: 0 }, { role: "ANALYST" }))[0]).toMatchObject({ code: "FORBIDDEN" });
  });

  it("names the specific course to take once the cooperative's manager records its risk class", async () => {
    await knownToMembership(t.membershipDb, 71, 1);
    const RECORD = `mutation ($input: RecordSafetyRiskLevelInput!) { recordSafetyRiskLevel(input: $input) { riskLevel effectiveFrom recordedBy cooperative { name safetyRiskLevel } } }`;
    expect(errorsOf(await t.query(RECORD, { input: { cooperativeId: coop(71), riskLevel: "HIGH" } }, manager(1)))).toEqual([
      { code: "FORBIDDEN", field: undefined, message: "a cooperative manager records their own cooperative's risk class only" },
    ]);
    expect(errorsOf(await t.query(RECORD, { input: { cooperativeId: demoId("cooperative", 999), riskLevel: "HIGH" } }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.cooperativeId", message: "no member cooperative has this id" },
    ]);
    expect(await t.db.safetyRiskAssessment.count({ where: { cooperativeId: coop(71) } })).toBe(0);
    expect(must(await t.query(RECORD, { input: { cooperativeId: coop(71), riskLevel: "HIGH" } }, manager(71)), "recordSafetyRiskLevel")).toEqual({
      riskLevel: "HIGH",
      effectiveFrom: isoDate(today()),
      recordedBy: "test-coop_manager",
      cooperative: { name: "Cooperativa 71", safetyRiskLevel: "HIGH" },
    });
    const due = must(await t.query(DUE, { coop: coop(71), days: 0 }, manager(71)), "safetyTrainingDue");
    expect(due.map((d: { requirement: string; riskLevel: string | null; kindToTake: string; hours: string }) => [d.requirement, d.riskLevel, d.kindToTake, d.hours])).toEqual([
      ["GENERAL", null, "GENERAL", "4.00"],
      ["SPECIFIC", "HIGH", "SPECIFIC_HIGH_RISK", "12.00"],
    ]);
  });
});
