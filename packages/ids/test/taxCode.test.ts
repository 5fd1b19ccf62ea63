import { checkTaxCode } from "../src";

describe("checkTaxCode", () => {
  it("accepts a person's 16-character codice fiscale", () => {
    expect(checkTaxCode("rssmra85t10a562s")).toEqual({ ok: true, value: "RSSMRA85T10A562S" });
  });

  it("accepts the 11-digit codice fiscale of a company or public body", () => {
    expect(checkTaxCode("00743110157")).toEqual({ ok: true, value: "00743110157" });
    expect(checkTaxCode("80078750587")).toEqual({ ok: true, value: "80078750587" });
  });

  it("applies the partita IVA check digit to 11 characters", () => {
    expect(checkTaxCode("80078750588")).toEqual({
      ok: false,
      reason: "the check digit of an 11-digit codice fiscale must be 7, not 8",
    });
    expect(checkTaxCode("8007875058A")).toEqual({
      ok: false,
      reason: 'an 11-digit codice fiscale may contain only digits, not "A"',
    });
  });

  it("applies the person rules to 16 characters", () => {
    expect(checkTaxCode("RSSMRA85T10A562T")).toEqual({
      ok: false,
      reason: "the check character of a codice fiscale must be S, not T",
    });
  });

  it.each([
    ["800787505870", "a codice fiscale must have 16 characters (a person) or 11 digits (a company or other body), not 12"],
    ["RSSMRA85T10A562", "a codice fiscale must have 16 characters (a person) or 11 digits (a company or other body), not 15"],
    [" ", "a codice fiscale is required"],
  ])("refuses %j", (input, reason) => {
    expect(checkTaxCode(input)).toEqual({ ok: false, reason });
  });
});
