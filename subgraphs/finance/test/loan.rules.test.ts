import { formatCents } from "@coopgraph/kit";
import {
  addMonths,
  allocatePayment,
  frenchInstalmentCents,
  frenchSchedule,
  instalmentStatus,
  outstandingCents,
  overdueCents,
  scheduleTotals,
  unpaidPrincipalCents,
  validateLoanTerms,
  type InstalmentState,
} from "../src/loan/loan.rules";
import { loanLimits } from "../src/settings";
import { day, refusal } from "@coopgraph/testing";

/**
 * The French instalment computed independently of the code under test, exactly, in rational
 * arithmetic: with the monthly rate r = p/q, A = P r (1+r)^n / ((1+r)^n - 1)
 * = P p (q+p)^n / (q ((q+p)^n - q^n)), rounded half up to the cent.
 */
function exactInstalmentCents(principalCents: bigint, p: bigint, q: bigint, n: bigint): bigint {
  const numerator = principalCents * p * (q + p) ** n;
  const denominator = q * ((q + p) ** n - q ** n);
  return (2n * numerator + denominator) / (2n * denominator);
}

const ten = { principalCents: 1_000_000n, annualRate: "4.5", termMonths: 36, startDate: day("2026-01-15") };
const cents = (rows: { amount: bigint; principal: bigint; interest: bigint; balance: bigint }[]) =>
  rows.map((r) => [formatCents(r.amount), formatCents(r.principal), formatCents(r.interest), formatCents(r.balance)]);

describe("a loan of 10,000.00 at 4.5% over 36 months (French amortisation)", () => {
  const schedule = frenchSchedule(ten);

  it("has the instalment of the formula, computed here independently in exact rational arithmetic: 297.47", () => {
    // 4.5% a year is 0.375% a month: r = 45/12000 = 3/800.
    expect(exactInstalmentCents(1_000_000n, 3n, 800n, 36n)).toBe(29_747n);
    expect(frenchInstalmentCents(1_000_000n, "4.5", 36)).toBe(29_747n);
  });

  it("matches the schedule worked by hand, row by row at the start and at the end", () => {
    // Row 1: interest 10,000.00 x 0.00375 = 37.50; principal 297.47 - 37.50 = 259.97; owed 9,740.03.
    // Row 2: interest 9,740.03 x 0.00375 = 36.5251 -> 36.53; principal 260.94; owed 9,479.09.
    // Row 3: interest 9,479.09 x 0.00375 = 35.5466 -> 35.55; principal 261.92; owed 9,217.17.
    expect(cents(schedule.slice(0, 3))).toEqual([
      ["297.47", "259.97", "37.50", "9740.03"],
      ["297.47", "260.94", "36.53", "9479.09"],
      ["297.47", "261.92", "35.55", "9217.17"],
    ]);
    // The last instalment repays what is left (296.37) with its interest (296.37 x 0.00375 = 1.111 -> 1.11).
    expect(cents(schedule.slice(34))).toEqual([
      ["297.47", "295.25", "2.22", "296.37"],
      ["297.48", "296.37", "1.11", "0.00"],
    ]);
    expect(schedule.slice(0, 35).every((row) => row.amount === 29_747n)).toBe(true);
  });

  it("reconciles to the cent: the principals add up to 10,000.00, interest to 708.93, instalments to 10,708.93", () => {
    const totals = scheduleTotals(schedule);
    expect({ amount: formatCents(totals.amount), principal: formatCents(totals.principal), interest: formatCents(totals.interest) }).toEqual({
      amount: "10708.93",
      principal: "10000.00",
      interest: "708.93",
    });
    // 35 x 297.47 + 297.48
    expect(totals.amount).toBe(35n * 29_747n + 29_748n);
    let owed = ten.principalCents;
    for (const row of schedule) {
      expect(row.amount).toBe(row.principal + row.interest);
      owed -= row.principal;
      expect(row.balance).toBe(owed);
    }
    expect(owed).toBe(0n);
  });

  it("falls due monthly from the start date", () => {
    expect(schedule.slice(0, 2).map((row) => row.dueDate)).toEqual([day("2026-02-15"), day("2026-03-15")]);
    expect(schedule[35].dueDate).toEqual(day("2029-01-15"));
  });
});

describe("other schedules", () => {
  it("reconciles on awkward terms too: 12,345.67 at 7.125% over 97 months", () => {
    const terms = { principalCents: 1_234_567n, annualRate: "7.125", termMonths: 97, startDate: day("2026-01-31") };
    const schedule = frenchSchedule(terms);
    // 7.125% a year is 7.125/1200 = 57/9600 a month.
    const instalment = exactInstalmentCents(1_234_567n, 57n, 9_600n, 97n);
    expect(frenchInstalmentCents(1_234_567n, "7.125", 97)).toBe(instalment);
    expect(schedule.slice(0, 96).every((row) => row.amount === instalment)).toBe(true);
    expect(scheduleTotals(schedule).principal).toBe(1_234_567n);
    expect(schedule[96].balance).toBe(0n);
    expect(schedule.every((row) => row.amount === row.principal + row.interest && row.principal > 0n)).toBe(true);
  });

  it("is principal / months at 0% (an interest-free loan), the last instalment taking the odd cent", () => {
    const schedule = frenchSchedule({ principalCents: 100_000n, annualRate: "0", termMonths: 3, startDate: day("2026-01-31") });
    expect(cents(schedule)).toEqual([
      ["333.33", "333.33", "0.00", "666.67"],
      ["333.33", "333.33", "0.00", "333.34"],
      ["333.34", "333.34", "0.00", "0.00"],
    ]);
    // From the 31st: the last day of shorter months.
    expect(schedule.map((row) => row.dueDate)).toEqual([day("2026-02-28"), day("2026-03-31"), day("2026-04-30")]);
  });

  it("counts months to the last day of shorter months", () => {
    expect([addMonths(day("2024-01-31"), 1), addMonths(day("2024-12-15"), 2), addMonths(day("2025-08-31"), 6)]).toEqual([day("2024-02-29"), day("2025-02-15"), day("2026-02-28")]);
  });
});

describe("payments and overdue instalments", () => {
  const rows: InstalmentState[] = [
    { number: 1, dueDate: day("2026-02-15"), amount: "297.47", principal: "259.97", interest: "37.50", paid: "297.47" },
    { number: 2, dueDate: day("2026-03-15"), amount: "297.47", principal: "260.94", interest: "36.53", paid: "100.00" },
    { number: 3, dueDate: day("2026-04-15"), amount: "297.47", principal: "261.92", interest: "35.55", paid: "0.00" },
  ];

  it("allocates a payment to the instalments in order, oldest first", () => {
    expect(allocatePayment(rows, 30_000n)).toEqual([
      { number: 2, paid: 29_747n },
      { number: 3, paid: 10_253n },
    ]);
  });

  it("refuses to take more than is still owed", () => {
    expect(outstandingCents(rows)).toBe(49_494n);
    expect(refusal(() => allocatePayment(rows, 49_495n))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.amount",
      message: "the payment of 494.95 is more than the 494.94 still owed on this loan",
    });
    const repaid = rows.map((row) => ({ ...row, paid: row.amount }));
    expect(refusal(() => allocatePayment(repaid, 1n))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.loanId",
      message: "this loan is repaid in full: there is nothing left to pay",
    });
  });

  it("counts an instalment overdue when due before today and not paid in full", () => {
    const today = day("2026-03-20");
    expect(rows.map((row) => instalmentStatus(row, today))).toEqual(["PAID", "OVERDUE", "DUE"]);
    expect(instalmentStatus({ ...rows[2], paid: "1.00" }, today)).toBe("PARTLY_PAID");
    expect(instalmentStatus(rows[1], day("2026-03-15"))).toBe("PARTLY_PAID");
    expect(overdueCents(rows, today)).toBe(19_747n);
  });

  it("settles interest before principal: 100.00 paid on instalment 2 leaves 197.47 of its principal unpaid", () => {
    // Principal left: 0 (row 1) + (260.94 - (100.00 - 36.53)) + 261.92
    expect(unpaidPrincipalCents(rows)).toBe(26_094n - 6_347n + 26_192n);
  });
});

describe("loan terms", () => {
  const limits = loanLimits.at(day("2026-01-01"));
  const terms = (overrides: Partial<{ principal: string; annualRate: string; termMonths: number }>) => () =>
    validateLoanTerms({ principal: "10000.00", annualRate: "4.5", termMonths: 36, startDate: day("2026-01-15"), ...overrides }, limits);
  const bad = (field: string, message: string) => ({ code: "BAD_USER_INPUT", field, message });

  it("are validated with the fund's limits", () => {
    expect(terms({})()).toEqual({ principalCents: 1_000_000n, annualRate: "4.5", termMonths: 36, startDate: day("2026-01-15") });
    expect(refusal(terms({ principal: "0" }))).toEqual(bad("input.principal", "the amount must be greater than zero"));
    expect(refusal(terms({ principal: "500000.01" }))).toEqual(bad("input.principal", "a loan from the fund can be at most 500000.00"));
    expect(refusal(terms({ annualRate: "4,5" }))).toEqual(bad("input.annualRate", 'the annual rate is a percentage with at most four decimals, e.g. "4.5"'));
    expect(refusal(terms({ annualRate: "10.0001" }))).toEqual(bad("input.annualRate", "the annual rate can be at most 10.00%"));
    expect(refusal(terms({ termMonths: 0 }))).toEqual(bad("input.termMonths", "the term is a whole number of months, at least 1"));
    expect(refusal(terms({ termMonths: 121 }))).toEqual(bad("input.termMonths", "the term can be at most 120 months"));
    expect(refusal(terms({ principal: "0.50", termMonths: 60 }))).toEqual(bad("input.principal", "0.50 cannot be repaid over 60 months"));
  });
});
