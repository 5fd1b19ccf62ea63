import { inclusionVerdict, isNearTheLine, meetsShare, monthRange } from "../src/compliance/compliance.rules";
import { disadvantagedWorkerShare } from "../src/settings";

const THIRTY = 30;
const verdict = (disadvantagedWorkers: number, workers: number) => inclusionVerdict({ workers, disadvantagedWorkers }, THIRTY);

/** The margin by its definition, counted one person at a time. */
function marginByCounting(d: number, w: number): number {
  if (meetsShare(w, d, THIRTY)) {
    let k = 0;
    while (k + 1 <= d && meetsShare(w - (k + 1), d - (k + 1), THIRTY)) k += 1;
    return k;
  }
  let h = 1;
  while (!meetsShare(w + h, d + h, THIRTY)) h += 1;
  return -h;
}

describe("the 30% rule (Law 381/1991 art. 4) at the line", () => {
  it("is the share in force since the law", () => {
    expect(disadvantagedWorkerShare.at("2026-03-01")).toBe(30);
  });

  it("fails 29.9% (299 of 1000): two more disadvantaged hires make it", () => {
    expect(verdict(299, 1000)).toEqual({ workers: 1000, disadvantagedWorkers: 299, ratio: "0.2990", requiredRatio: "0.3000", compliant: false, margin: -2 });
  });

  it("passes exactly 30% (3 of 10), with no departure to spare", () => {
    expect(verdict(3, 10)).toEqual({ workers: 10, disadvantagedWorkers: 3, ratio: "0.3000", requiredRatio: "0.3000", compliant: true, margin: 0 });
  });

  it("passes exactly 30% (300 of 1000), with no departure to spare", () => {
    expect(verdict(300, 1000)).toEqual({ workers: 1000, disadvantagedWorkers: 300, ratio: "0.3000", requiredRatio: "0.3000", compliant: true, margin: 0 });
  });

  it("passes 30.1% (301 of 1000), and absorbs one departure of a disadvantaged worker (300 of 999 is 30.03%)", () => {
    expect(verdict(301, 1000)).toEqual({ workers: 1000, disadvantagedWorkers: 301, ratio: "0.3010", requiredRatio: "0.3000", compliant: true, margin: 1 });
    expect(verdict(300, 999).compliant).toBe(true);
    expect(verdict(299, 998).compliant).toBe(false);
  });

  it("fails a cooperative with no workers: no ratio, and one disadvantaged hire makes it (1 of 1)", () => {
    expect(verdict(0, 0)).toEqual({ workers: 0, disadvantagedWorkers: 0, ratio: null, requiredRatio: "0.3000", compliant: false, margin: -1 });
  });

  it("rounds the ratio down, so that it reads 0.3000 only when the verdict is compliant", () => {
    expect(verdict(2999, 10_000)).toMatchObject({ ratio: "0.2999", compliant: false });
    expect(verdict(29_999, 100_000)).toMatchObject({ ratio: "0.2999", compliant: false });
    expect(verdict(1, 3)).toMatchObject({ ratio: "0.3333", compliant: true });
    expect(verdict(2, 3)).toMatchObject({ ratio: "0.6666", compliant: true });
    expect(verdict(7, 7)).toMatchObject({ ratio: "1.0000", compliant: true });
  });

  it("counts the margin as its definition says, for every headcount up to 40", () => {
    for (let w = 0; w <= 40; w++) {
      for (let d = 0; d <= w; d++) expect([d, w, verdict(d, w).margin]).toEqual([d, w, marginByCounting(d, w)]);
    }
  });

  it("keeps at least one worker when every worker is disadvantaged (1 of 1 absorbs no departure)", () => {
    expect(verdict(1, 1).margin).toBe(0);
    expect(verdict(4, 4).margin).toBe(3);
  });

  it("watches cooperatives below the line and at it, not those with a departure to spare", () => {
    expect([verdict(299, 1000), verdict(3, 10), verdict(301, 1000), verdict(0, 0)].map(isNearTheLine)).toEqual([true, true, false, true]);
  });

  it("refuses a share that is not a whole percent between 1 and 99", () => {
    expect(() => inclusionVerdict({ workers: 10, disadvantagedWorkers: 3 }, 100)).toThrow("the least share must be a whole percent between 1 and 99, not 100");
    expect(() => inclusionVerdict({ workers: 10, disadvantagedWorkers: 3 }, 29.5)).toThrow("not 29.5");
  });
});

describe("a month", () => {
  it("is YYYY-MM, from its first to its last day", () => {
    expect(monthRange("2024-02")).toEqual({ first: new Date("2024-02-01T00:00:00.000Z"), last: new Date("2024-02-29T00:00:00.000Z") });
    expect(monthRange("2026-12")).toEqual({ first: new Date("2026-12-01T00:00:00.000Z"), last: new Date("2026-12-31T00:00:00.000Z") });
  });

  it.each(["2026-13", "2026-00", "2026-3", "26-03", "2026-03-01", "1989-12", ""])("is not %p", (text) => {
    expect(monthRange(text)).toBeNull();
  });
});
