/**
 * The directory page and the cooperative dashboard send each subgraph as many SQL statements
 * when the data grows a hundredfold: the directory over 1,000 more cooperatives, the dashboard
 * over 1,000 more workers (membership, and inclusion's 30% rule), assignments (procurement) and
 * instalments (finance) of its cooperative. The five subgraphs and the gateway are real, over
 * HTTP, on the demo data. Training's hours are one row of a rollup per cooperative and year
 * (its own tests prove the rollup equals the attendances), so it is not grown here.
 */
import { demoId } from "@coopgraph/kit";
import { startPlatform, type Platform } from "@coopgraph/testing";
import fs from "node:fs";
import path from "node:path";

const SUBGRAPHS = ["membership", "procurement", "training", "inclusion", "finance"];
const operation = (file: string) => fs.readFileSync(path.join(__dirname, "..", "packages", "client", "operations", file), "utf8");
const DIRECTORY = operation("membership/CooperativeDirectory.graphql");
const DASHBOARD = operation("across/CooperativeDashboard.graphql");
const GROWTH = 1_000;

let p: Platform;
beforeAll(async () => {
  p = await startPlatform(SUBGRAPHS, { seed: true });
}, 300_000);
afterAll(() => p?.stop());

/** Statements each subgraph received for one answer (after a first run, so nothing is warming up), and the answer. */
async function counted(query: string, variables: Record<string, unknown>) {
  expect((await p.query(query, variables)).errors).toBeUndefined();
  p.resetSqlCounts();
  const answer = await p.query(query, variables);
  expect(answer.errors).toBeUndefined();
  return { statements: Object.fromEntries(SUBGRAPHS.map((name) => [name, p.sqlCount(name)])), data: answer.data };
}

describe("SQL statements per request as the data grows a hundredfold", () => {
  it("are the same for the directory page and the dashboard with 1,000 more cooperatives, workers, assignments and instalments", async () => {
    const coop = demoId("cooperative", 2);
    const year = new Date().getUTCFullYear();
    const dashboardVariables = { id: coop, year, month: new Date().toISOString().slice(0, 7) };
    const directoryVariables = { type: ["B", "AB"], first: 10 };
    const directoryBefore = await counted(DIRECTORY, directoryVariables);
    const dashboardBefore = await counted(DASHBOARD, dashboardVariables);

    const { membership, procurement, finance } = p.db;
    const n = [...Array(GROWTH).keys()];
    await membership.cooperative.createMany({
      data: n.map((i) => ({
        name: `Scala ${String(i).padStart(4, "0")} Società Cooperativa Sociale`,
        taxCode: String(90_000_000_000 + i),
        type: "B",
        status: "ACTIVE",
        municipality: "Bologna",
        province: "BO",
        region: "Emilia-Romagna",
        atecoCodes: ["81.21.00"],
        admissionDate: new Date(Date.UTC(2020, 0, 1)),
      })),
    });
    await membership.person.createMany({
      data: n.map((i) => ({
        cooperativeId: coop,
        firstName: "Lavoratore",
        lastName: `Numero ${i}`,
        taxCode: `SCLLVR80A01A944${String.fromCharCode(65 + (i % 26))}${i}`,
        role: "WORKER_MEMBER",
        startDate: new Date(Date.UTC(2020, 0, 1)),
      })),
    });
    const tenders = n.map((i) => ({
      id: demoId("scale-tender", i),
      cig: `S${String(i).padStart(9, "0")}`,
      title: `Pulizie lotto ${i}`,
      object: "SERVICES",
      procedure: "OPEN",
      buyerName: "Comune di Bologna",
      buyerTaxCode: "01232710374",
      buyerKind: "SUB_CENTRAL_AUTHORITY",
      baseAmount: "10000.00",
      deadline: new Date(Date.UTC(year - 1, 0, 10)),
      status: "CONTRACT_SIGNED",
      createdBy: "scale-test",
    }));
    await procurement.tender.createMany({ data: tenders });
    await procurement.contract.createMany({
      data: n.map((i) => ({
        id: demoId("scale-contract", i),
        tenderId: tenders[i].id,
        value: "1000.00",
        startDate: new Date(Date.UTC(year, 0, 1)),
        endDate: new Date(Date.UTC(year, 11, 31)),
        awardedOn: new Date(Date.UTC(year - 1, 11, 1)),
        signedOn: new Date(Date.UTC(year - 1, 11, 15)),
        createdBy: "scale-test",
      })),
    });
    await procurement.assignment.createMany({
      data: n.map((i) => ({
        contractId: demoId("scale-contract", i),
        cooperativeId: coop,
        sharePercent: "100.00",
        assignedOn: new Date(Date.UTC(year - 1, 11, 10)),
        assignedBy: "scale-test",
      })),
    });
    const loan = await finance.loan.create({
      data: { cooperativeId: coop, principal: "100000.00", annualRate: "0", termMonths: GROWTH, startDate: new Date(Date.UTC(year, 0, 1)), grantedBy: "scale-test" },
    });
    await finance.loanInstalment.createMany({
      data: n.map((i) => ({
        loanId: loan.id,
        number: i + 1,
        dueDate: new Date(Date.UTC(year + 1 + Math.floor(i / 12), i % 12, 1)),
        amount: "100.00",
        principal: "100.00",
        interest: "0.00",
        balance: (100_000 - 100 * (i + 1)).toFixed(2),
      })),
    });

    const directoryAfter = await counted(DIRECTORY, directoryVariables);
    const dashboardAfter = await counted(DASHBOARD, dashboardVariables);
    // The answers saw the new rows…
    expect(directoryAfter.data.cooperatives.totalCount).toBe(directoryBefore.data.cooperatives.totalCount + GROWTH);
    const [before, after] = [dashboardBefore.data.cooperative, dashboardAfter.data.cooperative];
    expect(after.assignments.totalCount).toBe(before.assignments.totalCount + GROWTH);
    expect(Number(after.contractValue) - Number(before.contractValue)).toBeCloseTo(GROWTH * 1000, 2);
    expect(after.inclusionCompliance.workers).toBe(before.inclusionCompliance.workers + GROWTH);
    expect(after.loans.totalCount).toBe(before.loans.totalCount + 1);
    expect(Number(after.outstandingDebt) - Number(before.outstandingDebt)).toBeCloseTo(100_000, 2);
    // …with the same statements.
    expect(directoryAfter.statements).toEqual(directoryBefore.statements);
    expect(dashboardAfter.statements).toEqual(dashboardBefore.statements);
    // The directory: its page and its count. The dashboard: membership the cooperative, its DURC,
    // and (for inclusion) the workforce's page and head count; procurement the year's value and
    // the assignments' page with its count; training the rollup; inclusion the placements;
    // finance the loans and their standing, from which the debt is summed.
    expect(directoryBefore.statements).toEqual({ membership: 2, procurement: 0, training: 0, inclusion: 0, finance: 0 });
    expect(dashboardBefore.statements).toEqual({ membership: 4, procurement: 2, training: 1, inclusion: 1, finance: 2 });
  }, 300_000);
});
