import { IdCheck, fail, normalise } from "./check";
import { checkElevenDigits } from "./partitaIva";
import { checkPersonTaxCode } from "./personTaxCode";

/**
 * Any codice fiscale: 16 characters for a natural person, 11 digits for everyone else (a
 * cooperative's codice fiscale is 11 digits, usually equal to its partita IVA).
 */
export function checkTaxCode(input: string): IdCheck {
  const value = normalise(input);
  if (value === "") return fail("a codice fiscale is required");
  if (value.length === 16) return checkPersonTaxCode(value);
  if (value.length === 11 || /^IT\d{11}$/.test(value)) return checkElevenDigits(value, "an 11-digit codice fiscale");
  return fail(`a codice fiscale must have 16 characters (a person) or 11 digits (a company or other body), not ${value.length}`);
}
