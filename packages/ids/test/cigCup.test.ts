import { checkCig, checkCup } from "../src";

describe("checkCig", () => {
  it("accepts 10 letters and digits and stores them upper case", () => {
    expect(checkCig(" z3a1b2c3d4 ")).toEqual({ ok: true, value: "Z3A1B2C3D4" });
    expect(checkCig("8541234ABC")).toEqual({ ok: true, value: "8541234ABC" });
  });

  it.each([
    ["Z3A1B2C3D", "a CIG must have 10 characters, not 9"],
    ["Z3A1B2C3D45", "a CIG must have 10 characters, not 11"],
    ["Z3A1B2C3D/", 'a CIG may contain only letters and digits, not "/"'],
    ["", "a CIG is required"],
  ])("refuses %j", (input, reason) => {
    expect(checkCig(input)).toEqual({ ok: false, reason });
  });
});

describe("checkCup", () => {
  it("accepts 15 letters and digits and stores them upper case", () => {
    expect(checkCup("j51b 2100 0050 006")).toEqual({ ok: true, value: "J51B21000050006" });
  });

  it.each([
    ["J51B2100005000", "a CUP must have 15 characters, not 14"],
    ["J51B210000500061", "a CUP must have 15 characters, not 16"],
    ["J51B21000050.06", 'a CUP may contain only letters and digits, not "."'],
    ["", "a CUP is required"],
  ])("refuses %j", (input, reason) => {
    expect(checkCup(input)).toEqual({ ok: false, reason });
  });
});
