import { checkAlboNumber } from "../src";

describe("checkAlboNumber", () => {
  it("accepts the letter A and six digits", () => {
    expect(checkAlboNumber("A123456")).toEqual({ ok: true, value: "A123456" });
    expect(checkAlboNumber(" a 123 456 ")).toEqual({ ok: true, value: "A123456" });
  });

  it.each([["A12345"], ["A1234567"], ["B123456"], ["123456"], ["AA23456"]])("refuses %s", (input) => {
    expect(checkAlboNumber(input)).toEqual({
      ok: false,
      reason: `an Albo cooperative number must be the letter A and 6 digits, e.g. A123456, not "${input}"`,
    });
  });

  it("requires a value", () => {
    expect(checkAlboNumber("")).toEqual({ ok: false, reason: "an Albo cooperative number is required" });
  });
});
