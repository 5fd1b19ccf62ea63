import { IdCheck, fail, normalise, ok } from "./check";

/**
 * Registration number in the Albo nazionale delle società cooperative (DM 23 June 2004, kept by the
 * Chambers of Commerce for the Ministry): the letter A and six digits, e.g. A123456.
 */
export function checkAlboNumber(input: string): IdCheck {
  const value = normalise(input);
  if (value === "") return fail("an Albo cooperative number is required");
  if (!/^A\d{6}$/.test(value)) {
    return fail(`an Albo cooperative number must be the letter A and 6 digits, e.g. A123456, not "${value}"`);
  }
  return ok(value);
}
