import { badInput } from "./errors";

/**
 * Exact money and percentages as integers (BigInt): euro in cents, percentages in hundredths of a
 * percent. Never floating point. Prisma's Decimal values come in through `toCents`.
 */

/** Anything that prints itself as an exact decimal: a string, or Prisma's Decimal. */
export type DecimalValue = string | { toFixed(dp: number): string };

const TWO_DECIMALS = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** Exact cents of a value with at most two decimals ("1234.5" -> 123450n). */
export function toCents(value: DecimalValue): bigint {
  const text = typeof value === "string" ? value.trim() : value.toFixed(2);
  const match = TWO_DECIMALS.exec(text);
  if (!match) throw new Error(`not an amount with at most two decimals: ${text}`);
  const cents = BigInt(match[2]) * 100n + BigInt((match[3] ?? "").padEnd(2, "0"));
  return match[1] === "-" ? -cents : cents;
}

/** Cents (or hundredths of a percent) as a decimal string with two decimals: 123450n -> "1234.50". */
export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** Largest amount a Decimal(14,2) column holds: 12 digits before the point. */
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** A strictly positive amount of euro with at most two decimals; BAD_USER_INPUT on `field` otherwise. */
export function positiveAmount(field: string, value: string): string {
  const text = value.trim();
  if (!AMOUNT.test(text)) throw badInput(field, 'an amount is a positive number of euro with at most two decimals, e.g. "125000.00"');
  if (toCents(text) === 0n) throw badInput(field, "the amount must be greater than zero");
  return text;
}

/** A percentage above 0 and at most 100 with at most two decimals, in hundredths (33.34 -> 3334n). */
export function percentHundredths(field: string, value: string): bigint {
  const text = value.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) throw badInput(field, 'a share is a percentage with at most two decimals, e.g. "33.34"');
  const hundredths = toCents(text);
  if (hundredths === 0n) throw badInput(field, "a share must be greater than 0%");
  if (hundredths > 10_000n) throw badInput(field, "a share can be at most 100%");
  return hundredths;
}

/**
 * Splits `total` (integer units, e.g. cents) in proportion to `weights` so that the parts add up to
 * `total` exactly: each part gets the floor of its quota, and the units left over go to the
 * largest remainders (ties to the earlier weight). The largest remainder method.
 */
export function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((acc, w) => acc + w, 0n);
  if (weights.some((w) => w < 0n)) throw new Error("allocate: weights cannot be negative");
  if (sum === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((acc, p) => acc + p, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}
