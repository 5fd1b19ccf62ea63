import { partitaIvaCheckDigit } from "@coopgraph/ids";
import { demoId, today } from "@coopgraph/kit";
import { inclusionVerdict } from "../src/compliance/compliance.rules";
import { seedInclusion } from "../src/seed";
import { coop, errorsOf, startInclusion, type Inclusion } from "./support/harness";
import { day } from "@coopgraph/testing";

/**
 * The 30% rule through the gateway: workers from membership (its real count of the month),
 * placements from here; the watchlist; the demo data; and the statistics analysts and partners get.
 */
let p: Inclusion;
const MONTH = "2025-03";
const thisMonth = today().toISOString().slice(0, 7);
const thisYear = today().getUTCFullYear();

beforeAll(async () => {
  p = await startInclusion();
  expect(await seedInclusion(p.db)).toEqual({ placements: 16, reviews: expect.any(Number) });
});
afterAll(() => p?.stop());

const COMPLIANCE = `query ($ids: [ID!]!, $month: String!) {
  cooperatives(first: 100, filter: { ids: $ids }) { nodes { id inclusionCompliance(month: $month) { month workers disadvantagedWorkers ratio requiredRatio compliant margin } } }
}`;
async function complianceOf(ids: string[], month = MONTH, caller = { role: "ADMIN" as const }) {
  const answer = await p.query(COMPLIANCE, { ids, month }, caller);
  expect(answer.errors).toBeUndefined();
  return new Map<string, any>(answer.data.cooperatives.nodes.map((n: { id: string; inclusionCompliance: unknown }) => [n.id, n.inclusionCompliance]));
}

let memberCounter = 0;
/**
 * A type B cooperative known to membership with `workers` worker members and `volunteers`
 * volunteer members, there for the whole of March 2025, and `placed` of its workers in
 * EMPLOYMENT placements active in March. Returns its id and its people's ids.
 */
async function member(workers: number, placed: number, volunteers = 0): Promise<{ id: string; people: string[] }> {
  memberCounter += 1;
  const n = 500 + memberCounter;
  const id = demoId("cooperative", n);
  const first10 = `${String(8_000_000 + n).padStart(7, "0")}016`;
  await p.membershipDb.cooperative.create({
    data: {
      id,
      name: `Cooperativa di prova ${n}`,
      taxCode: first10 + partitaIvaCheckDigit(first10),
      alboNumber: `A${String(600_000 + n)}`,
      type: "B",
      status: "ACTIVE",
      municipality: "Bergamo",
      province: "BG",
      region: "Lombardia",
      atecoCodes: ["81.29.10"],
      admissionDate: day("2015-01-01"),
    },
  });
  const people = Array.from({ length: workers + volunteers }, (_, i) => ({
    id: demoId("person", n * 10_000 + i),
    cooperativeId: id,
    firstName: "Persona",
    lastName: `N${i}`,
    taxCode: `TSTPRS${String(n).padStart(4, "0")}${String(i).padStart(6, "0")}`,
    role: i < workers ? ("WORKER_MEMBER" as const) : ("VOLUNTEER_MEMBER" as const),
    startDate: day("2015-01-01"),
  }));
  await p.membershipDb.person.createMany({ data: people });
  await p.db.placement.createMany({ data: people.slice(0, placed).map((person) => placementRow(id, person.id)) });
  return { id, people: people.map((person) => person.id) };
}

function placementRow(cooperativeId: string, personId: string, overrides: Record<string, unknown> = {}) {
  return {
    personId,
    cooperativeId,
    cooperativeType: "B" as const,
    province: "BG",
    category: "ADDICTION" as const,
    referringService: "ADDICTION_SERVICE" as const,
    certificationReference: "SERD/BG",
    certificationDate: day("2024-01-01"),
    kind: "EMPLOYMENT" as const,
    hoursPerWeek: 30,
    role: "Operatore",
    tutor: "Tutor",
    startDate: day("2024-06-01"),
    startedBy: "test",
    ...overrides,
  };
}

describe("the 30% rule at the line, with membership's real workforce", () => {
  let at: Record<string, string>;
  beforeAll(async () => {
    at = {
      "3/10": (await member(10, 3)).id,
      "299/1000": (await member(1000, 299)).id,
      "300/1000": (await member(1000, 300)).id,
      "301/1000": (await member(1000, 301)).id,
      "no workers": (await member(0, 0, 4)).id,
    };
  });

  it("matches the hand-computed verdicts at 29.9%, 30%, 30.1% and with no workers", async () => {
    const verdicts = await complianceOf(Object.values(at));
    const of = (key: string) => verdicts.get(at[key]);
    expect(of("299/1000")).toEqual({ month: MONTH, workers: 1000, disadvantagedWorkers: 299, ratio: "0.2990", requiredRatio: "0.3000", compliant: false, margin: -2 });
    expect(of("3/10")).toEqual({ month: MONTH, workers: 10, disadvantagedWorkers: 3, ratio: "0.3000", requiredRatio: "0.3000", compliant: true, margin: 0 });
    expect(of("300/1000")).toEqual({ month: MONTH, workers: 1000, disadvantagedWorkers: 300, ratio: "0.3000", requiredRatio: "0.3000", compliant: true, margin: 0 });
    expect(of("301/1000")).toEqual({ month: MONTH, workers: 1000, disadvantagedWorkers: 301, ratio: "0.3010", requiredRatio: "0.3000", compliant: true, margin: 1 });
    expect(of("no workers")).toEqual({ month: MONTH, workers: 0, disadvantagedWorkers: 0, ratio: null, requiredRatio: "0.3000", compliant: false, margin: -1 });
  });

  it("counts heads present on at least one day of the month: volunteers, trainees and placements outside the month do not count, a person placed twice counts once", async () => {
    const { id, people } = await member(10, 0, 3);
    await p.db.placement.createMany({
      data: [
        // Ended on the first day of March: counts.
        placementRow(id, people[0], { endDate: day("2025-03-01"), outcome: "ENDED" }),
        // Started on the last day of March: counts.
        placementRow(id, people[1], { startDate: day("2025-03-31"), certificationDate: day("2025-03-01") }),
        // Ended the day before March: does not count.
        placementRow(id, people[2], { endDate: day("2025-02-28"), outcome: "DROPPED_OUT" }),
        // Starts in April: does not count.
        placementRow(id, people[3], { startDate: day("2025-04-01") }),
        // A trainee with a stipend is not a worker.
        placementRow(id, people[4], { kind: "TRAINEESHIP", monthlyStipend: "450.00" }),
        // Two placements of one person in March: one head.
        placementRow(id, people[5], { endDate: day("2025-03-05"), outcome: "CONTINUING" }),
        placementRow(id, people[5], { startDate: day("2025-03-10"), certificationDate: day("2025-03-01") }),
      ],
    });
    // A worker who left before March, and one who joined after it, are not in March's workforce.
    await p.membershipDb.person.update({ where: { id: people[8] }, data: { endDate: day("2025-02-28") } });
    await p.membershipDb.person.update({ where: { id: people[9] }, data: { startDate: day("2025-04-01") } });
    expect((await complianceOf([id])).get(id)).toEqual({ month: MONTH, workers: 8, disadvantagedWorkers: 3, ratio: "0.3750", requiredRatio: "0.3000", compliant: true, margin: 0 });
  });

  it("asks membership once for the workforce of many cooperatives, and queries placements once", async () => {
    const ids = Object.values(at);
    async function counted(some: string[]) {
      await complianceOf(some.slice(0, 1));
      p.platform.resetSqlCounts();
      const verdicts = await complianceOf(some);
      expect([...verdicts.values()].every((v) => v !== null)).toBe(true);
      return { inclusion: p.platform.sqlCount("inclusion"), membership: p.platform.sqlCount("membership") };
    }
    const two = await counted(ids.slice(0, 2));
    const five = await counted(ids);
    // Inclusion: one query of placements; membership: the list asked for (its page) and the workforce question (page, head count); neither reads totalCount, so neither is counted.
    expect(two).toEqual({ inclusion: 1, membership: 3 });
    expect(five).toEqual(two);
  });

  it("lists, on the watchlist, the active type B and AB cooperatives below or at the line, lowest margin first", async () => {
    const answer = await p.query(
      `query ($month: String!) { inclusionWatchlist(month: $month, first: 100) { totalCount nodes { cooperative { id type status } workers disadvantagedWorkers margin compliant } } }`,
      { month: MONTH },
      { role: "INCLUSION_OPERATOR" },
    );
    expect(answer.errors).toBeUndefined();
    const listed = answer.data.inclusionWatchlist.nodes as { cooperative: { id: string; type: string; status: string }; margin: number }[];
    expect(listed.every((n) => n.margin <= 0 && n.cooperative.status === "ACTIVE" && ["B", "AB"].includes(n.cooperative.type))).toBe(true);
    const margins = listed.map((n) => n.margin);
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
    const marginOf = (id: string) => listed.find((n) => n.cooperative.id === id)?.margin;
    expect([marginOf(at["299/1000"]), marginOf(at["3/10"]), marginOf(at["300/1000"]), marginOf(at["301/1000"]), marginOf(at["no workers"])]).toEqual([-2, 0, 0, undefined, -1]);
    // Every active type B or AB cooperative near the line is there, and no other.
    const all = await p.query(`{ cooperatives(first: 100, filter: { type: [B, AB], status: [ACTIVE] }) { nodes { id } } }`);
    const verdicts = await complianceOf(all.data.cooperatives.nodes.map((n: { id: string }) => n.id));
    expect(listed.map((n) => n.cooperative.id).sort()).toEqual(
      [...verdicts]
        .filter(([, v]) => v.margin <= 0)
        .map(([id]) => id)
        .sort(),
    );
  });

  it("refuses a month that is not YYYY-MM", async () => {
    const answer = await p.query(COMPLIANCE, { ids: [at["3/10"]], month: "2025-3" });
    expect(errorsOf(answer)).toEqual([{ code: "BAD_USER_INPUT", field: "month", message: "a month is written YYYY-MM, e.g. 2026-03" }]);
    const beforeTheLaw = await p.query(COMPLIANCE, { ids: [at["3/10"]], month: "1991-11" });
    expect(errorsOf(beforeTheLaw)).toEqual([{ code: "BAD_USER_INPUT", field: "month", message: "the 30% rule applies from 1991-12-18" }]);
  });
});

describe("the demo data", () => {
  it("has type B cooperatives above, at and below the line this month", async () => {
    const verdicts = await complianceOf([2, 12, 4, 6, 20, 5, 8, 10].map(coop), thisMonth);
    const summary = Object.fromEntries(
      [2, 12, 4, 6, 20, 5, 8, 10].map((n) => {
        const v = verdicts.get(coop(n));
        return [n, `${v.disadvantagedWorkers}/${v.workers} ${v.compliant ? "compliant" : "not compliant"} margin ${v.margin}`];
      }),
    );
    expect(summary).toEqual({
      2: "3/5 compliant margin 2",
      12: "2/3 compliant margin 1",
      4: "2/6 compliant margin 0",
      6: "1/3 compliant margin 0",
      20: "2/5 compliant margin 0",
      5: "2/7 not compliant margin -1",
      8: "1/5 not compliant margin -1",
      10: "0/6 not compliant margin -3",
    });
    for (const v of verdicts.values()) expect(v).toEqual({ ...v, ...inclusionVerdict({ workers: v.workers, disadvantagedWorkers: v.disadvantagedWorkers }, 30) });
  });

  it("has plans with reviews, and history: a traineeship that ended in a hire, a placement that was dropped", async () => {
    expect(await p.db.planReview.count()).toBeGreaterThan(10);
    expect(await p.db.placement.groupBy({ by: ["outcome"], where: { startedBy: "seed", outcome: { not: null } }, _count: { _all: true }, orderBy: { outcome: "asc" } })).toEqual([
      { outcome: "HIRED", _count: { _all: 1 } },
      { outcome: "DROPPED_OUT", _count: { _all: 1 } },
    ]);
  });

  it("is written once", async () => {
    expect(await seedInclusion(p.db)).toBeNull();
  });
});

describe("the statistics: the only view of placements analysts and partners get", () => {
  const STATS = `query ($year: Int!) { inclusionStats(year: $year) { year smallestCell cells { province cooperativeType category people suppressed } } }`;

  it("publishes the cells of 5 people or more and suppresses every smaller one, with no totals", async () => {
    const answer = await p.query(STATS, { year: thisYear }, { role: "ANALYST" });
    expect(answer.errors).toBeUndefined();
    const stats = answer.data.inclusionStats;
    expect(Object.keys(stats).sort()).toEqual(["cells", "smallestCell", "year"]);
    expect(stats.smallestCell).toBe(5);
    const torino = stats.cells.filter((c: { province: string; cooperativeType: string }) => c.province === "TO" && c.cooperativeType === "B");
    expect(torino).toEqual([
      { province: "TO", cooperativeType: "B", category: "PHYSICAL_DISABILITY", people: 5, suppressed: false },
      ...[
        "MENTAL_DISABILITY",
        "SENSORY_DISABILITY",
        "FORMER_PSYCHIATRIC_PATIENT",
        "PSYCHIATRIC_TREATMENT",
        "ADDICTION",
        "MINOR_IN_FAMILY_DIFFICULTY",
        "PRISONER_OR_ALTERNATIVE_MEASURE",
      ].map((category) => ({ province: "TO", cooperativeType: "B", category, people: null, suppressed: true })),
    ]);
    for (const cell of stats.cells) expect(cell.suppressed ? cell.people === null : cell.people >= 5).toBe(true);
    // Partners read the same table on the partner contract.
    const partner = await p.publicQuery(STATS, { year: thisYear });
    expect(partner.errors).toBeUndefined();
    expect(partner.data).toEqual(answer.data);
  });

  it("counts a person placed twice in the year once, and a placement that ended before the year not at all", async () => {
    const coopId = "00000000-0000-4000-8000-00000000a051";
    const persons = [1, 2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-0000000a05${n}0`);
    const aosta = { province: "AO", category: "MENTAL_DISABILITY" as const, certificationDate: day("2023-01-10") };
    await p.db.placement.createMany({
      data: [
        ...persons.map((person) => placementRow(coopId, person, { ...aosta, startDate: day("2024-09-01") })),
        // The first person's traineeship earlier in 2024, then the employment above: one person.
        placementRow(coopId, persons[0], { ...aosta, kind: "TRAINEESHIP", startDate: day("2024-02-01"), endDate: day("2024-08-31"), outcome: "ENDED" }),
        // Ended in 2023: not placed in 2024.
        placementRow(coopId, "00000000-0000-4000-8000-0000000a0560", { ...aosta, startDate: day("2023-02-01"), endDate: day("2023-12-31"), outcome: "ENDED" }),
      ],
    });
    const answer = await p.query(STATS, { year: 2024 }, { role: "ANALYST" });
    expect(answer.errors).toBeUndefined();
    const cell = answer.data.inclusionStats.cells.find((c: { province: string; category: string }) => c.province === "AO" && c.category === "MENTAL_DISABILITY");
    expect(cell).toEqual({ province: "AO", cooperativeType: "B", category: "MENTAL_DISABILITY", people: 5, suppressed: false });
  });

  it("gives an analyst nothing to subtract a suppressed cell from", async () => {
    const analyst = { role: "ANALYST" as const };
    const { data } = await p.query(STATS, { year: thisYear }, analyst);
    const suppressed = data.inclusionStats.cells.filter((c: { suppressed: boolean; province: string }) => c.suppressed && c.province === "RM");
    expect(suppressed.length).toBeGreaterThan(0);
    // Every other figure that counts placed people, in Rome's type B cooperative (demo cooperative 4) or anywhere: none is given.
    const attempts = await Promise.all([
      p.query(
        `query ($id: ID!, $month: String!) { cooperative(id: $id) { placements { totalCount } inclusionCompliance(month: $month) { disadvantagedWorkers } } }`,
        { id: coop(4), month: thisMonth },
        analyst,
      ),
      p.query(`{ placements(filter: { cooperativeId: "${coop(4)}" }) { totalCount } }`, {}, analyst),
      p.query(`query ($month: String!) { inclusionWatchlist(month: $month) { nodes { disadvantagedWorkers } } }`, { month: thisMonth }, analyst),
      p.query(
        `{ cooperatives(first: 100, filter: { province: "RM" }) { nodes { placements { totalCount } inclusionCompliance(month: "${thisMonth}") { disadvantagedWorkers } } } }`,
        {},
        analyst,
      ),
    ]);
    expect(attempts[0].data).toEqual({ cooperative: { placements: null, inclusionCompliance: null } });
    expect(errorsOf(attempts[1])[0].code).toBe("FORBIDDEN");
    expect(errorsOf(attempts[2])[0].code).toBe("FORBIDDEN");
    expect(attempts[3].data.cooperatives.nodes.every((c: Record<string, unknown>) => c.placements === null && c.inclusionCompliance === null)).toBe(true);
    // And the table itself is the same whatever else is asked: no other grouping, no margin.
    const introspection = await p.query(`{ __type(name: "InclusionStats") { fields { name } } cell: __type(name: "InclusionStatsCell") { fields { name } } }`, {}, analyst);
    expect(introspection.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(["cells", "smallestCell", "year"]);
    expect(introspection.data.cell.fields.map((f: { name: string }) => f.name).sort()).toEqual(["category", "cooperativeType", "people", "province", "suppressed"]);
  });

  it("refuses a year that is not one", async () => {
    expect(errorsOf(await p.query(STATS, { year: 26 }, { role: "ANALYST" }))).toEqual([{ code: "BAD_USER_INPUT", field: "year", message: "give a year such as 2026" }]);
  });
});

// Last: it stops membership for the rest of this file.
describe("when membership cannot answer", () => {
  it("gives no verdict: SERVICE_UNAVAILABLE, not a guess", async () => {
    await p.platform.stopSubgraph("membership");
    const answer = await p.direct(
      `query ($r: [_Any!]!, $month: String!) { _entities(representations: $r) { ... on Cooperative { id inclusionCompliance(month: $month) { compliant } } } }`,
      { r: [{ __typename: "Cooperative", id: coop(2) }], month: thisMonth },
      { role: "SERVICE", sub: "procurement" },
    );
    expect(answer.data).toEqual({ _entities: [{ id: coop(2), inclusionCompliance: null }] });
    expect(errorsOf(answer)).toEqual([
      {
        code: "SERVICE_UNAVAILABLE",
        field: undefined,
        message: `membership could not confirm the workforce of the cooperatives in ${thisMonth} (it answered: the membership service could not be reached (ECONNREFUSED)); nothing was written`,
      },
    ]);
  });
});
