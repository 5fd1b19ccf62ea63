import { IdCheck, normalise } from "./check";
import { checkAlphanumeric } from "./cig";

/**
 * CUP (Codice Unico di Progetto, Law 3/2003 art. 11), the public investment project code: 15 letters
 * or digits. No check algorithm is published, so only the format is checked.
 */
export function checkCup(input: string): IdCheck {
  return checkAlphanumeric(normalise(input), "a CUP", 15);
}
