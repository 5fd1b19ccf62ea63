import { IdCheck, fail, firstNonAlphanumeric, normalise, ok } from "./check";
import { oddEvenCheckLetter } from "./oddEven";

// ibantools declares its types as an ES module (package "type": "module") but also ships a CommonJS
// build; this package compiles to CommonJS, so it loads that build and takes only the types.
const { composeIBAN, isValidIBAN }: typeof import("ibantools", { with: { "resolution-mode": "import" }}) = require("ibantools");

/*
 * Italian IBAN (ISO 13616; Italian BBAN as registered with SWIFT):
 *
 *   IT  kk  C  AAAAA  BBBBB  CCCCCCCCCCCC
 *   |   |   |  |      |      account: 12 letters or digits
 *   |   |   |  |      CAB: branch code, 5 digits
 *   |   |   |  ABI: bank code, 5 digits
 *   |   |   CIN: national check letter
 *   |   check digits (mod 97, computed and verified by ibantools)
 *   country
 *
 * ibantools checks length, BBAN format and mod 97, but not the CIN, so the CIN is checked here.
 */

/** The CIN of ABI + CAB + account: the codice fiscale odd/even tables over the 22 characters, sum mod 26. */
function italianCin(abi: string, cab: string, account: string): string {
  return oddEvenCheckLetter(abi + cab + account);
}

export function checkIban(input: string): IdCheck {
  const value = normalise(input);
  if (value === "") return fail("an IBAN is required");
  const illegal = firstNonAlphanumeric(value);
  if (illegal !== undefined) return fail(`an IBAN may contain only letters and digits, not "${illegal}"`);
  if (value.length >= 2 && !value.startsWith("IT")) {
    return fail(`only Italian IBANs (starting with IT) are accepted, not one starting with ${value.slice(0, 2)}`);
  }
  if (value.length !== 27) return fail(`an Italian IBAN must have 27 characters, not ${value.length}`);

  const checkDigits = value.slice(2, 4);
  const cin = value[4];
  const abi = value.slice(5, 10);
  const cab = value.slice(10, 15);
  const account = value.slice(15);
  if (!/^\d\d$/.test(checkDigits)) {
    return fail(`characters 3-4 of an IBAN (check digits) must be digits, not "${checkDigits}"`);
  }
  if (!/[A-Z]/.test(cin)) return fail(`character 5 of an Italian IBAN (CIN) must be a letter, not "${cin}"`);
  if (!/^\d{5}$/.test(abi)) return fail(`characters 6-10 of an Italian IBAN (ABI, the bank code) must be digits, not "${abi}"`);
  if (!/^\d{5}$/.test(cab)) return fail(`characters 11-15 of an Italian IBAN (CAB, the branch code) must be digits, not "${cab}"`);

  if (!isValidIBAN(value)) {
    const expected = composeIBAN({ countryCode: "IT", bban: value.slice(4) })?.slice(2, 4);
    return fail(
      expected === undefined
        ? "this IBAN fails the ISO 13616 check: check it for typing errors"
        : `the check digits of this IBAN must be ${expected}, not ${checkDigits}: check it for typing errors`,
    );
  }
  const expectedCin = italianCin(abi, cab, account);
  if (cin !== expectedCin) {
    return fail(`the CIN of this IBAN (character 5) must be ${expectedCin}, not ${cin}: check the ABI, CAB and account number for typing errors`);
  }
  return ok(value);
}

/**
 * An Italian IBAN from its parts, for demo data and tests. Arguments in the order they appear in the
 * IBAN, the optional one last: `abi` (5 digits), `cab` (5 digits), `account` (exactly 12 letters or
 * digits; pad a shorter account number with zeros on the left yourself), and `cin`. Without `cin` the
 * correct CIN is computed; a given `cin` is used as is, so a test can build an IBAN whose check
 * digits are right but whose CIN is wrong. The check digits are always computed (ibantools).
 */
export function makeIban(abi: string, cab: string, account: string, cin?: string): string {
  const [a, b, c] = [normalise(abi), normalise(cab), normalise(account)];
  if (!/^\d{5}$/.test(a)) throw new RangeError(`makeIban: the ABI must be 5 digits, got "${abi}"`);
  if (!/^\d{5}$/.test(b)) throw new RangeError(`makeIban: the CAB must be 5 digits, got "${cab}"`);
  if (!/^[A-Z0-9]{12}$/.test(c)) throw new RangeError(`makeIban: the account must be 12 letters or digits, got "${account}"`);
  const letter = cin === undefined ? italianCin(a, b, c) : normalise(cin);
  if (!/^[A-Z]$/.test(letter)) throw new RangeError(`makeIban: the CIN must be one letter, got "${cin}"`);
  const iban = composeIBAN({ countryCode: "IT", bban: letter + a + b + c });
  if (iban === null) throw new RangeError(`makeIban: ibantools refused the BBAN ${letter + a + b + c}`);
  return iban;
}
