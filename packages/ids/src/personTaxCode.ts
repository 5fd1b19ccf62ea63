import { IdCheck, fail, firstNonAlphanumeric, normalise, ok } from "./check";
import { oddEvenCheckLetter } from "./oddEven";

/*
 * Codice fiscale of a natural person (DPR 605/1973). Structure and check character follow the
 * Ministry of Finance decree of 12 March 1974, restated in DM 23 December 1976 n. 13813
 * ("Sistemi di codificazione dei soggetti da iscrivere all'anagrafe tributaria"), as published
 * today by the Agenzia delle Entrate:
 *
 *   positions  1-6   letters from surname and name
 *              7-8   year of birth (last two digits)
 *              9     month letter A B C D E H L M P R S T
 *              10-11 day of birth, +40 for women (01-31, 41-71)
 *              12-15 municipality (Belfiore cadastral code) or foreign state (Z...): letter + 3 digits
 *              16    check character
 *
 * Omocodia: when two people would get the same code, the Agenzia replaces digits in positions
 * 7, 8, 10, 11, 13, 14, 15 with L M N P Q R S T U V (standing for 0-9), starting from the right.
 * Any combination of replaced positions is accepted here; the right-to-left order is how the
 * Agenzia assigns them, not something a valid code can be tested against without its register.
 */

const OMOCODIA_LETTERS = "LMNPQRSTUV";

/** 1-based positions that hold a digit or its omocodia letter, with the part of the code they encode. */
const DIGIT_POSITIONS: ReadonlyArray<[number, string]> = [
  [7, "year of birth"],
  [8, "year of birth"],
  [10, "day of birth and sex"],
  [11, "day of birth and sex"],
  [13, "place of birth"],
  [14, "place of birth"],
  [15, "place of birth"],
];

const MONTHS: Readonly<Record<string, { name: string; days: number }>> = {
  A: { name: "January", days: 31 },
  B: { name: "February", days: 29 },
  C: { name: "March", days: 31 },
  D: { name: "April", days: 30 },
  E: { name: "May", days: 31 },
  H: { name: "June", days: 30 },
  L: { name: "July", days: 31 },
  M: { name: "August", days: 31 },
  P: { name: "September", days: 30 },
  R: { name: "October", days: 31 },
  S: { name: "November", days: 30 },
  T: { name: "December", days: 31 },
};

export function personTaxCodeCheckChar(first15: string): string {
  const chars = normalise(first15);
  if (!/^[A-Z0-9]{15}$/.test(chars)) {
    throw new RangeError(`personTaxCodeCheckChar needs exactly 15 letters or digits, got "${first15}"`);
  }
  return oddEvenCheckLetter(chars);
}

function decodeDigit(char: string): number {
  return /\d/.test(char) ? Number(char) : OMOCODIA_LETTERS.indexOf(char);
}

export function checkPersonTaxCode(input: string): IdCheck {
  const value = normalise(input);
  if (value === "") return fail("a codice fiscale is required");
  const illegal = firstNonAlphanumeric(value);
  if (illegal !== undefined) return fail(`a codice fiscale may contain only letters and digits, not "${illegal}"`);
  if (value.length !== 16) return fail(`a person's codice fiscale must have 16 characters, not ${value.length}`);

  const at = (position: number) => value[position - 1];

  for (let position = 1; position <= 6; position++) {
    if (!/[A-Z]/.test(at(position))) {
      return fail(`character ${position} of a codice fiscale must be a letter (from the surname and name), not "${at(position)}"`);
    }
  }
  for (const [position, part] of DIGIT_POSITIONS) {
    const char = at(position);
    if (!/\d/.test(char) && !OMOCODIA_LETTERS.includes(char)) {
      return fail(`character ${position} of a codice fiscale (${part}) must be a digit or an omocodia letter (L M N P Q R S T U V), not "${char}"`);
    }
  }
  const month = MONTHS[at(9)];
  if (month === undefined) {
    return fail(`character 9 of a codice fiscale (month of birth) must be one of A B C D E H L M P R S T, not "${at(9)}"`);
  }
  if (!/[A-Z]/.test(at(12))) {
    return fail(`character 12 of a codice fiscale (place of birth) must be a letter, not "${at(12)}"`);
  }

  const dayCode = decodeDigit(at(10)) * 10 + decodeDigit(at(11));
  if (!((dayCode >= 1 && dayCode <= 31) || (dayCode >= 41 && dayCode <= 71))) {
    return fail(`the day of birth in a codice fiscale must be 01-31 (men) or 41-71 (women), not ${String(dayCode).padStart(2, "0")}`);
  }
  const day = dayCode > 40 ? dayCode - 40 : dayCode;
  if (day > month.days) {
    return fail(`the date of birth in a codice fiscale does not exist: ${month.name} has no day ${day}`);
  }
  // Two year digits cannot tell 1900 from 2000, but a year not divisible by 4 is never a leap year.
  const year = decodeDigit(at(7)) * 10 + decodeDigit(at(8));
  if (month.name === "February" && day === 29 && year % 4 !== 0) {
    const yy = String(year).padStart(2, "0");
    return fail(`the date of birth in a codice fiscale does not exist: there is no 29 February in a year ending in ${yy}`);
  }

  const expected = oddEvenCheckLetter(value.slice(0, 15));
  if (at(16) !== expected) {
    return fail(`the check character of a codice fiscale must be ${expected}, not ${at(16)}`);
  }
  return ok(value);
}
