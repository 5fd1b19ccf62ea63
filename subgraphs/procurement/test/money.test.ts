import { allocate, formatCents, positiveAmount, toCents } from "@coopgraph/kit";

describe("exact money", () => {
  it("reads and writes amounts as integer cents", () => {
    expect(toCents("1234.5")).toBe(123_450n);
    expect(toCents("0.07")).toBe(7n);
    expect(toCents({ toFixed: () => "99.99" })).toBe(9_999n);
    expect(formatCents(123_450n)).toBe("1234.50");
    expect(formatCents(-5n)).toBe("-0.05");
  });

  it("splits a total by weights so that the parts add up to it exactly", () => {
    expect(allocate(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(allocate(1n, [1n, 2n])).toEqual([0n, 1n]);
    expect(allocate(0n, [1n, 2n])).toEqual([0n, 0n]);
    expect(allocate(10n, [0n, 0n])).toEqual([0n, 0n]);
    const parts = allocate(1_000_003n, [17n, 29n, 31n, 23n]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(1_000_003n);
  });

  it("accepts a positive amount with at most two decimals", () => {
    expect(positiveAmount("f", " 12.5 ")).toBe("12.5");
    expect(() => positiveAmount("f", "1e5")).toThrow("an amount is a positive number of euro");
    expect(() => positiveAmount("f", "1234567890123.00")).toThrow("an amount is a positive number of euro");
  });
});
