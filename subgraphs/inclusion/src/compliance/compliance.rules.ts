/**
 * The 30% rule (Law 381/1991 art. 4 c. 2): in a type B cooperative at least 30% of the workers are
 * disadvantaged persons. Counted by headcount over a month (everyone present on at least one day
 * of it), never by hours. Exact integer arithmetic throughout: no floating point decides a verdict.
 */

export interface Headcount {
  /** Worker members and employees present on at least one day of the month (membership's count). */
  workers: number;
  /** Distinct persons with an EMPLOYMENT placement in the cooperative active on at least one day of the month. */
  disadvantagedWorkers: number;
}

export interface Verdict extends Headcount {
  /** disadvantagedWorkers / workers, four decimals rounded down ("0.3000"); null with no workers. */
  ratio: string | null;
  /** The least share, as a ratio with four decimals ("0.3000"). */
  requiredRatio: string;
  compliant: boolean;
  /**
   * When compliant (>= 0): how many disadvantaged workers could leave, each taking one worker off
   * both counts, with the cooperative still compliant. When not (< 0): minus the number of
   * disadvantaged persons it must hire, each adding one to both counts, to become compliant.
   */
  margin: number;
}

const RATIO_DECIMALS = 10_000n;

function ratioText(numerator: bigint, denominator: bigint): string {
  // Rounded down: the ratio reads at least the required one exactly when the verdict is compliant.
  const scaled = (numerator * RATIO_DECIMALS) / denominator;
  return `${scaled / RATIO_DECIMALS}.${String(scaled % RATIO_DECIMALS).padStart(4, "0")}`;
}

/** Whether `disadvantaged` of `workers` meet `percent`: disadvantaged * 100 >= percent * workers, and some workers. */
export function meetsShare(workers: number, disadvantaged: number, percent: number): boolean {
  return workers > 0 && BigInt(disadvantaged) * 100n >= BigInt(percent) * BigInt(workers);
}

/** The verdict of the 30% rule for one cooperative and month; `percent` is the least share in force (whole percent, 1..99). */
export function inclusionVerdict(count: Headcount, percent: number): Verdict {
  if (!Number.isInteger(percent) || percent <= 0 || percent >= 100) throw new Error(`the least share must be a whole percent between 1 and 99, not ${percent}`);
  const { workers, disadvantagedWorkers } = count;
  if (![workers, disadvantagedWorkers].every((n) => Number.isSafeInteger(n) && n >= 0)) throw new Error("headcounts are whole numbers, zero or more");
  const w = BigInt(workers);
  const d = BigInt(disadvantagedWorkers);
  const p = BigInt(percent);
  const compliant = meetsShare(workers, disadvantagedWorkers, percent);
  let margin: number;
  if (compliant) {
    // Largest k with (d - k) * 100 >= p * (w - k), i.e. k <= (100d - pw) / (100 - p); at least one worker must remain.
    const byShare = (d * 100n - p * w) / (100n - p);
    margin = Number([byShare, w - 1n, d].reduce((a, b) => (b < a ? b : a)));
  } else {
    // Least h >= 1 with (d + h) * 100 >= p * (w + h), i.e. h >= (pw - 100d) / (100 - p), rounded up.
    const gap = p * w - d * 100n;
    const hires = gap <= 0n ? 1n : (gap + (100n - p) - 1n) / (100n - p);
    margin = -Number(hires < 1n ? 1n : hires);
  }
  return {
    workers,
    disadvantagedWorkers,
    ratio: workers === 0 ? null : ratioText(d, w),
    requiredRatio: ratioText(p, 100n),
    compliant,
    margin,
  };
}

/** On the watchlist: below the line, or at it (one departure of a disadvantaged worker would break it). */
export function isNearTheLine(verdict: Verdict): boolean {
  return verdict.margin <= 0;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first and last day of a month written YYYY-MM (years 1990-2200), or null when it is not one. */
export function monthRange(month: string): { first: Date; last: Date } | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1990 || year > 2200) return null;
  const index = Number(match[2]) - 1;
  return { first: new Date(Date.UTC(year, index, 1)), last: new Date(Date.UTC(year, index + 1, 0)) };
}
