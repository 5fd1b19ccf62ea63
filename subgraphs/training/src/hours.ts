import { badInput, formatCents, type DecimalValue, toCents } from "@coopgraph/kit";

/**
 * Hours are exact decimals with at most two places ("3.50"), reckoned in code as integer
 * hundredths of an hour (BigInt), like money in cents: sums and thresholds never round.
 */
export function hundredths(value: DecimalValue): bigint {
  return toCents(value);
}

/** Hundredths of an hour as a decimal string: 350n -> "3.50". */
export function formatHours(value: bigint): string {
  return formatCents(value);
}

const HOURS = /^\d{1,4}(\.\d{1,2})?$/;

/** Hours given by a client: at most two decimals, not negative (or above 0 when `positive`), at most `max` hundredths. */
export function hoursInput(field: string, value: string, options: { positive: boolean; max: bigint }): bigint {
  const text = value.trim();
  if (!HOURS.test(text)) throw badInput(field, 'hours are a number with at most two decimals, e.g. "3.50"');
  const h = toCents(text);
  if (options.positive && h === 0n) throw badInput(field, "the hours must be more than 0");
  if (h > options.max) throw badInput(field, `this can be at most ${formatHours(options.max)} hours`);
  return h;
}

/** ceil(percent% of total): the hundredths of an hour that reach `percent` of `total` exactly, never fewer. */
export function percentOf(total: bigint, percent: number): bigint {
  return (total * BigInt(percent) + 99n) / 100n;
}
