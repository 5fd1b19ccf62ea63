import { checkIban, makeIban } from "../src";

// The Italian example of the SWIFT IBAN registry, and a variant with a letter in the account.
const REGISTRY_EXAMPLE = "IT60X0542811101000000123456";
const LETTER_IN_ACCOUNT = "IT17X05428111010A0000123456";

describe("checkIban", () => {
  it("accepts valid Italian IBANs", () => {
    expect(checkIban(REGISTRY_EXAMPLE)).toEqual({ ok: true, value: REGISTRY_EXAMPLE });
    expect(checkIban(LETTER_IN_ACCOUNT)).toEqual({ ok: true, value: LETTER_IN_ACCOUNT });
  });

  it("stores the IBAN as printed on paper, without spaces and upper case", () => {
    expect(checkIban("it60 x054 2811 1010 0000 0123 456")).toEqual({ ok: true, value: REGISTRY_EXAMPLE });
  });

  it.each([
    ["IT61X0542811101000000123456", "60", "61"],
    ["IT99X0542811101000000123456", "60", "99"],
    ["IT60X0542811101000000123465", "11", "60"], // two digits of the account swapped
  ])("refuses %s, whose check digits fail ISO 13616 mod 97", (iban, expected, actual) => {
    expect(checkIban(iban)).toEqual({
      ok: false,
      reason: `the check digits of this IBAN must be ${expected}, not ${actual}: check it for typing errors`,
    });
  });

  it("refuses a wrong CIN even when the check digits were recomputed around a typing error", () => {
    expect(checkIban("IT11X0542811101000000123465")).toEqual({
      ok: false,
      reason: "the CIN of this IBAN (character 5) must be Y, not X: check the ABI, CAB and account number for typing errors",
    });
  });

  it("refuses an IBAN of another country", () => {
    expect(checkIban("DE89370400440532013000")).toEqual({
      ok: false,
      reason: "only Italian IBANs (starting with IT) are accepted, not one starting with DE",
    });
  });

  it.each([
    ["IT60X054281110100000012345", "an Italian IBAN must have 27 characters, not 26"],
    ["IT60X05428111010000001234567", "an Italian IBAN must have 27 characters, not 28"],
    ["ITAAX0542811101000000123456", 'characters 3-4 of an IBAN (check digits) must be digits, not "AA"'],
    ["IT6000542811101000000123456", 'character 5 of an Italian IBAN (CIN) must be a letter, not "0"'],
    ["IT60X05A2811101000000123456", 'characters 6-10 of an Italian IBAN (ABI, the bank code) must be digits, not "05A28"'],
    ["IT60X0542811B01000000123456", 'characters 11-15 of an Italian IBAN (CAB, the branch code) must be digits, not "11B01"'],
    ["IT60-X054-2811-1010-0000-0123-456", 'an IBAN may contain only letters and digits, not "-"'],
    ["", "an IBAN is required"],
  ])("refuses %j", (input, reason) => {
    expect(checkIban(input)).toEqual({ ok: false, reason });
  });
});

describe("makeIban", () => {
  it("rebuilds the registry example from ABI, CAB and account, computing CIN and check digits", () => {
    expect(makeIban("05428", "11101", "000000123456")).toBe(REGISTRY_EXAMPLE);
    expect(makeIban("05428", "11101", "0a0000123456")).toBe(LETTER_IN_ACCOUNT);
  });

  it("makes IBANs that pass checkIban", () => {
    const iban = makeIban("03069", "09606", "100000000001");
    expect(iban).toBe("IT45U0306909606100000000001");
    expect(checkIban(iban)).toEqual({ ok: true, value: iban });
  });

  it("uses a given CIN as is, so tests can build an IBAN with a wrong CIN and right check digits", () => {
    const iban = makeIban("05428", "11101", "000000123456", "Y");
    expect(iban).toBe("IT64Y0542811101000000123456");
    expect(checkIban(iban)).toEqual({
      ok: false,
      reason: "the CIN of this IBAN (character 5) must be X, not Y: check the ABI, CAB and account number for typing errors",
    });
  });

  it("refuses malformed parts", () => {
    expect(() => makeIban("0542", "11101", "000000123456")).toThrow(RangeError);
    expect(() => makeIban("05428", "1110A", "000000123456")).toThrow(RangeError);
    expect(() => makeIban("05428", "11101", "123456")).toThrow(RangeError);
    expect(() => makeIban("05428", "11101", "000000123456", "1")).toThrow(RangeError);
  });
});
