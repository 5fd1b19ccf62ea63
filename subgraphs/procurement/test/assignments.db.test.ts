import { errorsOf, isoToday, startProcurement, type Procurement } from "./support/harness";
import { ASSIGN, CHANGE_STATUS, assigned, awardedContract, cooperative, knownToMembership } from "./support/scenarios";
import { startSilentServer } from "@coopgraph/testing";

let p: Procurement;
beforeAll(async () => {
  p = await startProcurement();
});
afterAll(() => p?.stop());

const assignment = (contractId: string, shares: [string, string][]) => ({
  input: { contractId, assignments: shares.map(([cooperativeId, sharePercent]) => ({ cooperativeId, sharePercent })) },
});
const assign = (contractId: string, shares: [string, string][]) => p.query(ASSIGN, assignment(contractId, shares));

async function nothingWritten(contractId: string) {
  expect(await p.db.assignment.count({ where: { contractId } })).toBe(0);
}

describe("assigning a contract to member cooperatives", () => {
  it("assigns shares adding up to 100%, each with its exact part of the value", async () => {
    const [a, b, c] = await knownToMembership(p, cooperative(2), cooperative(5, { type: "AB" }), cooperative(1, { type: "A" }));
    const contract = await awardedContract(p, {}, "100000.01");
    p.resetSqlCounts();
    const answer = await assign(contract.id, [
      [b, "33.33"],
      [a, "33.34"],
      [c, "33.33"],
    ]);
    expect(answer.errors).toBeUndefined();
    // Membership was asked at the time of the write: its database answered.
    expect(p.sqlCount("membership")).toBeGreaterThan(0);
    expect(answer.data!.assignContract).toEqual({
      id: contract.id,
      value: "100000.01",
      assignedPercent: "100.00",
      assignments: {
        totalCount: 3,
        // Largest share first, equal shares by cooperative id.
        nodes: [
          { cooperative: { id: a }, sharePercent: "33.34", amount: "33340.01", assignedOn: isoToday() },
          ...[b, c].sort().map((id) => ({ cooperative: { id }, sharePercent: "33.33", amount: "33330.00", assignedOn: isoToday() })),
        ],
      },
    });
  });

  it("refuses shares summing to 99.99%, and writes nothing", async () => {
    const [a, b] = await knownToMembership(p, cooperative(2), cooperative(4));
    const contract = await awardedContract(p);
    expect(
      errorsOf(
        await assign(contract.id, [
          [a, "60.00"],
          [b, "39.99"],
        ]),
      ),
    ).toEqual([
      { code: "BAD_USER_INPUT", field: "input.assignments", message: "the shares add up to 99.99%: a contract is assigned in full, so they must add up to exactly 100%" },
    ]);
    await nothingWritten(contract.id);
  });

  it("refuses to assign a contract to a suspended cooperative, and writes nothing", async () => {
    const [a, suspended] = await knownToMembership(p, cooperative(2), cooperative(27, { name: "Il Ponte", status: "SUSPENDED" }));
    const contract = await awardedContract(p);
    expect(
      errorsOf(
        await assign(contract.id, [
          [a, "50"],
          [suspended, "50"],
        ]),
      ),
    ).toEqual([{ code: "CONFLICT", field: "input.assignments.1.cooperativeId", message: "Il Ponte is SUSPENDED: only ACTIVE members can be assigned a contract" }]);
    await nothingWritten(contract.id);
  });

  it("refuses to assign a contract to a cooperative whose DURC has expired, and writes nothing", async () => {
    const [lapsed] = await knownToMembership(p, cooperative(18, { name: "Il Mosaico", durc: "lapsed" }));
    const contract = await awardedContract(p);
    expect(errorsOf(await assign(contract.id, [[lapsed, "100"]]))).toEqual([
      {
        code: "CONFLICT",
        field: "input.assignments.0.cooperativeId",
        message: `Il Mosaico has no valid DURC on ${isoToday()}: a cooperative without a valid DURC cannot be assigned a contract`,
      },
    ]);
    await nothingWritten(contract.id);
  });

  it("gives a convenzione art. 5 to type B cooperatives only", async () => {
    const [typeA] = await knownToMembership(p, cooperative(3, { name: "Arcobaleno", type: "A" }));
    const contract = await awardedContract(p, { procedure: "CONVENZIONE_ART5" });
    expect(errorsOf(await assign(contract.id, [[typeA, "100"]]))).toEqual([
      {
        code: "CONFLICT",
        field: "input.assignments.0.cooperativeId",
        message: "Arcobaleno is a type A cooperative: a convenzione art. 5 (Law 381/1991) goes to type B or AB cooperatives only",
      },
    ]);
    await nothingWritten(contract.id);
  });

  it("refuses a cooperative membership does not know", async () => {
    const contract = await awardedContract(p);
    expect(errorsOf(await assign(contract.id, [["7d4c6b0a-9c1e-4f7a-8b2d-3e5f6a7b8c9d", "100"]]))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.assignments.0.cooperativeId", message: "no member cooperative has this id" },
    ]);
    await nothingWritten(contract.id);
  });

  it("refuses the same cooperative twice, and a share with three decimals, before asking membership", async () => {
    const [a] = await knownToMembership(p, cooperative(2));
    const contract = await awardedContract(p);
    p.resetSqlCounts();
    expect(
      errorsOf(
        await assign(contract.id, [
          [a, "50"],
          [a, "50"],
        ]),
      ),
    ).toEqual([{ code: "BAD_USER_INPUT", field: "input.assignments.1.cooperativeId", message: "this cooperative is listed twice" }]);
    expect(errorsOf(await assign(contract.id, [[a, "99.995"]]))).toEqual([
      // Sent straight to procurement: its Decimal scalar refuses it, as the gateway would.
      { code: "BAD_USER_INPUT", field: undefined, message: expect.stringContaining('a Decimal has at most 2 decimals; "99.995" has 3') },
    ]);
    // Membership was not asked: its database received nothing.
    expect(p.sqlCount("membership")).toBe(0);
  });

  it("refuses to assign a contract already assigned in full", async () => {
    const [a, b] = await knownToMembership(p, cooperative(2), cooperative(4));
    const contract = await awardedContract(p);
    await assigned(p, contract.id, [[a, "100"]]);
    expect(errorsOf(await assign(contract.id, [[b, "100"]]))).toEqual([
      { code: "CONFLICT", field: "input.contractId", message: "this contract is already assigned in full (100%)" },
    ]);
    expect(await p.db.assignment.count({ where: { contractId: contract.id } })).toBe(1);
  });
});

describe("two assignments of the same contract at once", () => {
  it("lets exactly one of them through when together they would exceed 100%", async () => {
    const ids = await knownToMembership(p, cooperative(2), cooperative(4), cooperative(6), cooperative(8));
    for (let round = 0; round < 5; round++) {
      const contract = await awardedContract(p);
      const answers = await Promise.all([
        assign(contract.id, [
          [ids[0], "60"],
          [ids[1], "40"],
        ]),
        assign(contract.id, [
          [ids[2], "50"],
          [ids[3], "50"],
        ]),
      ]);
      const succeeded = answers.filter((a) => !a.errors);
      const refused = answers.filter((a) => a.errors);
      expect(succeeded).toHaveLength(1);
      expect(errorsOf(refused[0])).toEqual([{ code: "CONFLICT", field: "input.contractId", message: "this contract is already assigned in full (100%)" }]);
      const rows = await p.db.assignment.findMany({ where: { contractId: contract.id } });
      expect(rows.reduce((sum, r) => sum + Number(r.sharePercent.toFixed(2).replace(".", "")), 0)).toBe(10_000);
    }
  });
});

describe("signing a contract", () => {
  const SIGN = `mutation ($id: ID!) { changeTenderStatus(input: { tenderId: $id, status: CONTRACT_SIGNED }) { status contract { signedOn assignedPercent } } }`;

  it("waits until the contract is assigned in full", async () => {
    const [a] = await knownToMembership(p, cooperative(2));
    const contract = await awardedContract(p);
    expect(errorsOf(await p.query(SIGN, { id: contract.tenderId }))).toEqual([
      { code: "CONFLICT", field: "input.status", message: "the contract's assignments add up to 0.00%: assign it in full (exactly 100%) before it is signed" },
    ]);
    await assigned(p, contract.id, [[a, "100"]]);
    expect((await p.query(SIGN, { id: contract.tenderId })).data!.changeTenderStatus).toEqual({
      status: "CONTRACT_SIGNED",
      contract: { signedOn: isoToday(), assignedPercent: "100.00" },
    });
  });

  it("fixes the assignments once signed", async () => {
    const [a] = await knownToMembership(p, cooperative(2));
    const contract = await awardedContract(p);
    await assigned(p, contract.id, [[a, "100"]]);
    await p.query(CHANGE_STATUS, { input: { tenderId: contract.tenderId, status: "CONTRACT_SIGNED" } });
    expect(errorsOf(await assign(contract.id, [[a, "100"]]))).toEqual([
      { code: "CONFLICT", field: "input.contractId", message: "a contract is assigned while its tender is AWARDED; this one is CONTRACT_SIGNED" },
    ]);
  });
});

// Last in this file: its final case stops membership for good.
describe("when membership cannot answer", () => {
  const refusal = (why: string) => [
    {
      code: "SERVICE_UNAVAILABLE",
      field: undefined,
      message: `membership could not confirm that the cooperatives are active members with a valid DURC (${why}); nothing was written`,
    },
  ];
  let silent: Awaited<ReturnType<typeof startSilentServer>>;
  beforeAll(async () => {
    silent = await startSilentServer();
  });
  afterAll(() => silent?.stop());

  it("refuses the assignment with SERVICE_UNAVAILABLE when the gateway cannot be reached, and writes nothing", async () => {
    const [a] = await knownToMembership(p, cooperative(2));
    const contract = await awardedContract(p);
    const cutOff = await p.procurementAskingGatewayAt("http://127.0.0.1:1");
    expect(errorsOf(await cutOff.query(ASSIGN, assignment(contract.id, [[a, "100"]])))).toEqual(refusal("the gateway could not be reached"));
    await nothingWritten(contract.id);
  });

  it("refuses the assignment with SERVICE_UNAVAILABLE when the gateway does not answer in time, and writes nothing", async () => {
    const [a] = await knownToMembership(p, cooperative(2));
    const contract = await awardedContract(p);
    const waiting = await p.procurementAskingGatewayAt(silent.url, 500);
    expect(errorsOf(await waiting.query(ASSIGN, assignment(contract.id, [[a, "100"]])))).toEqual(refusal("no answer in time"));
    await nothingWritten(contract.id);
  });

  it("refuses the assignment with SERVICE_UNAVAILABLE when membership is down, and writes nothing", async () => {
    const [a] = await knownToMembership(p, cooperative(2));
    const contract = await awardedContract(p);
    await p.stopMembership();
    expect(errorsOf(await assign(contract.id, [[a, "100"]]))).toEqual(refusal("it answered: the membership service could not be reached (ECONNREFUSED)"));
    await nothingWritten(contract.id);
  });
});
