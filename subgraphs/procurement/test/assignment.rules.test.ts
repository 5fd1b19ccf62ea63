import { formatCents, percentHundredths, toCents } from "@coopgraph/kit";
import { amountInYear, assignableRefusal, assignmentAmounts, assignmentRefusal, sharesRefusal } from "../src/assignment/assignment.rules";
import { signingRefusal, validateAward } from "../src/contract/contract.rules";
import type { CooperativeFacts } from "@coopgraph/clients";
import { day, refusal } from "@coopgraph/testing";

const onDate = day("2025-09-15");

const girasole: CooperativeFacts = { id: "c1", name: "Il Girasole", type: "B", status: "ACTIVE", province: "BG", region: "Lombardia", hasValidDurc: true };

/** Inclusion's verdict on a cooperative exactly at the line: 3 disadvantaged workers among 10. */
const atTheLine = { workers: 10, disadvantagedWorkers: 3, compliant: true };

describe("who may be assigned a contract", () => {
  it("assigns an ACTIVE member with a valid DURC", () => {
    expect(assignmentRefusal(girasole, { procedure: "OPEN" }, onDate)).toBeNull();
  });

  it("refuses to assign a contract to a suspended cooperative", () => {
    expect(assignmentRefusal({ ...girasole, status: "SUSPENDED" }, { procedure: "OPEN" }, onDate)).toBe("Il Girasole is SUSPENDED: only ACTIVE members can be assigned a contract");
  });

  it("refuses to assign a contract to a cooperative whose DURC has expired", () => {
    expect(assignmentRefusal({ ...girasole, hasValidDurc: false }, { procedure: "OPEN" }, onDate)).toBe(
      "Il Girasole has no valid DURC on 2025-09-15: a cooperative without a valid DURC cannot be assigned a contract",
    );
  });

  it("gives a convenzione art. 5 or a reserved contract to type B and AB cooperatives only", () => {
    expect(assignmentRefusal(girasole, { procedure: "CONVENZIONE_ART5" }, onDate, atTheLine)).toBeNull();
    expect(assignmentRefusal({ ...girasole, type: "AB" }, { procedure: "RESERVED_CONTRACT" }, onDate, atTheLine)).toBeNull();
    expect(assignmentRefusal({ ...girasole, type: "A" }, { procedure: "CONVENZIONE_ART5" }, onDate)).toBe(
      "Il Girasole is a type A cooperative: a convenzione art. 5 (Law 381/1991) goes to type B or AB cooperatives only",
    );
    expect(assignmentRefusal({ ...girasole, type: "CONSORTIUM" }, { procedure: "RESERVED_CONTRACT" }, onDate)).toBe(
      "Il Girasole is a type CONSORTIUM cooperative: a reserved contract (D.Lgs. 36/2023 art. 61) goes to type B or AB cooperatives only",
    );
  });

  it("gives them only to cooperatives at or above 30% disadvantaged workers in the month, as inclusion says", () => {
    expect(assignmentRefusal(girasole, { procedure: "RESERVED_CONTRACT" }, onDate, { workers: 10, disadvantagedWorkers: 2, compliant: false })).toBe(
      "Il Girasole has 2 disadvantaged workers among 10 in 2025-09: a reserved contract (D.Lgs. 36/2023 art. 61) needs at least 30% (Law 381/1991 art. 4)",
    );
    expect(assignmentRefusal(girasole, { procedure: "CONVENZIONE_ART5" }, onDate, null)).toBe(
      "inclusion gave no 30% verdict on Il Girasole for 2025-09: a convenzione art. 5 (Law 381/1991) needs one",
    );
    // An ordinary procedure never needs the verdict.
    expect(assignmentRefusal(girasole, { procedure: "OPEN" }, onDate, { workers: 10, disadvantagedWorkers: 0, compliant: false })).toBeNull();
  });

  it("lets a type A cooperative execute an ordinary contract", () => {
    expect(assignmentRefusal({ ...girasole, type: "A" }, { procedure: "OPEN" }, onDate)).toBeNull();
  });

  it("assigns a contract while its tender is AWARDED, not after it is signed", () => {
    expect(assignableRefusal("AWARDED")).toBeNull();
    expect(assignableRefusal("CONTRACT_SIGNED")).toBe("a contract is assigned while its tender is AWARDED; this one is CONTRACT_SIGNED");
  });
});

describe("the shares of a contract", () => {
  const shares = (...values: string[]) => values.map((v, i) => percentHundredths(`input.assignments.${i}.sharePercent`, v));

  it("add up to exactly 100%", () => {
    expect(sharesRefusal(0n, shares("50", "30.5", "19.5"))).toBeNull();
    expect(sharesRefusal(0n, shares("33.34", "33.33", "33.33"))).toBeNull();
  });

  it("are refused when they add up to 99.99%", () => {
    expect(sharesRefusal(0n, shares("60", "39.99"))).toEqual({
      kind: "BAD_USER_INPUT",
      message: "the shares add up to 99.99%: a contract is assigned in full, so they must add up to exactly 100%",
    });
  });

  it("are refused when they add up to more than 100%", () => {
    expect(sharesRefusal(0n, shares("60", "40.01"))?.message).toBe("the shares add up to 100.01%: a contract is assigned in full, so they must add up to exactly 100%");
  });

  it("cannot be added to a contract already assigned in full", () => {
    expect(sharesRefusal(10_000n, shares("100"))).toEqual({ kind: "CONFLICT", message: "this contract is already assigned in full (100%)" });
  });

  it("are percentages above 0, at most 100, with at most two decimals", () => {
    expect(percentHundredths("f", "33.3")).toBe(3330n);
    expect(refusal(() => percentHundredths("input.assignments.0.sharePercent", "33.333"))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.assignments.0.sharePercent",
      message: 'a share is a percentage with at most two decimals, e.g. "33.34"',
    });
    expect(refusal(() => percentHundredths("f", "0.00")).message).toBe("a share must be greater than 0%");
    expect(refusal(() => percentHundredths("f", "100.01")).message).toBe("a share can be at most 100%");
    expect(refusal(() => percentHundredths("f", "-5")).code).toBe("BAD_USER_INPUT");
  });
});

describe("what each assignee executes", () => {
  it("splits the contract value by share, adding up to the value to the cent", () => {
    const amounts = assignmentAmounts(toCents("100000.01"), [3334n, 3333n, 3333n]);
    expect(amounts.map(formatCents)).toEqual(["33340.01", "33330.00", "33330.00"]);
    expect(formatCents(amounts.reduce((a, b) => a + b, 0n))).toBe("100000.01");
  });

  it("spreads an amount over the contract's days, year by year, adding up to the amount", () => {
    // 2025-07-01..2026-06-30: 184 days in 2025, 181 in 2026.
    const start = day("2025-07-01");
    const end = day("2026-06-30");
    const amount = toCents("36500.00");
    expect(formatCents(amountInYear(amount, start, end, 2025))).toBe("18400.00");
    expect(formatCents(amountInYear(amount, start, end, 2026))).toBe("18100.00");
    expect(amountInYear(amount, start, end, 2027)).toBe(0n);
  });

  it("keeps every cent when the days do not divide the amount evenly", () => {
    const start = day("2024-12-31");
    const end = day("2026-01-01");
    const parts = [2024, 2025, 2026].map((y) => amountInYear(toCents("1000.00"), start, end, y));
    expect(parts.map(formatCents)).toEqual(["2.73", "994.55", "2.72"]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(100_000n);
  });
});

describe("an award", () => {
  const tender = { procedure: "OPEN", object: "SERVICES", buyerKind: "SUB_CENTRAL_AUTHORITY", baseAmount: "180000.00" } as const;
  const now = day("2025-09-15");

  it("records the value and the execution period", () => {
    expect(validateAward({ value: "171000.00", startDate: day("2025-10-01"), endDate: day("2027-09-30") }, tender, now)).toEqual({
      value: "171000.00",
      startDate: day("2025-10-01"),
      endDate: day("2027-09-30"),
      awardedOn: now,
    });
  });

  it("cannot exceed the tender's base amount", () => {
    expect(refusal(() => validateAward({ value: "180000.01", startDate: now, endDate: now }, tender, now))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.value",
      message: "the awarded value cannot exceed the tender's base amount of 180000.00",
    });
  });

  it("cannot end before it starts, nor be dated in the future", () => {
    expect(refusal(() => validateAward({ value: "1000.00", startDate: day("2025-10-01"), endDate: day("2025-09-30") }, tender, now)).field).toBe("input.endDate");
    expect(refusal(() => validateAward({ value: "1000.00", startDate: now, endDate: now, awardedOn: day("2025-09-16") }, tender, now)).field).toBe("input.awardedOn");
  });

  it("keeps a convenzione art. 5 below the EU threshold on the award date", () => {
    const convenzione = { ...tender, procedure: "CONVENZIONE_ART5", baseAmount: "300000.00" } as const;
    expect(refusal(() => validateAward({ value: "221000.00", startDate: now, endDate: now }, convenzione, now))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.value",
    });
  });
});

describe("signing a contract", () => {
  it("needs its assignments to add up to exactly 100%", () => {
    expect(signingRefusal(10_000n)).toBeNull();
    expect(signingRefusal(9_999n)).toBe("the contract's assignments add up to 99.99%: assign it in full (exactly 100%) before it is signed");
  });
});
