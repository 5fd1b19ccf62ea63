import { IdCheck, fail, firstNonAlphanumeric, normalise, ok } from "./check";

/**
 * CIG (Codice Identificativo Gara), the ANAC tender code: 10 letters or digits. ANAC does not publish
 * a check algorithm for it, so only the format is checked.
 */
export function checkCig(input: string): IdCheck {
  return checkAlphanumeric(normalise(input), "a CIG", 10);
}

/** Shared by the CIG and CUP checks. */
export function checkAlphanumeric(value: string, subject: string, length: number): IdCheck {
  if (value === "") return fail(`${subject} is required`);
  const illegal = firstNonAlphanumeric(value);
  if (illegal !== undefined) return fail(`${subject} may contain only letters and digits, not "${illegal}"`);
  if (value.length !== length) return fail(`${subject} must have ${length} characters, not ${value.length}`);
  return ok(value);
}
