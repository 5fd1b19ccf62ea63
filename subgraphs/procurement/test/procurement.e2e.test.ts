import { demoId, isoDate, today } from "@coopgraph/kit";
import { startPlatform, type Platform } from "@coopgraph/testing";
import { subgraph as procurement } from "../src/app";
import { errorsOf } from "./support/harness";

/** Membership, inclusion (the 30% verdicts of reserved contracts) and procurement, each with its demo data. */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform(["membership", "inclusion", procurement], { seed: true });
});
afterAll(() => platform?.stop());

const coop = (n: number) => demoId("cooperative", n);

describe("one graph over membership and procurement", () => {
  it("says at /ready which subgraphs answer: the three started here do", async () => {
    const ready = (await (await fetch(`${platform.url}/ready`)).json()) as { subgraphs: Record<string, { status: string }> };
    for (const name of ["membership", "inclusion", "procurement"]) expect(ready.subgraphs[name]).toEqual({ status: "ready" });
  });

  it("returns a cooperative's name and type with its assignments and their contracts' values, in one query planned over both subgraphs", async () => {
    const res = await platform.query(
      `query ($id: ID!) {
        cooperative(id: $id) {
          name type status
          assignments { totalCount nodes { sharePercent amount contract { value tender { title procedure status } } } }
        }
      }`,
      { id: coop(5) },
      { role: "ADMIN" },
      { headers: { "apollo-query-plan-experimental": "1" } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      cooperative: {
        name: "Terra Nuova Società Cooperativa Sociale",
        type: "AB",
        status: "ACTIVE",
        assignments: {
          totalCount: 1,
          nodes: [
            {
              sharePercent: "50.00",
              amount: "142500.00",
              contract: { value: "285000.00", tender: { title: "Gestione dell'isola ecologica comunale", procedure: "RESERVED_CONTRACT", status: "CONTRACT_SIGNED" } },
            },
          ],
        },
      },
    });
    const plan = res.extensions?.__queryPlanExperimental as string;
    expect(plan).toContain('Fetch(service: "membership")');
    expect(plan).toContain('Fetch(service: "procurement")');
  });

  it("returns a tender's contract with each assignee's name", async () => {
    const res = await platform.query(
      `query ($id: ID!) {
        tender(id: $id) {
          title procedure status buyer { name }
          contract { value assignedPercent assignments { nodes { sharePercent amount cooperative { name type } } } }
        }
      }`,
      { id: demoId("tender", 12) },
    );
    expect(res.errors).toBeUndefined();
    const tied = [
      { id: coop(3), node: { sharePercent: "33.33", amount: "286638.00", cooperative: { name: "Arcobaleno Società Cooperativa Sociale", type: "A" } } },
      { id: coop(7), node: { sharePercent: "33.33", amount: "286638.00", cooperative: { name: "Il Seme Società Cooperativa Sociale", type: "A" } } },
    ].sort((a, b) => a.id.localeCompare(b.id));
    expect(res.data).toEqual({
      tender: {
        title: "Assistenza domiciliare agli anziani",
        procedure: "OPEN",
        status: "CONTRACT_SIGNED",
        buyer: { name: "Regione Emilia-Romagna" },
        contract: {
          value: "860000.00",
          assignedPercent: "100.00",
          assignments: {
            nodes: [{ sharePercent: "33.34", amount: "286724.00", cooperative: { name: "Il Girasole Società Cooperativa Sociale", type: "A" } }, ...tied.map((t) => t.node)],
          },
        },
      },
    });
  });
});

/** A new contract of an AWARDED tender with this procedure, ready to assign. */
async function freshContract(procedure = "OPEN"): Promise<string> {
  const cig = `E2E${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const created = await platform.query(`mutation ($input: CreateTenderInput!) { createTender(input: $input) { id } }`, {
    input: {
      cig,
      title: `Servizi di pulizia ${cig}`,
      object: "SERVICES",
      procedure,
      buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
      baseAmount: "150000.00",
      deadline: "2026-12-31",
    },
  });
  const tenderId = created.data.createTender.id;
  for (const status of ["PUBLISHED", "BID_SUBMITTED"]) {
    await platform.query(`mutation ($id: ID!, $s: TenderStatus!) { changeTenderStatus(input: { tenderId: $id, status: $s }) { status } }`, { id: tenderId, s: status });
  }
  const awarded = await platform.query(`mutation ($id: ID!) { awardTender(input: { tenderId: $id, value: "120000.00", startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }`, {
    id: tenderId,
  });
  return awarded.data.awardTender.id;
}

describe("assigning a contract, with membership asked through the gateway", () => {
  const ASSIGN = `mutation ($input: AssignContractInput!) {
    assignContract(input: $input) { value assignedPercent assignments { nodes { sharePercent amount cooperative { name } } } }
  }`;
  const assign = (contractId: string, shares: [number, string][]) =>
    platform.query(ASSIGN, { input: { contractId, assignments: shares.map(([n, sharePercent]) => ({ cooperativeId: coop(n), sharePercent })) } });
  const written = (contractId: string) => platform.db.procurement.assignment.count({ where: { contractId } });

  it("assigns active members with a valid DURC", async () => {
    const contractId = await freshContract("RESERVED_CONTRACT");
    const res = await assign(contractId, [
      [2, "60"],
      [4, "40"],
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      assignContract: {
        value: "120000.00",
        assignedPercent: "100.00",
        assignments: {
          nodes: [
            { sharePercent: "60.00", amount: "72000.00", cooperative: { name: "La Rondine Società Cooperativa Sociale" } },
            { sharePercent: "40.00", amount: "48000.00", cooperative: { name: "Il Melograno Società Cooperativa Sociale" } },
          ],
        },
      },
    });
  });

  it("refuses a reserved contract to a type B cooperative below 30% disadvantaged workers this month, and writes nothing", async () => {
    // Inclusion's demo data: cooperative 8 has 1 disadvantaged worker among 5, cooperative 2 has 3 among 5.
    const contractId = await freshContract("RESERVED_CONTRACT");
    expect(
      errorsOf(
        await assign(contractId, [
          [2, "50"],
          [8, "50"],
        ]),
      ),
    ).toEqual([
      {
        code: "CONFLICT",
        field: "input.assignments.1.cooperativeId",
        message: `La Bottega Solidale Società Cooperativa Sociale has 1 disadvantaged workers among 5 in ${isoDate(today()).slice(0, 7)}: a reserved contract (D.Lgs. 36/2023 art. 61) needs at least 30% (Law 381/1991 art. 4)`,
      },
    ]);
    expect(await written(contractId)).toBe(0);
  });

  it("refuses a suspended assignee, and writes nothing", async () => {
    const contractId = await freshContract();
    expect(
      errorsOf(
        await assign(contractId, [
          [2, "50"],
          [27, "50"],
        ]),
      ),
    ).toEqual([
      {
        code: "CONFLICT",
        field: "input.assignments.1.cooperativeId",
        message: "Rete Verde Società Cooperativa Sociale is SUSPENDED: only ACTIVE members can be assigned a contract",
      },
    ]);
    expect(await written(contractId)).toBe(0);
  });

  it("refuses an assignee whose DURC has expired, and writes nothing", async () => {
    const contractId = await freshContract();
    const res = await assign(contractId, [[18, "100"]]);
    expect(errorsOf(res)).toEqual([
      {
        code: "CONFLICT",
        field: "input.assignments.0.cooperativeId",
        message: `Il Mosaico Società Cooperativa Sociale has no valid DURC on ${isoDate(today())}: a cooperative without a valid DURC cannot be assigned a contract`,
      },
    ]);
    expect(await written(contractId)).toBe(0);
  });

  it("refuses a type A cooperative for a convenzione art. 5, and shares summing to 99.99%", async () => {
    const contractId = await freshContract("CONVENZIONE_ART5");
    expect(errorsOf(await assign(contractId, [[1, "100"]]))[0]).toMatchObject({ code: "CONFLICT", field: "input.assignments.0.cooperativeId" });
    expect(
      errorsOf(
        await assign(contractId, [
          [2, "60"],
          [4, "39.99"],
        ]),
      ),
    ).toEqual([
      { code: "BAD_USER_INPUT", field: "input.assignments", message: "the shares add up to 99.99%: a contract is assigned in full, so they must add up to exactly 100%" },
    ]);
    expect(await written(contractId)).toBe(0);
  });

  it("lets exactly one of two concurrent assignments through", async () => {
    const contractId = await freshContract();
    const answers = await Promise.all([
      assign(contractId, [
        [2, "60"],
        [4, "40"],
      ]),
      assign(contractId, [
        [5, "50"],
        [6, "50"],
      ]),
    ]);
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.flatMap(errorsOf)).toEqual([{ code: "CONFLICT", field: "input.contractId", message: "this contract is already assigned in full (100%)" }]);
    expect(await written(contractId)).toBe(2);
  });
});

describe("lists across both subgraphs without N+1", () => {
  beforeAll(async () => {
    const db = platform.db.procurement;
    const eligible = [2, 4, 5, 6, 8, 10, 12, 13, 14, 16, 20, 21, 22, 24, 32];
    for (let n = 1; n <= 110; n++) {
      await db.tender.create({
        data: {
          cig: `N${String(n).padStart(9, "0")}`,
          title: `Servizio ${n}`,
          object: "SERVICES",
          procedure: "OPEN",
          buyerName: "Comune di Bergamo",
          buyerTaxCode: "80034840167",
          buyerKind: "SUB_CENTRAL_AUTHORITY",
          baseAmount: "100000.00",
          deadline: new Date("2025-01-01"),
          status: "CONTRACT_SIGNED",
          createdBy: "test",
          contract: {
            create: {
              value: "90000.00",
              startDate: new Date("2026-01-01"),
              endDate: new Date("2026-12-31"),
              awardedOn: new Date("2025-02-01"),
              createdBy: "test",
              assignments: {
                create: [0, 1].map((k) => ({
                  cooperativeId: coop(eligible[(n + k * 7) % eligible.length]),
                  sharePercent: "50.00",
                  assignedOn: new Date("2025-02-01"),
                  assignedBy: "test",
                })),
              },
            },
          },
        },
      });
    }
  });

  it("sends each subgraph as many SQL statements for 100 contracts with their assignees as for 10", async () => {
    const query = `query ($first: Int!) { contracts(first: $first) { nodes { value tender { title } assignments { nodes { sharePercent amount cooperative { name type } } } } } }`;
    const statements = async (first: number) => {
      platform.resetSqlCounts();
      const res = await platform.query(query, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.contracts.nodes).toHaveLength(first);
      expect(res.data.contracts.nodes.every((c: { assignments: { nodes: { cooperative: { name: string } }[] } }) => c.assignments.nodes.every((a) => a.cooperative.name))).toBe(
        true,
      );
      return { procurement: platform.sqlCount("procurement"), membership: platform.sqlCount("membership") };
    };
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(hundred).toEqual(ten);
    // Procurement: the page, the tenders, the assignments (totalCount is not asked, so not counted); membership: the assignees.
    expect(ten).toEqual({ procurement: 3, membership: 1 });
  });

  it("sends as many statements for 30 cooperatives with their assignments and yearly value as for 10", async () => {
    const query = `query ($first: Int!) { cooperatives(first: $first) { nodes { name contractValue(year: 2026) assignments(first: 100) { nodes { sharePercent contract { value } } } } } }`;
    const statements = async (first: number) => {
      platform.resetSqlCounts();
      const res = await platform.query(query, { first });
      expect(res.errors).toBeUndefined();
      return { procurement: platform.sqlCount("procurement"), membership: platform.sqlCount("membership") };
    };
    expect(await statements(30)).toEqual(await statements(10));
  });
});

describe("the partner contract", () => {
  it("shows partners tenders and awarded contracts with their assignees, never internal notes", async () => {
    const res = await platform.query(
      `{ contracts(first: 1, filter: { tenderStatus: [COMPLETED] }) { nodes { value tender { cig title } assignments { nodes { sharePercent cooperative { name } } } } } }`,
      {},
      { role: "PARTNER" },
      { path: "/public/graphql" },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.contracts.nodes[0].assignments.nodes.length).toBeGreaterThan(0);
    const notes = await platform.query(`{ tenders(first: 1) { nodes { notes } } }`, {}, { role: "PARTNER" }, { path: "/public/graphql" });
    expect(notes.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

// Last: it stops inclusion for the rest of this file.
describe("when inclusion cannot answer", () => {
  it("refuses a reserved contract with SERVICE_UNAVAILABLE, writes nothing, and still assigns an open procedure", async () => {
    await platform.stopSubgraph("inclusion");
    const assign = (contractId: string) =>
      platform.query(`mutation ($input: AssignContractInput!) { assignContract(input: $input) { id } }`, {
        input: { contractId, assignments: [{ cooperativeId: coop(2), sharePercent: "100" }] },
      });
    const reserved = await freshContract("RESERVED_CONTRACT");
    const refused = await assign(reserved);
    expect(errorsOf(refused)).toEqual([
      {
        code: "SERVICE_UNAVAILABLE",
        field: undefined,
        message: expect.stringMatching(/^inclusion could not confirm that the cooperatives meet the 30% rule for disadvantaged workers \(.+\); nothing was written$/),
      },
    ]);
    expect(await platform.db.procurement.assignment.count({ where: { contractId: reserved } })).toBe(0);
    const open = await freshContract();
    expect((await assign(open)).errors).toBeUndefined();
  });
});
