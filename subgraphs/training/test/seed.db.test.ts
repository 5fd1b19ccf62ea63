import { seedMembership } from "@coopgraph/membership";
import { validateCourse } from "../src/course/course.rules";
import { seedTraining } from "../src/seed";
import { startTraining, type Training } from "./support/platform";

let t: Training;
beforeAll(async () => {
  t = await startTraining();
  await seedMembership(t.membershipDb);
});
afterAll(() => t?.stop());

describe("the demo data", () => {
  it("is written in one transaction on an empty database, and skipped when data exists", async () => {
    expect(await t.db.$transaction((tx) => seedTraining(tx as typeof t.db), { timeout: 120_000 })).toEqual({ courses: 12, enrolments: 111, certificates: 63 });
    expect(await seedTraining(t.db)).toBeNull();
    expect(await t.db.course.count()).toBe(12);
  });

  it("holds courses of every funding source, full courses with waiting lists, and certificates", async () => {
    const courses = await t.db.course.findMany({ include: { sessions: true, enrolments: true } });
    expect(new Set(courses.map((c) => c.fundingSource))).toEqual(new Set(["FONCOOP", "FSE_PLUS", "REGION", "SELF_FUNDED"]));
    const full = courses.filter((c) => c.seatsTaken === c.seats && c.enrolments.some((e) => e.status === "WAITLISTED"));
    expect(full.map((c) => c.title).sort()).toEqual(["Inclusione lavorativa: il tutor aziendale", "Italiano per il lavoro, livello A2"]);
    expect(await t.db.certificate.count()).toBeGreaterThan(0);
    expect(await t.db.enrolmentStatusChange.count({ where: { fromStatus: "WAITLISTED", toStatus: "ENROLLED" } })).toBe(1);
  });

  it("obeys the rules the commands enforce", async () => {
    const courses = await t.db.course.findMany({
      include: { sessions: { orderBy: { number: "asc" } }, enrolments: { include: { attendance: { include: { session: true } }, certificate: true } } },
    });
    for (const course of courses) {
      // Each course is one that createCourse would accept.
      validateCourse({
        ...course,
        hours: course.hours.toFixed(2),
        fundingAmount: course.fundingAmount?.toFixed(2) ?? null,
        sessions: course.sessions.map((s) => ({ date: s.date, hours: s.hours.toFixed(2) })),
      });
      expect(course.seatsTaken).toBe(course.enrolments.filter((e) => e.status === "ENROLLED").length);
      for (const e of course.enrolments) {
        for (const a of e.attendance) expect(Number(a.hours) <= Number(a.session.hours)).toBe(true);
        if (e.status !== "ENROLLED") expect(e.attendance).toEqual([]);
      }
    }
    // Certificates are numbered per year without gaps, and the counters know the last number.
    const certificates = await t.db.certificate.findMany({ orderBy: [{ year: "asc" }, { sequence: "asc" }] });
    const counters = await t.db.certificateCounter.findMany({ orderBy: { year: "asc" } });
    for (const { year, last } of counters) {
      expect(certificates.filter((c) => c.year === year).map((c) => c.sequence)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    }
    expect(counters.reduce((sum, c) => sum + c.last, 0)).toBe(certificates.length);
  });

  it("enrols membership's demo people, of ACTIVE cooperatives, with their cooperative's region", async () => {
    const enrolments = await t.db.enrolment.findMany();
    const people = await t.membershipDb.person.findMany({ where: { id: { in: enrolments.map((e) => e.personId) } }, include: { cooperative: true } });
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const e of enrolments) {
      const person = byId.get(e.personId);
      expect(person).toBeDefined();
      expect({ cooperativeId: e.cooperativeId, region: e.region, status: "ACTIVE" }).toEqual({
        cooperativeId: person!.cooperativeId,
        region: person!.cooperative.region,
        status: person!.cooperative.status,
      });
    }
  });
});
