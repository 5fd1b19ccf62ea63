import { IdCheck, fail, normalise, ok } from "./check";

/**
 * Partita IVA, and the codice fiscale of a company or other non-natural person: 11 digits, the
 * last a check digit (DPR 633/1972 art. 35; DM 23/12/1976 for the numeric codice fiscale).
 *
 * Digits 8-10 name the provincial VAT office for a partita IVA, but a numeric codice fiscale of a
 * body without VAT (an association, a public body: 80..., 9...) does not follow that scheme, so the
 * office code is not checked: the same 11-digit rule must accept both.
 */
export function checkPartitaIva(input: string): IdCheck {
  return checkElevenDigits(normalise(input), "a partita IVA");
}

/**
 * The check digit of the first 10 digits: add the digits in odd positions (1st, 3rd, ... 9th); double
 * each digit in even positions (2nd, ... 10th), subtracting 9 when the result is over 9, and add it;
 * the check digit is (10 - sum mod 10) mod 10.
 */
export function partitaIvaCheckDigit(first10: string): string {
  const digits = normalise(first10);
  if (!/^\d{10}$/.test(digits)) {
    throw new RangeError(`partitaIvaCheckDigit needs exactly 10 digits, got "${first10}"`);
  }
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = Number(digits[i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Shared with checkTaxCode; `subject` names the identifier in the reason ("a partita IVA"). */
export function checkElevenDigits(value: string, subject: string): IdCheck {
  if (value === "") return fail(`${subject} is required`);
  if (/^IT\d{11}$/.test(value)) {
    return fail(`write ${subject} without the country prefix IT: ${value.slice(2)}`);
  }
  const illegal = value.match(/\D/)?.[0];
  if (illegal !== undefined) return fail(`${subject} may contain only digits, not "${illegal}"`);
  if (value.length !== 11) return fail(`${subject} must have 11 digits, not ${value.length}`);
  // All zeros passes the check digit (0) but is never assigned.
  if (value === "00000000000") return fail(`${subject} cannot be all zeros`);
  const expected = partitaIvaCheckDigit(value.slice(0, 10));
  if (value[10] !== expected) {
    return fail(`the check digit of ${subject} must be ${expected}, not ${value[10]}`);
  }
  return ok(value);
}
