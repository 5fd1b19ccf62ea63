import type { CooperativeFacts } from "@coopgraph/clients";
import type { Identity } from "@coopgraph/identity";
import { addDays, demoId, executeAs, today } from "@coopgraph/kit";
import { refusalOf, useSubgraphDatabase } from "@coopgraph/testing";
import { assignContract } from "../src/assignment/assignment.commands";
import { awardTender } from "../src/contract/contract.commands";
import { subgraph } from "../src/app";
import { placeGroupOrder } from "../src/groupPurchase/groupPurchase.commands";
import { changeTenderStatus, createTender } from "../src/tender/tender.commands";
import { validateTender } from "../src/tender/tender.rules";
import { nextCig } from "./support/harness";

/**
 * Procurement's commands on a fresh database, without HTTP and without membership: membership's
 * facts are the input the resolver would have asked for, so each case states them.
 */
const database = useSubgraphDatabase(subgraph);

const ADMIN: Identity = { sub: "tender-office", role: "ADMIN" };
const refused = (results: PromiseSettledResult<unknown>[]) => results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => refusalOf(r.reason));

const tender = (cig = nextCig(), procedure: "OPEN" | "CONVENZIONE_ART5" = "OPEN") =>
  validateTender(
    {
      cig,
      title: "Pulizia degli uffici comunali",
      object: "SERVICES",
      procedure,
      buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
      baseAmount: "120000.00",
      deadline: addDays(today(), 30),
    },
    today(),
  );

async function awarded(): Promise<{ contractId: string; tenderId: string }> {
  const recorded = await executeAs(database.db, ADMIN, createTender, tender());
  for (const status of ["PUBLISHED", "BID_SUBMITTED"] as const) await executeAs(database.db, ADMIN, changeTenderStatus, { tenderId: recorded.id, status, reason: null });
  const contract = await executeAs(database.db, ADMIN, awardTender, { tenderId: recorded.id, value: "100000.00", startDate: today(), endDate: addDays(today(), 364) });
  return { contractId: contract.id, tenderId: recorded.id };
}

const facts = (n: number, overrides: Partial<CooperativeFacts> = {}): CooperativeFacts => ({
  id: demoId("cooperative", n),
  name: `Cooperativa ${n}`,
  type: "B",
  status: "ACTIVE",
  province: "BG",
  region: "Lombardia",
  hasValidDurc: true,
  ...overrides,
});
const known = (...cooperatives: CooperativeFacts[]) => new Map(cooperatives.map((c) => [c.id, c]));
const share = (n: number, percent: number) => ({ cooperativeId: demoId("cooperative", n), share: BigInt(percent * 100) });

describe("createTender", () => {
  it("records a DRAFT with its first status change by the caller", async () => {
    const input = tender();
    const recorded = await executeAs(database.db, ADMIN, createTender, input);
    expect(recorded).toMatchObject({ cig: input.cig, status: "DRAFT", createdBy: "tender-office" });
    expect(await database.db.tenderStatusChange.findMany({ where: { tenderId: recorded.id }, select: { fromStatus: true, toStatus: true, changedBy: true } })).toEqual([
      { fromStatus: null, toStatus: "DRAFT", changedBy: "tender-office" },
    ]);
  });

  it("records one of two simultaneous tenders with the same CIG, the other a CONFLICT on input.cig", async () => {
    const cig = nextCig();
    const results = await Promise.allSettled([executeAs(database.db, ADMIN, createTender, tender(cig)), executeAs(database.db, ADMIN, createTender, tender(cig))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused(results)).toEqual([{ code: "CONFLICT", field: "input.cig", message: expect.stringMatching(/CIG .*already recorded for another tender/) }]);
    expect(await database.db.tender.count({ where: { cig } })).toBe(1);
  });
});

describe("awardTender", () => {
  it("records one contract of two simultaneous awards of the same tender", async () => {
    const recorded = await executeAs(database.db, ADMIN, createTender, tender());
    for (const status of ["PUBLISHED", "BID_SUBMITTED"] as const) await executeAs(database.db, ADMIN, changeTenderStatus, { tenderId: recorded.id, status, reason: null });
    const award = () => executeAs(database.db, ADMIN, awardTender, { tenderId: recorded.id, value: "90000.00", startDate: today(), endDate: addDays(today(), 30) });
    const results = await Promise.allSettled([award(), award()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused(results)).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    expect(await database.db.contract.count({ where: { tenderId: recorded.id } })).toBe(1);
    expect((await database.db.tender.findUniqueOrThrow({ where: { id: recorded.id } })).status).toBe("AWARDED");
  });
});

describe("assignContract", () => {
  it("writes the shares as membership confirmed the cooperatives, on the day it was asked", async () => {
    const { contractId } = await awarded();
    await executeAs(database.db, ADMIN, assignContract, { contractId, shares: [share(1, 60), share(2, 40)], facts: known(facts(1), facts(2)), onDate: today() });
    expect(
      await database.db.assignment.findMany({
        where: { contractId },
        orderBy: { sharePercent: "desc" },
        select: { cooperativeId: true, sharePercent: true, assignedOn: true, assignedBy: true },
      }),
    ).toEqual([
      { cooperativeId: demoId("cooperative", 1), sharePercent: expect.objectContaining({}), assignedOn: today(), assignedBy: "tender-office" },
      { cooperativeId: demoId("cooperative", 2), sharePercent: expect.objectContaining({}), assignedOn: today(), assignedBy: "tender-office" },
    ]);
  });

  it("refuses a cooperative membership did not confirm, and one it says is SUSPENDED, writing nothing", async () => {
    const { contractId } = await awarded();
    await expect(
      executeAs(database.db, ADMIN, assignContract, { contractId, shares: [share(1, 50), share(3, 50)], facts: known(facts(1)), onDate: today() }),
    ).rejects.toMatchObject({
      message: "no member cooperative has this id",
      extensions: { code: "BAD_USER_INPUT", field: "input.assignments.1.cooperativeId" },
    });
    await expect(
      executeAs(database.db, ADMIN, assignContract, { contractId, shares: [share(4, 100)], facts: known(facts(4, { name: "Il Ponte", status: "SUSPENDED" })), onDate: today() }),
    ).rejects.toMatchObject({ message: "Il Ponte is SUSPENDED: only ACTIVE members can be assigned a contract", extensions: { code: "CONFLICT" } });
    expect(await database.db.assignment.count({ where: { contractId } })).toBe(0);
  });

  it("lets one of two simultaneous assignments through when together they would exceed 100%", async () => {
    const { contractId } = await awarded();
    const all = known(facts(1), facts(2), facts(3), facts(4));
    const results = await Promise.allSettled([
      executeAs(database.db, ADMIN, assignContract, { contractId, shares: [share(1, 60), share(2, 40)], facts: all, onDate: today() }),
      executeAs(database.db, ADMIN, assignContract, { contractId, shares: [share(3, 50), share(4, 50)], facts: all, onDate: today() }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused(results)).toEqual([{ code: "CONFLICT", field: "input.contractId", message: "this contract is already assigned in full (100%)" }]);
    expect(await database.db.assignment.count({ where: { contractId } })).toBe(2);
  });
});

describe("changeTenderStatus to CONTRACT_SIGNED", () => {
  it("signs a contract assigned in full, and never one an assignment has not completed", async () => {
    const { contractId, tenderId } = await awarded();
    await expect(executeAs(database.db, ADMIN, changeTenderStatus, { tenderId, status: "CONTRACT_SIGNED", reason: null })).rejects.toMatchObject({
      extensions: { code: "CONFLICT", field: "input.status" },
    });
    await executeAs(database.db, ADMIN, assignContract, { contractId, shares: [share(1, 100)], facts: known(facts(1)), onDate: today() });
    expect(await executeAs(database.db, ADMIN, changeTenderStatus, { tenderId, status: "CONTRACT_SIGNED", reason: "firmato" })).toMatchObject({ status: "CONTRACT_SIGNED" });
    expect((await database.db.contract.findUniqueOrThrow({ where: { id: contractId } })).signedOn).toEqual(today());
  });
});

describe("placeGroupOrder", () => {
  it("takes an order of an ACTIVE member, and refuses one membership does not know", async () => {
    const purchase = await database.db.groupPurchase.create({
      data: { item: "Guanti da lavoro", unit: "paio", unitPrice: "2.50", closesOn: addDays(today(), 10), createdBy: "test" },
    });
    const order = { purchase, cooperativeId: demoId("cooperative", 1), quantity: 40, on: today() };
    await executeAs(database.db, ADMIN, placeGroupOrder, { ...order, cooperative: facts(1) });
    await expect(executeAs(database.db, ADMIN, placeGroupOrder, { ...order, cooperative: null })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "input.cooperativeId" },
    });
    expect(await database.db.groupOrder.findMany({ where: { groupPurchaseId: purchase.id }, select: { cooperativeId: true, quantity: true, placedBy: true } })).toEqual([
      { cooperativeId: demoId("cooperative", 1), quantity: 40, placedBy: "tender-office" },
    ]);
  });
});
