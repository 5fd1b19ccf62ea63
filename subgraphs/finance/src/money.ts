import { formatCents } from "@coopgraph/kit";

/**
 * Rounding of exact integer quotients: finance divides cents by whole numbers (a percentage in
 * hundredths, a quantity in hundredths) and must say how it rounds. Half up, away from zero, as
 * Italian invoices and amortisation schedules round to the cent.
 */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new Error("divideHalfUp: the denominator must be positive");
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  // floor((2 * abs + d) / (2 * d)) is abs / d rounded to the nearest whole number, halves up.
  const quotient = (2n * abs + denominator) / (2n * denominator);
  return negative ? -quotient : quotient;
}

/** Cents of `amountCents` x `percentHundredths` % (e.g. 22.00% is 2200n), rounded half up to the cent. */
export function percentOf(amountCents: bigint, percentHundredths: bigint): bigint {
  return divideHalfUp(amountCents * percentHundredths, 10_000n);
}

/** The largest amount a money column (numeric(14,2)) holds, in cents: 999999999999.99. */
export const MAX_CENTS = 99_999_999_999_999n;

/** Sum of cents. */
export function sumCents(values: readonly bigint[]): bigint {
  return values.reduce((acc, value) => acc + value, 0n);
}

/** Euro as the graph prints them. */
export const euro = formatCents;
