import { demoId } from "@coopgraph/kit";
import { seedProcurement } from "../src/seed";
import { startProcurement, type Procurement } from "./support/harness";

let p: Procurement;
beforeAll(async () => {
  p = await startProcurement();
});
afterAll(() => p?.stop());

describe("the demo data", () => {
  it("holds tenders in every status and contracts assigned to several cooperatives, each in full", async () => {
    expect(await seedProcurement(p.db)).toEqual({ tenders: 16, contracts: 7, assignments: 13 });
    const statuses = await p.db.tender.groupBy({ by: ["status"], _count: { _all: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(["AWARDED", "BID_SUBMITTED", "COMPLETED", "CONTRACT_SIGNED", "DRAFT", "LOST", "PUBLISHED", "WITHDRAWN"]);
    const { data } = await p.query(`{ contracts(first: 100) { nodes { assignedPercent assignments { totalCount } tender { status } } } }`);
    const contracts = data!.contracts.nodes as { assignedPercent: string; assignments: { totalCount: number }; tender: { status: string } }[];
    expect(contracts.filter((c) => c.tender.status !== "AWARDED").every((c) => c.assignedPercent === "100.00")).toBe(true);
    expect(contracts.filter((c) => c.assignments.totalCount > 1).length).toBeGreaterThanOrEqual(5);
  });

  it("assigns only cooperatives that membership's demo data makes eligible", async () => {
    const eligibleB = [2, 4, 5, 6, 8, 10, 12, 13, 14, 16, 20, 21, 22, 24, 32].map((n) => demoId("cooperative", n));
    const typeA = [1, 3, 7, 11, 15, 17, 19, 23, 25].map((n) => demoId("cooperative", n));
    const rows = await p.db.assignment.findMany({ include: { contract: { include: { tender: true } } } });
    for (const row of rows) {
      const needsB = row.contract.tender.procedure === "CONVENZIONE_ART5" || row.contract.tender.procedure === "RESERVED_CONTRACT";
      expect(needsB ? eligibleB : [...eligibleB, ...typeA]).toContain(row.cooperativeId);
    }
  });

  it("records a status history that follows the lifecycle", async () => {
    const { data } = await p.query(`{ tenders(first: 100) { nodes { status statusHistory { fromStatus toStatus } } } }`);
    for (const tender of data!.tenders.nodes as { status: string; statusHistory: { fromStatus: string | null; toStatus: string }[] }[]) {
      expect(tender.statusHistory.at(-1)!.toStatus).toBe(tender.status);
      tender.statusHistory.forEach((change, i) => {
        expect(change.fromStatus).toBe(i === 0 ? null : tender.statusHistory[i - 1].toStatus);
      });
    }
  });

  it("is written once", async () => {
    expect(await seedProcurement(p.db)).toBeNull();
  });
});
