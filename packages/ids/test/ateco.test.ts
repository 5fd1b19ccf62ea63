import { checkAteco } from "../src";

const FORMAT_REASON = (value: string) => `an ATECO code must look like 88.10.00 (or a shorter level: 88, 88.1, 88.10, 88.10.0), not "${value}"`;
const DIVISIONS = "01-03, 05-33, 35-39, 41-43, 46-47, 49-53, 55-56, 58-66, 68-75, 77-82, 84-88, 90-99";

describe("checkAteco", () => {
  it.each([
    ["81.21.00"], // cleaning of buildings, common for type B cooperatives
    ["85.59.20"], // vocational training courses
    ["96.99.14"], // animal shelters, new in ATECO 2025
    ["46.71.10"], // wholesale of cars: moved into division 46 by ATECO 2025
    ["01.13.11"],
  ])("accepts the ATECO 2025 subcategory %s", (code) => {
    expect(checkAteco(code)).toEqual({ ok: true, value: code });
  });

  it.each([["81"], ["81.2"], ["81.21"], ["81.21.0"]])("accepts the shorter level %s", (code) => {
    expect(checkAteco(code)).toEqual({ ok: true, value: code });
  });

  it("removes spaces", () => {
    expect(checkAteco(" 81.21.00 ")).toEqual({ ok: true, value: "81.21.00" });
  });

  it("refuses division 45, dropped by ATECO 2025", () => {
    expect(checkAteco("45.20.00")).toEqual({
      ok: false,
      reason: `45 is not an ATECO 2025 division (the divisions are ${DIVISIONS})`,
    });
  });

  it.each([
    ["00.00.00", "00"],
    ["04.10", "04"],
    ["89", "89"],
  ])("refuses %s, whose division does not exist", (code, division) => {
    expect(checkAteco(code)).toEqual({
      ok: false,
      reason: `${division} is not an ATECO 2025 division (the divisions are ${DIVISIONS})`,
    });
  });

  it.each([["812100"], ["81,21,00"], ["81.21.000"], ["81.2.1"], ["8.12.10"], ["N81.21.00"]])("refuses the format %s", (code) => {
    expect(checkAteco(code)).toEqual({ ok: false, reason: FORMAT_REASON(code) });
  });

  it("requires a value", () => {
    expect(checkAteco("")).toEqual({ ok: false, reason: "an ATECO code is required" });
  });
});
