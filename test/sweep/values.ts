/**
 * Malformed values by kind, for the bad-input sweep. Each is refused with BAD_USER_INPUT naming
 * the field: at the gateway when the value's type says so (scalars, enums, built-in types,
 * control characters), by the subgraph when its rules do (identifiers, lengths, ranges).
 */

/** Not an exact amount: refused by the Decimal scalar at the gateway. */
export const MALFORMED_DECIMALS: unknown[] = [
  "abc",
  "1e3",
  "1,50",
  "12.345",
  "99999999999999999999.99",
  "1234567890123",
  "",
  " ",
  "--1",
  "0x10",
  "Infinity",
  "NaN",
  ".5",
  "1.",
  "1 000",
  1.5,
  true,
  [],
  {},
];

/** Well-formed but not a positive amount: refused by the subgraph. */
export const NOT_POSITIVE = ["0", "0.00", "-1.00"];

/** Not a day of the calendar, or not a date at all: refused by the Date scalar at the gateway. */
export const MALFORMED_DATES: unknown[] = [
  "2026-02-30",
  "2026-02-29",
  "2026-13-01",
  "2026-00-10",
  "2026-04-31",
  "2026-1-1",
  "01/02/2026",
  "2026-03-01T00:00:00Z",
  "",
  "today",
  20260101,
  true,
];

/** Not a value of the enum. */
export function malformedEnum(real: string): unknown[] {
  return ["NOPE", real.toLowerCase(), "", 1, true, [real, real]];
}

/** Not a 32-bit whole number. */
export const MALFORMED_INTS: unknown[] = ["3", 1.5, 2 ** 31, -(2 ** 31) - 1, true];

/** Text no field takes: control characters and lone surrogates (refused at the gateway). */
export const CONTROL_CHARACTERS = ["a\u0000b", "\u0007", "x\u001b[31m", "half \ud800", "del\u007f"];

/** Required text that is empty, blank or longer than `max`. */
export function badText(max: number): string[] {
  return ["", "   ", "x".repeat(max + 1), ...CONTROL_CHARACTERS];
}

/** Optional text longer than `max`, or with control characters. */
export function badOptionalText(max: number): string[] {
  return ["x".repeat(max + 1), ...CONTROL_CHARACTERS];
}

/** An ID of the wrong JSON type: refused at the gateway. */
export const MALFORMED_IDS: unknown[] = [1.5, true, {}, [], ...CONTROL_CHARACTERS.slice(0, 2)];

/** IDs that name nothing. */
export const UNKNOWN_IDS = ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "7d8f1c2a-3b4e-5f60-8a9b-0c1d2e3f4a5b"];

/** Page sizes and cursors that no list takes. */
export const BAD_PAGES: { path: string; values: unknown[] }[] = [
  { path: "first", values: [-1, 101, 1000, ...MALFORMED_INTS] },
  { path: "after", values: ["garbage", "bm9wZQ", "YzE6bm90LWEtdXVpZA"] },
];
