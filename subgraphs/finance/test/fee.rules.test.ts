import { addDays } from "@coopgraph/kit";
import { accruedCents, assigneeFeeCents, contractFeeCents, feeCharges, feeInPeriodCents, validateFeePeriod, type FeeContract } from "../src/fee/fee.rules";
import { day, refusal } from "@coopgraph/testing";

describe("the consortium fee of a contract", () => {
  it("is its value times the rate, rounded half up to the cent", () => {
    expect(contractFeeCents(17_100_000n, "3.50")).toBe(598_500n);
    // 860,000.01 x 3.5% = 30,100.00035
    expect(contractFeeCents(86_000_001n, "3.50")).toBe(3_010_000n);
    // 12,345.67 x 3.5% = 432.09845
    expect(contractFeeCents(1_234_567n, "3.50")).toBe(43_210n);
  });

  it("is borne by the assignees in proportion to their amounts, adding up to the fee exactly", () => {
    // 860,000.00 assigned 33.34 / 33.33 / 33.33: amounts 286,724.00, 286,638.00, 286,638.00; fee 30,100.00.
    const parts = assigneeFeeCents(3_010_000n, 86_000_000n, [28_672_400n, 28_663_800n, 28_663_800n]);
    expect(parts).toEqual([1_003_534n, 1_003_233n, 1_003_233n]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(3_010_000n);
    // Half assigned: the assignee bears half, the rest is nobody's yet.
    expect(assigneeFeeCents(598_500n, 17_100_000n, [8_550_000n])).toEqual([299_250n]);
  });

  it("accrues evenly over the contract's days, and consecutive periods add up to the whole fee to the cent", () => {
    const start = day("2026-01-01");
    const end = day("2026-12-31");
    const total = 100_001n; // 1,000.01 over 365 days
    expect(accruedCents(total, start, end, addDays(start, -1))).toBe(0n);
    expect(accruedCents(total, start, end, end)).toBe(total);
    const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m + 1, 0)));
    let from = start;
    let sum = 0n;
    for (const to of months) {
      sum += feeInPeriodCents(total, start, end, from, to);
      from = addDays(to, 1);
    }
    expect(sum).toBe(total);
    // January: 31 of 365 days of 1,000.01 = 84.9323... -> 84.93
    expect(feeInPeriodCents(total, start, end, start, day("2026-01-31"))).toBe(8_493n);
    // Outside the contract nothing accrues.
    expect(feeInPeriodCents(total, start, end, day("2027-01-01"), day("2027-03-31"))).toBe(0n);
  });

  it("charges each assignee its part for the period, contract by contract", () => {
    const contract: FeeContract = {
      id: "c1",
      value: "171000.00",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      tender: { cig: "Z08ABCDE12", title: "Manutenzione del verde" },
      assignments: {
        nodes: [
          { cooperative: { id: "a" }, sharePercent: "60.00", amount: "102600.00" },
          { cooperative: { id: "b" }, sharePercent: "40.00", amount: "68400.00" },
        ],
      },
    };
    const charges = feeCharges([contract], day("2026-01-01"), day("2026-12-31"), () => "3.50");
    expect([...charges.entries()]).toEqual([
      ["a", [{ contractId: "c1", cig: "Z08ABCDE12", title: "Manutenzione del verde", ratePercent: "3.50", cents: 359_100n }]],
      ["b", [{ contractId: "c1", cig: "Z08ABCDE12", title: "Manutenzione del verde", ratePercent: "3.50", cents: 239_400n }]],
    ]);
    expect(feeCharges([contract], day("2026-01-01"), day("2026-12-31"), () => null).size).toBe(0);
  });
});

describe("a fee period", () => {
  const today = day("2026-06-15");
  const bad = (field: string, message: string) => ({ code: "BAD_USER_INPUT", field, message });

  it("lies within one year and is over", () => {
    expect(validateFeePeriod(day("2026-01-01"), day("2026-03-31"), today)).toEqual({ from: day("2026-01-01"), to: day("2026-03-31") });
    expect(refusal(() => validateFeePeriod(day("2026-03-31"), day("2026-01-01"), today))).toEqual(
      bad("input.to", "the period cannot end (2026-01-01) before it starts (2026-03-31)"),
    );
    expect(refusal(() => validateFeePeriod(day("2025-12-01"), day("2026-01-31"), today))).toEqual(bad("input.to", "a fee period lies within one calendar year"));
    expect(refusal(() => validateFeePeriod(day("2026-06-01"), day("2026-06-15"), today))).toEqual(
      bad("input.to", "fees are invoiced for a period that is over: it must end before today"),
    );
  });
});
