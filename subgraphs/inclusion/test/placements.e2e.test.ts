import { demoId } from "@coopgraph/kit";
import { coop, errorsOf, isoInDays, person, PLACEMENT_FIELDS, placementInput, START, startInclusion, type Inclusion } from "./support/harness";

/** Starting, ending and reviewing placements through the real gateway, with membership asked at write time. */
let p: Inclusion;
beforeAll(async () => {
  p = await startInclusion();
});
afterAll(() => p?.stop());

async function written() {
  return { placements: await p.db.placement.count(), plans: await p.db.individualPlan.count(), reviews: await p.db.planReview.count(), audit: await p.auditCount() };
}
const operator = { role: "INCLUSION_OPERATOR" as const, sub: "operator-1" };

describe("starting a placement", () => {
  it("starts one for a worker member of an ACTIVE cooperative, with its plan, and answers it whole", async () => {
    const input = placementInput(2, 0, { category: "PSYCHIATRIC_TREATMENT", referringService: "MENTAL_HEALTH_CENTRE" });
    const answer = await p.query(START.replace("cooperative { id }", "cooperative { id name } plan { goals reviews { date } }"), { input }, operator);
    expect(answer.errors).toBeUndefined();
    const { id, ...placement } = answer.data.startPlacement;
    expect(placement).toEqual({
      category: "PSYCHIATRIC_TREATMENT",
      referringService: "MENTAL_HEALTH_CENTRE",
      certificationReference: "ASL-TO/2026/0042",
      certificationDate: isoInDays(-30),
      kind: "EMPLOYMENT",
      monthlyStipend: null,
      hoursPerWeek: 24,
      role: "Addetto alle pulizie",
      tutor: "Maria Ferri",
      startDate: isoInDays(-10),
      endDate: null,
      outcome: null,
      person: { id: person(2, 0) },
      cooperative: { id: coop(2), name: "La Rondine Società Cooperativa Sociale" },
      plan: { goals: ["Autonomia negli spostamenti", "Turno completo"], reviews: [] },
    });
    // Membership's facts are kept for the aggregates: type and province at the start.
    expect(await p.db.placement.findUniqueOrThrow({ where: { id }, select: { cooperativeType: true, province: true, startedBy: true } })).toEqual({
      cooperativeType: "B",
      province: "TO",
      startedBy: "operator-1",
    });
  });

  it("starts a traineeship with a stipend, for a volunteer member too (a trainee is not a worker)", async () => {
    const answer = await p.query(START, { input: placementInput(2, 2, { kind: "TRAINEESHIP", monthlyStipend: "450.00", hoursPerWeek: 20 }) }, operator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.startPlacement).toMatchObject({ kind: "TRAINEESHIP", monthlyStipend: "450.00", hoursPerWeek: 20 });
  });

  it("lets a cooperative's manager start one in their own cooperative", async () => {
    const answer = await p.query(START, { input: placementInput(4, 0) }, { role: "COOP_MANAGER", coopId: coop(4) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.startPlacement.cooperative).toEqual({ id: coop(4) });
  });

  it.each([
    [
      "a person membership does not know",
      () => placementInput(2, 1, { personId: demoId("person", 999_999) }),
      { code: "BAD_USER_INPUT", field: "input.personId", message: "membership knows no person with this id" },
    ],
    [
      "a cooperative membership does not know",
      () => placementInput(2, 1, { cooperativeId: demoId("cooperative", 999) }),
      { code: "BAD_USER_INPUT", field: "input.cooperativeId", message: "membership knows no cooperative with this id" },
    ],
    [
      "a person of another cooperative",
      () => placementInput(2, 1, { personId: person(3, 0) }),
      { code: "BAD_USER_INPUT", field: "input.personId", message: "this person does not belong to this cooperative" },
    ],
    [
      "a suspended cooperative",
      () => placementInput(27, 0),
      { code: "CONFLICT", field: "input.cooperativeId", message: "Rete Verde Società Cooperativa Sociale is SUSPENDED: placements start in ACTIVE member cooperatives only" },
    ],
    [
      "employment of a volunteer member",
      () => placementInput(4, 2),
      {
        code: "BAD_USER_INPUT",
        field: "input.kind",
        message: "a volunteer member (socio volontario) is not a worker: employment needs a worker member or an employee; a traineeship does not",
      },
    ],
    [
      "49 hours a week",
      () => placementInput(2, 1, { hoursPerWeek: 49 }),
      { code: "BAD_USER_INPUT", field: "input.hoursPerWeek", message: "hours per week are a whole number from 1 to 48" },
    ],
    [
      "a certification in the future",
      () => placementInput(2, 1, { certificationDate: isoInDays(1), startDate: isoInDays(2) }),
      { code: "BAD_USER_INPUT", field: "input.certificationDate", message: "this date is in the future" },
    ],
  ])("refuses %s, and writes nothing", async (_what, input, expected) => {
    const before = await written();
    const answer = await p.query(START, { input: input() }, operator);
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toEqual([expected]);
    expect(await written()).toEqual(before);
  });

  it("refuses analysts and partners outright, and writes nothing", async () => {
    const before = await written();
    for (const role of ["ANALYST", "PARTNER", "SERVICE"] as const) {
      expect(errorsOf(await p.query(START, { input: placementInput(2, 1) }, { role }))).toEqual([
        { code: "FORBIDDEN", field: undefined, message: `this needs one of the roles ADMIN, INCLUSION_OPERATOR, COOP_MANAGER; you are ${role}` },
      ]);
    }
    expect(await written()).toEqual(before);
  });

  it("of two concurrent starts for the same person, starts one and refuses the other", async () => {
    const answers = await Promise.all([1, 2].map(() => p.query(START, { input: placementInput(5, 0) }, operator)));
    expect(answers.filter((a) => a.data?.startPlacement)).toHaveLength(1);
    expect(answers.flatMap(errorsOf)).toEqual([
      { code: "CONFLICT", field: "input.personId", message: "this person already has a placement in this cooperative that has not ended: end it first" },
    ]);
    expect(await p.db.placement.count({ where: { personId: person(5, 0) } })).toBe(1);
  });
});

describe("ending a placement and reviewing its plan", () => {
  const END = `mutation ($input: EndPlacementInput!) { endPlacement(input: $input) { id endDate outcome } }`;
  const REVIEW = `mutation ($input: AddPlanReviewInput!) { addPlanReview(input: $input) { goals reviews { date author progressNote } } }`;

  it("reviews the plan, then ends the placement with its outcome", async () => {
    const started = await p.query(START, { input: placementInput(6, 0) }, operator);
    const id = started.data.startPlacement.id;
    const reviewed = await p.query(REVIEW, { input: { placementId: id, date: isoInDays(-3), progressNote: "Presenza regolare." } }, operator);
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data.addPlanReview).toEqual({
      goals: ["Autonomia negli spostamenti", "Turno completo"],
      reviews: [{ date: isoInDays(-3), author: "operator-1", progressNote: "Presenza regolare." }],
    });
    const ended = await p.query(END, { input: { placementId: id, endDate: isoInDays(0), outcome: "HIRED" } }, operator);
    expect(ended.data.endPlacement).toEqual({ id, endDate: isoInDays(0), outcome: "HIRED" });
  });

  it("does not find another cooperative's placement for its manager, and writes nothing", async () => {
    const started = await p.query(START, { input: placementInput(8, 0) }, operator);
    const id = started.data.startPlacement.id;
    const before = await written();
    const manager = { role: "COOP_MANAGER" as const, coopId: coop(2) };
    const notFound = [{ code: "NOT_FOUND", field: undefined, message: `placement ${id} does not exist` }];
    expect(errorsOf(await p.query(END, { input: { placementId: id, endDate: isoInDays(0), outcome: "ENDED" } }, manager))).toEqual(notFound);
    expect(errorsOf(await p.query(REVIEW, { input: { placementId: id, date: isoInDays(0), progressNote: "x" } }, manager))).toEqual(notFound);
    expect(await written()).toEqual(before);
  });
});

describe("no N+1", () => {
  it("lists 10 or 50 placements with their person, cooperative and plan in the same number of SQL statements, audit records included", async () => {
    // Fifty placements of membership's demo people, straight into the database.
    const people = Array.from({ length: 25 }, (_, i) => i + 1).flatMap((n) => [0, 1].map((k) => ({ n: n + 100, coopN: n, k })));
    await p.db.placement.createMany({
      data: people.map(({ coopN, k }, i) => ({
        personId: person(coopN, k),
        cooperativeId: coop(coopN),
        cooperativeType: "B" as const,
        province: "TO",
        category: "ADDICTION" as const,
        referringService: "ADDICTION_SERVICE" as const,
        certificationReference: `SERD/${i}`,
        certificationDate: new Date("2020-01-01T00:00:00.000Z"),
        kind: "EMPLOYMENT" as const,
        hoursPerWeek: 20,
        role: "Operatore",
        tutor: "Tutor",
        startDate: new Date(`2021-01-${String(1 + (i % 28)).padStart(2, "0")}T00:00:00.000Z`),
        endDate: new Date("2022-01-01T00:00:00.000Z"),
        outcome: "ENDED" as const,
        startedBy: "test",
      })),
    });
    const rows = await p.db.placement.findMany({ where: { startedBy: "test" }, select: { id: true } });
    await p.db.individualPlan.createMany({ data: rows.map((row) => ({ placementId: row.id, goals: ["obiettivo"], createdBy: "test" })) });

    const LIST = `query ($first: Int!) {
      placements(first: $first, filter: { current: false, category: [ADDICTION] }) {
        nodes { ${PLACEMENT_FIELDS} person { firstName lastName } cooperative { name } plan { goals reviews { date } } }
      }
    }`;
    async function counted(first: number) {
      p.platform.resetSqlCounts();
      const answer = await p.query(LIST, { first });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.placements.nodes).toHaveLength(first);
      expect(answer.data.placements.nodes.every((n: { person: { firstName: string }; cooperative: { name: string } }) => n.person.firstName && n.cooperative.name)).toBe(true);
      return { inclusion: p.platform.sqlCount("inclusion"), membership: p.platform.sqlCount("membership") };
    }
    const audited = await p.auditCount();
    const ten = await counted(10);
    const fifty = await counted(50);
    // Inclusion: the page, the placements' audit records, the plans, the plans' audit records, the reviews (totalCount is not asked, so not counted).
    expect(ten).toEqual({ inclusion: 5, membership: fifty.membership });
    expect(fifty).toEqual(ten);
    expect(await p.auditCount()).toBe(audited + 2 * 10 + 2 * 50);
  });
});

// Last: it stops membership for the rest of this file.
describe("when membership cannot answer", () => {
  it("starts no placement: SERVICE_UNAVAILABLE, and nothing is written", async () => {
    await p.platform.stopSubgraph("membership");
    const before = await written();
    const answer = await p.query(START, { input: placementInput(10, 0) }, operator);
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toEqual([
      {
        code: "SERVICE_UNAVAILABLE",
        field: undefined,
        message: expect.stringMatching(
          /^membership could not confirm (that the person belongs to the cooperative|that the cooperative is an active member) \(it answered: the membership service could not be reached \(ECONNREFUSED\)\); nothing was written$/,
        ),
      },
    ]);
    expect(await written()).toEqual(before);
  });
});
