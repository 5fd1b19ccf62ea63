/*
 * The odd/even tables of the codice fiscale check character (Ministry of Finance decree of
 * 12 March 1974, restated in DM 23 December 1976 n. 13813; Agenzia delle Entrate). Italian banks
 * compute the CIN of a BBAN with the same tables, over ABI + CAB + account (see iban.ts).
 */

/** Value of a character in an odd position (1st, 3rd, ...): the official odd table. */
const ODD_VALUES: Readonly<Record<string, number>> = {
  "0": 1,
  "1": 0,
  "2": 5,
  "3": 7,
  "4": 9,
  "5": 13,
  "6": 15,
  "7": 17,
  "8": 19,
  "9": 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

/** Value of a character in an even position: the official even table (0-9 as digits, A-Z as 0-25). */
function evenValue(char: string): number {
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
}

/**
 * The check letter of a string of letters and digits: the sum of the odd-table values of the
 * characters in odd positions (1st, 3rd, ...) and the even-table values of those in even positions,
 * mod 26, as a letter A-Z.
 */
export function oddEvenCheckLetter(chars: string): string {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    // i is 0-based, so i even is an odd position.
    sum += i % 2 === 0 ? ODD_VALUES[chars[i]] : evenValue(chars[i]);
  }
  return String.fromCharCode(65 + (sum % 26));
}
