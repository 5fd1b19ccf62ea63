import { addDays, isoDate, today } from "@coopgraph/kit";
import { rowCounts } from "./support/database";
import { contractInProcurement, dataOf, errorsOf, knownToMembership, startFinance, type Finance } from "./support/platform";

const ISSUE_FEES = `mutation ($input: IssueFeeInvoicesInput!) {
  issueFeeInvoices(input: $input) {
    fromDate toDate
    invoices { purpose fullNumber cooperative { id } customer { name street } lines { description quantity unitPrice vatCode } totals { net vat gross } }
  }
}`;
const BILLING = `mutation ($input: SetBillingDetailsInput!) { setCooperativeBillingDetails(input: $input) { id } }`;

let f: Finance;
let coopA: string;
let coopB: string;
const lastYear = today().getUTCFullYear() - 1;
let contract: { id: string; tender: { cig: string } };

beforeAll(async () => {
  f = await startFinance();
  [coopA, coopB] = await knownToMembership(
    f,
    { n: 5, name: "Terra Nuova Società Cooperativa Sociale", type: "B" },
    { n: 6, name: "L'Officina Società Cooperativa Sociale", type: "B" },
  );
  contract = await contractInProcurement(f, {
    value: "171000.00",
    startDate: `${lastYear}-01-01`,
    endDate: `${lastYear}-12-31`,
    shares: [
      [coopA, "60.00"],
      [coopB, "40.00"],
    ],
    title: "Manutenzione del verde “nord”",
  });
});
afterAll(() => f?.stop());

describe("Contract.consortiumFee", () => {
  it("is computed by finance from the value and start date the gateway fetches from procurement (@requires)", async () => {
    const answer = await f.platform.query(
      `query ($id: ID!) { contract(id: $id) { id value startDate consortiumFee consortiumFeeRate } }`,
      { id: contract.id },
      { role: "ADMIN" },
      { headers: { "apollo-query-plan-experimental": "1" } },
    );
    expect(answer.data).toEqual({ contract: { id: contract.id, value: "171000.00", startDate: `${lastYear}-01-01`, consortiumFee: "5985.00", consortiumFeeRate: "3.50" } });
    const plan = answer.extensions?.__queryPlanExperimental as string;
    // First procurement, then finance with the fields @requires asked for.
    expect(plan).toMatch(/Fetch\(service: "procurement"\)[\s\S]*Flatten\(path: "contract"\)[\s\S]*Fetch\(service: "finance"\)/);
    expect(plan).toMatch(/Fetch\(service: "finance"\) \{\s+\{\s+\.\.\. on Contract \{\s+__typename\s+id\s+startDate\s+value\s+\}/);
    // Asked for the fee alone, the gateway still fetches the value and start date from procurement for finance.
    const alone = await f.platform.query(
      `query ($id: ID!) { contract(id: $id) { consortiumFee } }`,
      { id: contract.id },
      { role: "ADMIN" },
      { headers: { "apollo-query-plan-experimental": "1" } },
    );
    expect(alone.data).toEqual({ contract: { consortiumFee: "5985.00" } });
    expect(alone.extensions?.__queryPlanExperimental).toMatch(/contract\(id: \$id\) \{\s+__typename\s+id\s+value\s+startDate\s+\}/);
  });

  it("is hidden from cooperative managers and partners", async () => {
    const query = `query ($id: ID!) { contract(id: $id) { consortiumFee } }`;
    expect(dataOf(await f.query(query, { id: contract.id }, { role: "COOP_MANAGER", coopId: coopA })).contract).toEqual({ consortiumFee: null });
    expect(dataOf(await f.query(query, { id: contract.id }, { role: "ANALYST" })).contract).toEqual({ consortiumFee: "5985.00" });
    const partner = await f.platform.query(query, { id: contract.id }, { role: "PARTNER" }, { path: "/public/graphql" });
    expect(errorsOf(partner)[0].code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("fee invoices for a period", () => {
  const period = { from: `${lastYear}-01-01`, to: `${lastYear}-06-30` };

  it("refuse cooperatives without billing details, naming them, and write nothing", async () => {
    const before = await rowCounts(f.db);
    const errors = (await f.query(ISSUE_FEES, { input: period })).errors!;
    expect(errors.map((e) => ({ code: e.extensions!.code, field: e.extensions!.field, cooperativeIds: e.extensions!.cooperativeIds }))).toEqual([
      { code: "CONFLICT", field: "input", cooperativeIds: [coopA, coopB].sort() },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
  });

  it("charge each assignee its part of the fee that accrued in the period, one invoice each, at 22%", async () => {
    for (const [id, street] of [
      [coopA, "Via Roma 1"],
      [coopB, "Via Po 2"],
    ])
      dataOf(await f.query(BILLING, { input: { cooperativeId: id, street, postcode: "80100" } }));
    const issued = dataOf(await f.query(ISSUE_FEES, { input: period })).issueFeeInvoices;
    // The fee, 5,985.00, is borne 3,591.00 by A (60%) and 2,394.00 by B; it accrues over the 365 days of
    // the contract, so by 30 June (181 days) A owes 3,591.00 x 181/365 = 1,780.7416 -> 1,780.74 and B
    // 2,394.00 x 181/365 = 1,187.1616 -> 1,187.16.
    expect(issued.fromDate).toBe(period.from);
    const byCoop = Object.fromEntries(issued.invoices.map((i: any) => [i.cooperative.id, i]));
    expect(byCoop[coopA]).toMatchObject({
      purpose: "CONSORTIUM_FEE",
      customer: { name: "Terra Nuova Società Cooperativa Sociale", street: "Via Roma 1" },
      lines: [
        {
          description: `Quota consortile 3.50% - contratto CIG ${contract.tender.cig} "Manutenzione del verde nord" - periodo ${period.from} / ${period.to}`,
          quantity: "1.00",
          unitPrice: "1780.74",
          vatCode: "STANDARD",
        },
      ],
      totals: { net: "1780.74", vat: "391.76", gross: "2172.50" },
    });
    expect(byCoop[coopB].totals).toEqual({ net: "1187.16", vat: "261.18", gross: "1448.34" });
  });

  it("refuse a period overlapping one already invoiced, writing nothing", async () => {
    const before = await rowCounts(f.db);
    expect(errorsOf(await f.query(ISSUE_FEES, { input: { from: `${lastYear}-06-01`, to: `${lastYear}-12-31` } }))).toEqual([
      { code: "CONFLICT", field: "input.from", message: `consortium fees from ${lastYear}-01-01 to ${lastYear}-06-30 are already invoiced: the period overlaps it` },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
  });

  it("charge the rest of the fee in the next period: the two add up to the whole fee exactly", async () => {
    const issued = dataOf(await f.query(ISSUE_FEES, { input: { from: `${lastYear}-07-01`, to: `${lastYear}-12-31` } })).issueFeeInvoices;
    const byCoop = Object.fromEntries(issued.invoices.map((i: any) => [i.cooperative.id, i.totals.net]));
    expect(byCoop).toEqual({ [coopA]: "1810.26", [coopB]: "1206.84" });
    // Issued today: they count in this year's fees.
    const year = today().getUTCFullYear();
    const stats = dataOf(await f.query(`query ($year: Int!) { financeStats(year: $year) { consortiumFees documentsIssued } }`, { year }, { role: "ANALYST" })).financeStats;
    // 1,780.74 + 1,187.16 + 1,810.26 + 1,206.84 = 5,985.00, the contract's fee.
    expect(stats).toEqual({ consortiumFees: "5985.00", documentsIssued: 4 });
  });

  it("refuse a period that is not over yet", async () => {
    const to = isoDate(addDays(today(), 1));
    expect(errorsOf(await f.query(ISSUE_FEES, { input: { from: to, to } }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.to", message: "fees are invoiced for a period that is over: it must end before today" },
    ]);
  });

  it("refuse a period before the first fee rate, which would record an empty period", async () => {
    const before = await rowCounts(f.db);
    expect(errorsOf(await f.query(ISSUE_FEES, { input: { from: "2014-01-01", to: "2014-12-31" } }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.from", message: "consortium fees are charged from 2015-01-01" },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
  });
});

describe("membership fees", () => {
  const RECORD = `mutation ($input: RecordMembershipFeeInput!) { recordMembershipFee(input: $input) { year amount cooperative { id name } } }`;

  it("are recorded once a year at the amount in force that year", async () => {
    const year = today().getUTCFullYear();
    expect(dataOf(await f.query(RECORD, { input: { cooperativeId: coopA, year } })).recordMembershipFee).toEqual({
      year,
      amount: "300.00",
      cooperative: { id: coopA, name: "Terra Nuova Società Cooperativa Sociale" },
    });
    expect(dataOf(await f.query(RECORD, { input: { cooperativeId: coopB, year: 2020, paidOn: "2020-02-01" } })).recordMembershipFee.amount).toBe("250.00");
    const before = await rowCounts(f.db);
    expect(errorsOf(await f.query(RECORD, { input: { cooperativeId: coopA, year } }))).toEqual([
      { code: "CONFLICT", field: "input.year", message: `the membership fee of Terra Nuova Società Cooperativa Sociale for ${year} is already recorded` },
    ]);
    // Year 300 is before 2015, though "300-01-01" sorts after "2015-01-01" as text.
    for (const early of [2010, 300]) {
      expect(errorsOf(await f.query(RECORD, { input: { cooperativeId: coopA, year: early } }))).toEqual([
        { code: "BAD_USER_INPUT", field: "input.year", message: "membership fees are configured from 2015" },
      ]);
    }
    expect(await rowCounts(f.db)).toEqual(before);
    const stats = dataOf(await f.query(`query ($year: Int!) { financeStats(year: $year) { membershipFees } }`, { year }, { role: "ANALYST" })).financeStats;
    expect(stats).toEqual({ membershipFees: "300.00" });
  });
});

describe("when procurement cannot answer", () => {
  // Last: it stops procurement for the rest of this file.
  it("issues no fee invoices: SERVICE_UNAVAILABLE, nothing written", async () => {
    await f.platform.stopSubgraph("procurement");
    const before = await rowCounts(f.db);
    const errors = errorsOf(await f.query(ISSUE_FEES, { input: { from: `${lastYear - 1}-01-01`, to: `${lastYear - 1}-03-31` } }));
    expect(errors).toEqual([
      {
        code: "SERVICE_UNAVAILABLE",
        field: undefined,
        message:
          "procurement could not confirm the contracts in execution and their assignees' amounts, for the consortium fees (it answered: the procurement service could not be reached (ECONNREFUSED)); nothing was written",
      },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
  });
});
