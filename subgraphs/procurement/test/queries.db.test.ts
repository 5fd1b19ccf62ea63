import { demoId } from "@coopgraph/kit";
import { day, errorsOf, startProcurement, type Procurement } from "./support/harness";

let p: Procurement;

/**
 * 120 contracts written straight to the database (the API path is covered elsewhere): tender n
 * has a deadline n days after 2026-01-01, is awarded, and its contract is split between three
 * cooperatives.
 */
beforeAll(async () => {
  p = await startProcurement();
  const procedures = ["OPEN", "RESTRICTED", "NEGOTIATED", "DIRECT_AWARD", "CONVENZIONE_ART5", "RESERVED_CONTRACT"] as const;
  const statuses = ["AWARDED", "CONTRACT_SIGNED", "COMPLETED"] as const;
  for (let n = 1; n <= 120; n++) {
    const tenderId = demoId("test-tender", n);
    await p.db.tender.create({
      data: {
        id: tenderId,
        cig: `Q${String(n).padStart(9, "0")}`,
        title: `Servizio ${n}`,
        object: "SERVICES",
        procedure: procedures[n % procedures.length],
        buyerName: n % 2 ? "Comune di Bergamo" : "ASL Città di Milano",
        buyerTaxCode: n % 2 ? "80034840167" : "09320520969",
        buyerKind: "SUB_CENTRAL_AUTHORITY",
        baseAmount: "100000.00",
        deadline: new Date(Date.UTC(2026, 0, 1 + n)),
        status: statuses[n % statuses.length],
        createdBy: "test",
        contract: {
          create: {
            id: demoId("test-contract", n),
            value: `${90_000 + n}.00`,
            startDate: day("2025-07-01"),
            endDate: day("2026-06-30"),
            awardedOn: new Date(Date.UTC(2025, 5, 1 + (n % 28))),
            createdBy: "test",
            assignments: {
              create: [
                { cooperativeId: demoId("cooperative", 2), sharePercent: "50.00", assignedOn: day("2025-06-01"), assignedBy: "test" },
                { cooperativeId: demoId("cooperative", 4 + (n % 3) * 2), sharePercent: "30.00", assignedOn: day("2025-06-01"), assignedBy: "test" },
                { cooperativeId: demoId("cooperative", 12 + (n % 5)), sharePercent: "20.00", assignedOn: day("2025-06-01"), assignedBy: "test" },
              ],
            },
          },
        },
      },
    });
  }
});
afterAll(() => p?.stop());

/** How many SQL statements one operation costs procurement's database, and membership's. */
async function statementsFor(query: string, variables: Record<string, unknown> = {}) {
  p.resetSqlCounts();
  const answer = await p.query(query, variables);
  expect(answer.errors).toBeUndefined();
  return { count: { procurement: p.sqlCount("procurement"), membership: p.sqlCount("membership") }, answer };
}

describe("lists without N+1", () => {
  const CONTRACTS = `query ($first: Int!) {
    contracts(first: $first) {
      totalCount
      nodes { id value assignedPercent tender { cig title status buyer { name } lots { number } }
              assignments { totalCount nodes { sharePercent amount cooperative { id } contract { value } } } }
    }
  }`;

  it("sends as many SQL statements for 100 contracts with their assignments as for 10", async () => {
    const ten = await statementsFor(CONTRACTS, { first: 10 });
    const hundred = await statementsFor(CONTRACTS, { first: 100 });
    expect(ten.answer.data!.contracts.nodes).toHaveLength(10);
    expect(hundred.answer.data!.contracts.nodes).toHaveLength(100);
    expect(hundred.answer.data!.contracts.nodes[0].assignments.nodes).toHaveLength(3);
    expect(hundred.count).toEqual(ten.count);
  });

  it("resolves 10 or 100 cooperatives with their assignments and yearly value in as many statements", async () => {
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Cooperative { id contractValue(year: 2026) assignments(first: 100) { totalCount nodes { sharePercent contract { value tender { title } } } } } } }`;
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: "Cooperative", id: demoId("cooperative", i + 1) }));
    const ten = await statementsFor(query, { reps: reps(10) });
    const hundred = await statementsFor(query, { reps: reps(100) });
    expect(hundred.count).toEqual(ten.count);
  });
});

describe("a page of each contract's assignments", () => {
  const PAGE = `query ($first: Int!, $page: Int!, $after: String) {
    contracts(first: $first) { nodes { id assignments(first: $page, after: $after) { totalCount nodes { id sharePercent amount } pageInfo { hasNextPage endCursor } } } }
  }`;

  it("costs the same statements for 10 or 100 contracts, whole or one assignment each", async () => {
    const whole = await statementsFor(PAGE, { first: 10, page: 20 });
    const one = await statementsFor(PAGE, { first: 10, page: 1 });
    const hundred = await statementsFor(PAGE, { first: 100, page: 1 });
    expect(hundred.count).toEqual(one.count);
    // One assignment of three on the page: its amount reads the contract's other shares, once for all contracts.
    expect(one.count.procurement).toBe(whole.count.procurement + 1);
    expect(one.answer.data!.contracts.nodes[0].assignments).toMatchObject({ totalCount: 3, nodes: [{ sharePercent: "50.00" }], pageInfo: { hasNextPage: true } });
  });

  it("pages through a contract's assignments by cursor, largest share first, with exact amounts", async () => {
    const Q = `query ($id: ID!, $after: String) { contract(id: $id) { assignments(first: 1, after: $after) { totalCount nodes { sharePercent amount } pageInfo { hasNextPage endCursor } } } }`;
    const seen: { sharePercent: string; amount: string }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { data } = await p.query(Q, { id: demoId("test-contract", 7), after });
      const page = data!.contract.assignments;
      expect(page.totalCount).toBe(3);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // Contract 7 is worth 90,007.00.
    expect(seen).toEqual([
      { sharePercent: "50.00", amount: "45003.50" },
      { sharePercent: "30.00", amount: "27002.10" },
      { sharePercent: "20.00", amount: "18001.40" },
    ]);
  });
});

describe("the contract value a cooperative executes in a year", () => {
  it("is its share of each contract, spread over the contract's days", async () => {
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Cooperative { v2025: contractValue(year: 2025) v2026: contractValue(year: 2026) v2027: contractValue(year: 2027) } } }`;
    const { data } = await p.query(query, { reps: [{ __typename: "Cooperative", id: demoId("cooperative", 2) }] });
    // Cooperative 2 has 50% of all 120 contracts: sum of values = 120 * 90000 + (1 + ... + 120) = 10,807,260.00; half is 5,403,630.00.
    const { v2025, v2026, v2027 } = data!._entities[0];
    expect(v2027).toBe("0.00");
    expect((BigInt(v2025.replace(".", "")) + BigInt(v2026.replace(".", ""))).toString()).toBe("540363000");
    // 184 of the 365 days (2025-07-01..2026-06-30) fall in 2025.
    expect(Number(v2025)).toBeCloseTo((5_403_630 * 184) / 365, -1);
  });
});

describe("filtering tenders and contracts", () => {
  const titles = async (query: string, variables: Record<string, unknown>) => {
    const answer = await p.query(query, variables);
    expect(answer.errors).toBeUndefined();
    const list = answer.data![Object.keys(answer.data!)[0]];
    return { totalCount: list.totalCount as number, titles: list.nodes.map((n: { title?: string; tender?: { title: string } }) => n.title ?? n.tender!.title) };
  };
  const TENDERS = `query ($filter: TenderFilter) { tenders(first: 100, filter: $filter) { totalCount nodes { title } } }`;
  const CONTRACTS = `query ($filter: ContractFilter) { contracts(first: 100, filter: $filter) { totalCount nodes { tender { title } } } }`;

  it("by status, procedure and deadline range", async () => {
    // OPEN: n % 6 == 0, hence AWARDED (n % 3 == 0); deadlines 2026-01-10..2026-01-25: n = 9..24.
    expect(await titles(TENDERS, { filter: { status: ["AWARDED"], procedure: ["OPEN"], deadlineFrom: "2026-01-10", deadlineTo: "2026-01-25" } })).toEqual({
      totalCount: 3,
      titles: ["Servizio 12", "Servizio 18", "Servizio 24"],
    });
    expect((await titles(TENDERS, { filter: { status: ["COMPLETED"], procedure: ["OPEN"] } })).totalCount).toBe(0);
  });

  it("by buyer, its codice fiscale or part of its name", async () => {
    expect((await titles(TENDERS, { filter: { buyer: "80034840167" } })).totalCount).toBe(60);
    expect((await titles(TENDERS, { filter: { buyer: "città di milano", deadlineTo: "2026-01-05" } })).titles).toEqual(["Servizio 2", "Servizio 4"]);
  });

  it("contracts by assignee, procedure and tender status", async () => {
    const result = await titles(CONTRACTS, { filter: { cooperativeId: demoId("cooperative", 12), procedure: ["RESERVED_CONTRACT"], tenderStatus: ["AWARDED", "COMPLETED"] } });
    // Cooperative 12: n % 5 == 0; reserved: n % 6 == 5, hence COMPLETED (n % 3 == 2): n = 5, 35, 65, 95.
    expect(result).toEqual({ totalCount: 4, titles: expect.arrayContaining(["Servizio 5", "Servizio 35", "Servizio 65", "Servizio 95"]) });
  });

  it("contracts in execution on a day", async () => {
    expect((await titles(CONTRACTS, { filter: { activeOn: "2026-07-01" } })).totalCount).toBe(0);
    expect((await titles(CONTRACTS, { filter: { activeOn: "2026-06-30" } })).totalCount).toBe(120);
  });

  it("pages with opaque cursors, and caps a page at 100", async () => {
    const first = await p.query(`{ tenders(first: 2) { pageInfo { hasNextPage endCursor } nodes { title } } }`);
    const { endCursor } = first.data!.tenders.pageInfo;
    const next = await p.query(`query ($after: String) { tenders(first: 2, after: $after) { nodes { title } } }`, { after: endCursor });
    expect([...first.data!.tenders.nodes, ...next.data!.tenders.nodes].map((n: { title: string }) => n.title)).toEqual(["Servizio 1", "Servizio 2", "Servizio 3", "Servizio 4"]);
    expect(errorsOf(await p.query(`{ tenders(first: 101) { totalCount } }`))).toEqual([
      { code: "BAD_USER_INPUT", field: "first", message: "first can be at most 100; page through longer lists with after" },
    ]);
  });
});
