import { formatCents, isoDate, today, toCents } from "@coopgraph/kit";
import { instalmentStatus, unpaidPrincipalCents } from "../src/loan/loan.rules";
import { rowCounts } from "./support/database";
import { dataOf, errorsOf, knownToMembership, startFinance, type Finance } from "./support/platform";

const GRANT = `mutation ($input: GrantLoanInput!) {
  grantLoan(input: $input) {
    id principal annualRate termMonths startDate instalment status
    cooperative { id name }
    schedule { number dueDate amount principal interest balance paid outstanding status }
    totals { amount principal interest paid outstanding }
  }
}`;
const PAY = `mutation ($input: RecordLoanPaymentInput!) { recordLoanPayment(input: $input) { id status outstandingPrincipal totals { paid outstanding } } }`;
const CONTRIBUTE = `mutation ($input: RecordFundContributionInput!) { recordFundContribution(input: $input) { kind amount balanceAfter } }`;

let f: Finance;
let active: string;
let suspended: string;
beforeAll(async () => {
  f = await startFinance();
  [active, suspended] = await knownToMembership(
    f,
    { n: 3, name: "Arcobaleno Società Cooperativa Sociale" },
    { n: 27, name: "Il Chiostro Società Cooperativa Sociale", status: "SUSPENDED" },
  );
});
afterAll(() => f?.stop());

describe("the fund through the gateway", () => {
  it("sums 30 contributions sent at once to the cent", async () => {
    const amounts = Array.from({ length: 30 }, (_, i) => formatCents(BigInt(100_000 + i * 3_337)));
    const answers = await Promise.all(amounts.map((amount, i) => f.query(CONTRIBUTE, { input: { amount, contributor: `Fondazione ${i}` } })));
    expect(answers.flatMap(errorsOf)).toEqual([]);
    const expected = formatCents(amounts.reduce((sum, a) => sum + toCents(a), 0n));
    expect(dataOf(await f.query(`{ fund { balance movements(first: 100) { totalCount } } }`)).fund).toEqual({ balance: expected, movements: { totalCount: 30 } });
    const after = answers.map((a) => a.data.recordFundContribution.balanceAfter).sort((a: string, b: string) => Number(toCents(a) - toCents(b)));
    expect(after[29]).toBe(expected);
  });

  it("refuses a contribution that names nobody, writing nothing", async () => {
    const before = await rowCounts(f.db);
    expect(errorsOf(await f.query(CONTRIBUTE, { input: { amount: "10.00" } }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.contributor", message: "name who contributes: a member cooperative (cooperativeId) or another contributor" },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
  });
});

describe("a loan of 10,000.00 at 4.5% over 36 months", () => {
  let loanId: string;

  it("is granted to an ACTIVE member with its French schedule: 297.47 a month, totals to the cent", async () => {
    const loan = dataOf(await f.query(GRANT, { input: { cooperativeId: active, principal: "10000.00", annualRate: "4.5", termMonths: 36, startDate: "2025-01-15" } })).grantLoan;
    loanId = loan.id;
    expect({ ...loan, schedule: undefined }).toEqual({
      id: loan.id,
      principal: "10000.00",
      annualRate: "4.5",
      termMonths: 36,
      startDate: "2025-01-15",
      instalment: "297.47",
      status: "OVERDUE",
      cooperative: { id: active, name: "Arcobaleno Società Cooperativa Sociale" },
      schedule: undefined,
      totals: { amount: "10708.93", principal: "10000.00", interest: "708.93", paid: "0.00", outstanding: "10708.93" },
    });
    expect(loan.schedule.slice(0, 2)).toEqual([
      { number: 1, dueDate: "2025-02-15", amount: "297.47", principal: "259.97", interest: "37.50", balance: "9740.03", paid: "0.00", outstanding: "297.47", status: "OVERDUE" },
      { number: 2, dueDate: "2025-03-15", amount: "297.47", principal: "260.94", interest: "36.53", balance: "9479.09", paid: "0.00", outstanding: "297.47", status: "OVERDUE" },
    ]);
    expect(loan.schedule[35]).toMatchObject({ number: 36, dueDate: "2028-01-15", amount: "297.48", principal: "296.37", interest: "1.11", balance: "0.00" });
  });

  it("takes payments sent at once in order, one instalment each, and the cooperative's debt falls by the principal repaid", async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => f.query(PAY, { input: { loanId, amount: "297.47", paidOn: "2025-06-01" } })));
    expect(answers.flatMap(errorsOf)).toEqual([]);
    const { loan } = dataOf(
      await f.query(`query ($id: ID!) { loan(id: $id) { schedule { paid } overdueInstalments { number } payments { amount } totals { paid } } }`, { id: loanId }),
    );
    expect(loan.schedule.map((row: { paid: string }) => row.paid)).toEqual([...Array(12).fill("297.47"), ...Array(24).fill("0.00")]);
    expect(loan.payments).toHaveLength(12);
    expect(loan.totals.paid).toBe(formatCents(12n * 29_747n));
    // Every instalment due before today and unpaid is overdue.
    const dueBeforeToday = Array.from({ length: 36 }, (_, i) => i + 1).filter((n) => isoDate(new Date(Date.UTC(2025, n, 15))) < isoDate(today()));
    expect(loan.overdueInstalments.map((row: { number: number }) => row.number)).toEqual(dueBeforeToday.filter((n) => n > 12));

    const schedule = (await f.db.loanInstalment.findMany({ where: { loanId }, orderBy: { number: "asc" } })).slice(0, 12);
    const repaid = schedule.reduce((sum, row) => sum + toCents(row.principal), 0n);
    const { cooperative } = dataOf(await f.query(`query ($id: ID!) { cooperative(id: $id) { name outstandingDebt loans { totalCount } } }`, { id: active }));
    expect(cooperative).toEqual({ name: "Arcobaleno Società Cooperativa Sociale", outstandingDebt: formatCents(1_000_000n - repaid), loans: { totalCount: 1 } });
  });

  it("refuses more than is owed and a payment before the loan, writing nothing", async () => {
    const before = await rowCounts(f.db);
    // 10,708.93 - 12 x 297.47 = 7,139.29 owed
    expect(errorsOf(await f.query(PAY, { input: { loanId, amount: "7139.30" } }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.amount", message: "the payment of 7139.30 is more than the 7139.29 still owed on this loan" },
    ]);
    expect(errorsOf(await f.query(PAY, { input: { loanId, amount: "1.00", paidOn: "2025-01-14" } }))).toEqual([
      { code: "BAD_USER_INPUT", field: "input.paidOn", message: "the loan was granted on 2025-01-15: a payment cannot come before it" },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
  });

  it("is listed among the overdue loans", async () => {
    const answer = dataOf(
      await f.query(
        `{ overdue: loans(filter: { status: OVERDUE }) { totalCount nodes { id } } good: loans(filter: { status: GOOD_STANDING }) { totalCount } repaid: loans(filter: { status: REPAID }) { totalCount } }`,
      ),
    );
    expect(answer).toEqual({ overdue: { totalCount: 1, nodes: [{ id: loanId }] }, good: { totalCount: 0 }, repaid: { totalCount: 0 } });
  });
});

describe("refused loans write nothing", () => {
  const cases: [string, Record<string, unknown>, { code: string; field: string; message: string }][] = [
    [
      "to a SUSPENDED member",
      { cooperativeId: "SUSPENDED" },
      { code: "CONFLICT", field: "input.cooperativeId", message: "Il Chiostro Società Cooperativa Sociale is SUSPENDED: the fund lends to ACTIVE members only" },
    ],
    [
      "to a cooperative membership does not know",
      { cooperativeId: "00000000-0000-4000-8000-000000000009" },
      { code: "BAD_USER_INPUT", field: "input.cooperativeId", message: "no member cooperative has this id" },
    ],
    ["at a rate above the fund's limit", { annualRate: "12" }, { code: "BAD_USER_INPUT", field: "input.annualRate", message: "the annual rate can be at most 10.00%" }],
    ["for more than the fund holds", { principal: "400000.00" }, { code: "CONFLICT", field: "input.principal", message: "" }],
    ["starting in the future", { startDate: "2999-01-01" }, { code: "BAD_USER_INPUT", field: "input.startDate", message: "this date is in the future" }],
  ];

  it.each(cases)("refuses a loan %s", async (_what, overrides, expected) => {
    const input = { cooperativeId: active, principal: "1000.00", annualRate: "3", termMonths: 12, ...overrides };
    if (input.cooperativeId === "SUSPENDED") input.cooperativeId = suspended;
    const before = await rowCounts(f.db);
    const errors = errorsOf(await f.query(GRANT, { input }));
    const message = expected.message || `the fund holds ${before.fund}: not enough for 400000.00`;
    expect(errors).toEqual([{ ...expected, message }]);
    expect(await rowCounts(f.db)).toEqual(before);
  });
});

describe("who sees loans and the portfolio", () => {
  it("gives analysts the aggregates only", async () => {
    const year = today().getUTCFullYear();
    const stats = dataOf(
      await f.query(`query ($year: Int!) { financeStats(year: $year) { year fundBalance loanPortfolio { loans principalGranted overdueLoans } } }`, { year }, { role: "ANALYST" }),
    ).financeStats;
    const fund = await f.db.fund.findUniqueOrThrow({ where: { id: 1 } });
    expect(stats).toEqual({ year, fundBalance: fund.balance.toFixed(2), loanPortfolio: { loans: 1, principalGranted: "10000.00", overdueLoans: 1 } });
    expect(errorsOf(await f.query(`{ loans { totalCount } }`, {}, { role: "ANALYST" }))[0].code).toBe("FORBIDDEN");
    expect(errorsOf(await f.query(`{ fund { balance } }`, {}, { role: "ANALYST" }))[0].code).toBe("FORBIDDEN");
    expect(errorsOf(await f.query(`{ financeStats(year: 2026) { year } }`, {}, { role: "PARTNER" }))[0].code).toBe("FORBIDDEN");
  });

  it("shows a cooperative's manager their own loans and debt, and nobody else's", async () => {
    const own = dataOf(await f.query(`{ loans { totalCount } }`, {}, { role: "COOP_MANAGER", coopId: active })).loans;
    expect(own.totalCount).toBe(1);
    expect(dataOf(await f.query(`{ loans { totalCount } }`, {}, { role: "COOP_MANAGER", coopId: suspended })).loans.totalCount).toBe(0);
    const other = dataOf(
      await f.query(`query ($id: ID!) { cooperative(id: $id) { outstandingDebt loans { totalCount } } }`, { id: active }, { role: "COOP_MANAGER", coopId: suspended }),
    );
    expect(other.cooperative).toEqual({ outstandingDebt: null, loans: null });
  });
});

describe("a loan at a rate with more than two decimals", () => {
  it("is granted at 4.125% and prints its rate as a Rate, exactly", async () => {
    const input = { cooperativeId: active, principal: "1000.00", annualRate: "4.125", termMonths: 12 };
    const loan = dataOf(await f.query(GRANT, { input })).grantLoan;
    expect({ annualRate: loan.annualRate, instalment: loan.instalment }).toEqual({ annualRate: "4.125", instalment: "85.21" });
    expect(dataOf(await f.query(`query ($id: ID!) { loan(id: $id) { annualRate } }`, { id: loan.id })).loan).toEqual({ annualRate: "4.125" });
  });

  it("sums its status and unpaid principal in SQL exactly as the schedule's rules give them, down to REPAID", async () => {
    const [loan] = await f.db.loan.findMany({ where: { annualRate: "4.125" } });
    const STANDING = `query ($id: ID!, $coop: ID!) { loan(id: $id) { status outstandingPrincipal totals { outstanding } } cooperative(id: $coop) { outstandingDebt } }`;
    /** The graph's answer, checked against what the rules give from the schedules as stored. */
    const compare = async () => {
      const schedule = await f.db.loanInstalment.findMany({ where: { loanId: loan.id }, orderBy: { number: "asc" } });
      const statuses = schedule.map((row) => instalmentStatus(row, today()));
      const status = statuses.every((s) => s === "PAID") ? "REPAID" : statuses.includes("OVERDUE") ? "OVERDUE" : "GOOD_STANDING";
      const everyLoan = await f.db.loanInstalment.findMany({ where: { loan: { cooperativeId: active } } });
      const answer = dataOf(await f.query(STANDING, { id: loan.id, coop: active }));
      expect(answer.loan.status).toBe(status);
      expect(answer.loan.outstandingPrincipal).toBe(formatCents(unpaidPrincipalCents(schedule)));
      expect(answer.cooperative.outstandingDebt).toBe(formatCents(unpaidPrincipalCents(everyLoan)));
      return answer.loan;
    };
    const before = await compare();
    expect(before.outstandingPrincipal).toBe("1000.00");
    // 1.00 is less than the first instalment's interest (3.44): it settles interest only.
    expect(errorsOf(await f.query(PAY, { input: { loanId: loan.id, amount: "1.00" } }))).toEqual([]);
    expect((await compare()).outstandingPrincipal).toBe("1000.00");
    expect(errorsOf(await f.query(PAY, { input: { loanId: loan.id, amount: "100.00" } }))).toEqual([]);
    const partly = await compare();
    expect(toCents(partly.outstandingPrincipal)).toBeLessThan(100_000n);
    expect(errorsOf(await f.query(PAY, { input: { loanId: loan.id, amount: partly.totals.outstanding } }))).toEqual([]);
    expect(await compare()).toEqual({ status: "REPAID", outstandingPrincipal: "0.00", totals: { outstanding: "0.00" } });
  });
});

describe("when membership cannot answer", () => {
  // Last: it stops membership for the rest of this file.
  it("grants no loan: SERVICE_UNAVAILABLE, nothing written", async () => {
    await f.platform.stopSubgraph("membership");
    const before = await rowCounts(f.db);
    expect(errorsOf(await f.query(GRANT, { input: { cooperativeId: active, principal: "1000.00", annualRate: "3", termMonths: 12 } }))).toEqual([
      {
        code: "SERVICE_UNAVAILABLE",
        field: undefined,
        message:
          "membership could not confirm that the cooperative is an active member (it answered: the membership service could not be reached (ECONNREFUSED)); nothing was written",
      },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
  });
});
