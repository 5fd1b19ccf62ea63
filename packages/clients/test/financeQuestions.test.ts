import { partitaIvaCheckDigit, regionOfProvince } from "@coopgraph/ids";
import { demoId, gatewayClient } from "@coopgraph/kit";
import { startPlatform, type Platform } from "@coopgraph/testing";
import { membershipClient, procurementClient, recordedAsk } from "../src";

/** The questions finance asks: procurement's contracts in execution, membership's invoicing facts. */
const coop = (n: number) => demoId("cooperative", n);
let platform: Platform;
let contractId: string;
let cig: string;

beforeAll(async () => {
  platform = await startPlatform(["membership", "procurement"]);
  const first10 = "8000005016";
  await platform.db.membership.cooperative.create({
    data: {
      id: coop(5),
      name: "Terra Nuova Società Cooperativa Sociale",
      taxCode: first10 + partitaIvaCheckDigit(first10),
      alboNumber: "A500005",
      type: "B",
      status: "ACTIVE",
      municipality: "Napoli",
      province: "NA",
      region: regionOfProvince("NA")!,
      atecoCodes: ["81.29.10"],
      admissionDate: new Date("2015-03-16T00:00:00.000Z"),
    },
  });
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  cig = "Q123456789";
  const tender = await platform.db.procurement.tender.create({
    data: {
      cig,
      title: "Pulizia dei presidi",
      object: "SERVICES",
      procedure: "OPEN",
      buyerName: "ASL Roma 2",
      buyerTaxCode: "80034840167",
      buyerKind: "SUB_CENTRAL_AUTHORITY",
      baseAmount: "100000.00",
      deadline: day("2025-12-01"),
      status: "CONTRACT_SIGNED",
      createdBy: "test",
    },
  });
  const contract = await platform.db.procurement.contract.create({
    data: {
      tenderId: tender.id,
      value: "100000.01",
      startDate: day("2026-01-01"),
      endDate: day("2026-06-30"),
      awardedOn: day("2025-12-10"),
      createdBy: "test",
      assignments: {
        create: [
          { cooperativeId: coop(5), sharePercent: "66.67", assignedOn: day("2025-12-10"), assignedBy: "test" },
          { cooperativeId: coop(6), sharePercent: "33.33", assignedOn: day("2025-12-10"), assignedBy: "test" },
        ],
      },
    },
  });
  contractId = contract.id;
});
afterAll(() => platform?.stop());

const ask = () => gatewayClient({ gatewayUrl: () => platform.url, identity: platform.identity, service: "finance", timeoutMs: 5_000 });

describe("asking procurement for the contracts in execution", () => {
  it("answers with each contract overlapping the period and its assignees' exact amounts", async () => {
    const contracts = await procurementClient(ask()).contractsInExecution("2026-03-01", "2026-03-31", "the consortium fees");
    expect(contracts).toEqual([
      {
        id: contractId,
        value: "100000.01",
        startDate: "2026-01-01",
        endDate: "2026-06-30",
        tender: { cig, title: "Pulizia dei presidi" },
        assignments: {
          totalCount: 2,
          nodes: [
            { cooperative: { id: coop(5) }, sharePercent: "66.67", amount: "66670.01" },
            { cooperative: { id: coop(6) }, sharePercent: "33.33", amount: "33330.00" },
          ],
        },
      },
    ]);
    expect(await procurementClient(ask()).contractsInExecution("2026-07-01", "2026-07-31", "the consortium fees")).toEqual([]);
  });

  it("reads every page of contracts", async () => {
    const node = (id: string) => ({
      id,
      value: "1.00",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      tender: { cig: "X", title: "T" },
      assignments: { totalCount: 0, nodes: [] },
    });
    const recorded = recordedAsk({
      ProcurementContractsInExecution: (v) =>
        v.after
          ? { contracts: { nodes: [node("b")], pageInfo: { hasNextPage: false, endCursor: "c2" } } }
          : { contracts: { nodes: [node("a")], pageInfo: { hasNextPage: true, endCursor: "c1" } } },
    });
    expect((await procurementClient(recorded).contractsInExecution("2026-01-01", "2026-01-31", "fees")).map((c) => c.id)).toEqual(["a", "b"]);
    expect(recorded.calls.map((c) => c.variables)).toEqual([{ after: null }, { after: "c1" }]);
  });

  it("is SERVICE_UNAVAILABLE when an answer lacks a fact or holds only part of a contract's assignments", async () => {
    const failure = async (answer: unknown) => {
      try {
        await procurementClient(recordedAsk({ ProcurementContractsInExecution: () => answer })).contractsInExecution("2026-01-01", "2026-01-31", "the consortium fees");
      } catch (error) {
        return { code: (error as { extensions: { code: string } }).extensions.code, message: (error as Error).message };
      }
      throw new Error("expected procurement to be unavailable");
    };
    const page = (node: unknown) => ({ contracts: { nodes: [node], pageInfo: { hasNextPage: false, endCursor: null } } });
    expect(await failure(page({ id: "a", value: "1.00" }))).toEqual({
      code: "SERVICE_UNAVAILABLE",
      message: "procurement could not confirm the consortium fees (its answer was incomplete at contracts.nodes.0.startDate); nothing was written",
    });
    const big = { id: "a", value: "1.00", startDate: "2026-01-01", endDate: "2026-12-31", tender: { cig: "X", title: "T" }, assignments: { totalCount: 101, nodes: [] } };
    expect(await failure(page(big))).toEqual({
      code: "SERVICE_UNAVAILABLE",
      message: "procurement could not confirm the consortium fees (contract a has more assignments than one answer holds); nothing was written",
    });
  });
});

describe("asking membership what an invoice names", () => {
  it("answers with the legal name, codice fiscale, status and seat of the cooperatives it knows", async () => {
    const facts = await membershipClient(ask()).invoicingFacts([coop(5), coop(6)], "an invoice");
    expect([...facts.values()]).toEqual([
      {
        id: coop(5),
        name: "Terra Nuova Società Cooperativa Sociale",
        taxCode: `8000005016${partitaIvaCheckDigit("8000005016")}`,
        status: "ACTIVE",
        municipality: "Napoli",
        province: "NA",
      },
    ]);
  });
});
