import { checkPartitaIva, partitaIvaCheckDigit } from "../src";

describe("checkPartitaIva", () => {
  it.each([
    ["00743110157"],
    ["80078750587"], // INPS's codice fiscale: the same 11-digit rule
    ["06363391001"], // Agenzia delle Entrate's codice fiscale
  ])("accepts the published number %s", (number) => {
    expect(checkPartitaIva(number)).toEqual({ ok: true, value: number });
  });

  it("stores the number without spaces", () => {
    expect(checkPartitaIva(" 007 431 101 57 ")).toEqual({ ok: true, value: "00743110157" });
  });

  it("refuses a wrong check digit and says which one is right", () => {
    expect(checkPartitaIva("00743110153")).toEqual({
      ok: false,
      reason: "the check digit of a partita IVA must be 7, not 3",
    });
  });

  it("refuses two swapped digits, which the doubling of even positions catches", () => {
    expect(checkPartitaIva("07043110157")).toEqual({
      ok: false,
      reason: "the check digit of a partita IVA must be 9, not 7",
    });
  });

  it("refuses all zeros although the check digit would fit", () => {
    expect(checkPartitaIva("00000000000")).toEqual({ ok: false, reason: "a partita IVA cannot be all zeros" });
  });

  it.each([
    ["0074311015", "a partita IVA must have 11 digits, not 10"],
    ["007431101570", "a partita IVA must have 11 digits, not 12"],
    ["00743A10157", 'a partita IVA may contain only digits, not "A"'],
    ["00743-110157", 'a partita IVA may contain only digits, not "-"'],
    ["IT00743110157", "write a partita IVA without the country prefix IT: 00743110157"],
    ["   ", "a partita IVA is required"],
  ])("refuses %j", (input, reason) => {
    expect(checkPartitaIva(input)).toEqual({ ok: false, reason });
  });
});

describe("partitaIvaCheckDigit", () => {
  it.each([
    ["0074311015", "7"],
    ["8007875058", "7"],
    ["0636339100", "1"],
    ["0119925015", "8"], // Comune di Milano, 01199250158
  ])("computes the check digit of %s", (first10, digit) => {
    expect(partitaIvaCheckDigit(first10)).toBe(digit);
  });

  it("refuses anything but 10 digits", () => {
    expect(() => partitaIvaCheckDigit("123")).toThrow(RangeError);
    expect(() => partitaIvaCheckDigit("00743A1015")).toThrow(RangeError);
  });
});
