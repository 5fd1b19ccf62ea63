import { checkPersonTaxCode, personTaxCodeCheckChar } from "../src";
import { oddEvenCheckLetter } from "../src/oddEven";

const OMOCODIA = "(L M N P Q R S T U V)";

describe("checkPersonTaxCode", () => {
  it.each([
    ["RSSMRA85T10A562S", "a man born on 10 December 1985"],
    ["RSSMRA85T50A562W", "a woman born on 10 December 1985 (day + 40)"],
    ["MRNLCU00A01H501J", "the worked example of Italian Wikipedia's article on omocodia, born in Rome (H501)"],
    ["RSSMRA84B29A562Y", "a man born on 29 February 1984, a leap year"],
  ])("accepts %s, %s", (code) => {
    expect(checkPersonTaxCode(code)).toEqual({ ok: true, value: code });
  });

  it("stores the code upper case and without spaces", () => {
    expect(checkPersonTaxCode("  rssmra 85t10 a562s ")).toEqual({ ok: true, value: "RSSMRA85T10A562S" });
  });

  describe("omocodia", () => {
    it.each([
      ["RSSMRA85T10A56NH", "position 15 replaced"],
      ["RSSMRA85T10A5SNT", "positions 14-15 replaced"],
      ["RSSMRA85T10ARSNO", "positions 13-15 replaced"],
      ["RSSMRA85T1LARSNR", "positions 11-15 replaced"],
      ["RSSMRA85TMLARSNC", "positions 10-15 replaced"],
      ["RSSMRA8RTMLARSNO", "positions 8-15 replaced"],
      ["RSSMRAURTMLARSNL", "all seven digit positions replaced"],
      ["RSSMRA85T10A5N2Z", "position 14 alone replaced"],
    ])("accepts %s (%s)", (code) => {
      expect(checkPersonTaxCode(code)).toEqual({ ok: true, value: code });
    });

    it("refuses a letter outside L-V in a digit position", () => {
      expect(checkPersonTaxCode("RSSMRA85T1AA562S")).toEqual({
        ok: false,
        reason: `character 11 of a codice fiscale (day of birth and sex) must be a digit or an omocodia letter ${OMOCODIA}, not "A"`,
      });
      expect(checkPersonTaxCode("RSSMRAK5T10A562B")).toEqual({
        ok: false,
        reason: `character 7 of a codice fiscale (year of birth) must be a digit or an omocodia letter ${OMOCODIA}, not "K"`,
      });
      expect(checkPersonTaxCode("RSSMRA85T10AA62G")).toEqual({
        ok: false,
        reason: `character 13 of a codice fiscale (place of birth) must be a digit or an omocodia letter ${OMOCODIA}, not "A"`,
      });
    });

    it("refuses omocodia letters that decode to an impossible day (QL = 40)", () => {
      expect(checkPersonTaxCode("RSSMRA85TQLA562K")).toEqual({
        ok: false,
        reason: "the day of birth in a codice fiscale must be 01-31 (men) or 41-71 (women), not 40",
      });
    });

    it("refuses an omocode whose check character was not recomputed", () => {
      expect(checkPersonTaxCode("RSSMRA85T10A56NS")).toEqual({
        ok: false,
        reason: "the check character of a codice fiscale must be H, not S",
      });
    });
  });

  it("refuses a wrong check character and says which one is right", () => {
    expect(checkPersonTaxCode("RSSMRA85T10A562T")).toEqual({
      ok: false,
      reason: "the check character of a codice fiscale must be S, not T",
    });
  });

  it("refuses a month letter that is not in ABCDEHLMPRST", () => {
    expect(checkPersonTaxCode("RSSMRA85F10A562R")).toEqual({
      ok: false,
      reason: 'character 9 of a codice fiscale (month of birth) must be one of A B C D E H L M P R S T, not "F"',
    });
  });

  it.each([
    ["RSSMRA85T00A562R", "00"],
    ["RSSMRA85T32A562Y", "32"],
    ["RSSMRA85T72A562C", "72"],
  ])("refuses the day in %s", (code, day) => {
    expect(checkPersonTaxCode(code)).toEqual({
      ok: false,
      reason: `the day of birth in a codice fiscale must be 01-31 (men) or 41-71 (women), not ${day}`,
    });
  });

  it.each([
    ["RSSMRA85D31A562M", "April has no day 31"],
    ["RSSMRA85B30A562G", "February has no day 30"],
    ["RSSMRA85B29A562Z", "there is no 29 February in a year ending in 85"],
    ["RSSMRA85B69A562D", "there is no 29 February in a year ending in 85"],
  ])("refuses the date that does not exist in %s", (code, why) => {
    expect(checkPersonTaxCode(code)).toEqual({
      ok: false,
      reason: `the date of birth in a codice fiscale does not exist: ${why}`,
    });
  });

  it.each([
    ["RSS1RA85T10A562H", 'character 4 of a codice fiscale must be a letter (from the surname and name), not "1"'],
    ["RSSMRA85T101562T", 'character 12 of a codice fiscale (place of birth) must be a letter, not "1"'],
    ["RSSMRA85T10A562", "a person's codice fiscale must have 16 characters, not 15"],
    ["RSSMRA85T10A562SS", "a person's codice fiscale must have 16 characters, not 17"],
    ["RSSMRA85T10A562-", 'a codice fiscale may contain only letters and digits, not "-"'],
    ["", "a codice fiscale is required"],
  ])("refuses %j", (input, reason) => {
    expect(checkPersonTaxCode(input)).toEqual({ ok: false, reason });
  });
});

describe("personTaxCodeCheckChar", () => {
  it.each([
    ["RSSMRA85T10A562", "S"],
    ["MRNLCU00A01H501", "J"],
    ["RSSMRAURTMLARSN", "L"],
  ])("computes the check character of %s", (first15, char) => {
    expect(personTaxCodeCheckChar(first15)).toBe(char);
  });

  it("refuses anything but 15 letters or digits", () => {
    expect(() => personTaxCodeCheckChar("RSSMRA85T10A56")).toThrow(RangeError);
    expect(() => personTaxCodeCheckChar("RSSMRA85T10A56-")).toThrow(RangeError);
  });
});

describe("the official odd/even tables (DM 12/3/1974, DM 23/12/1976; Agenzia delle Entrate)", () => {
  // Typed from the published tables, not from the implementation.
  const ODD: Record<string, number> = {
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
  const EVEN: Record<string, number> = Object.fromEntries([..."0123456789".split("").map((c, i) => [c, i]), ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("").map((c, i) => [c, i])]);
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));

  it.each(Object.entries(ODD))("values %s at an odd position as %i", (char, value) => {
    expect(oddEvenCheckLetter(char)).toBe(letter(value));
  });

  // "B" is worth 0 at an odd position, so the check letter of "B" + char is char's even value.
  it.each(Object.entries(EVEN))("values %s at an even position as %i", (char, value) => {
    expect(oddEvenCheckLetter(`B${char}`)).toBe(letter(value));
  });
});
