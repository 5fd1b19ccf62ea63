import { GraphQLError, Kind, type ValueNode } from "graphql";
import { CUSTOM_SCALARS, DateScalar, DateTimeScalar, DecimalScalar, RateScalar, textFault } from "../src";

/** The message a scalar refuses a value with (and that it is BAD_USER_INPUT). */
function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
    return (error as Error).message;
  }
  throw new Error("accepted");
}

const stringLiteral = (value: string) => ({ kind: Kind.STRING, value }) as ValueNode;

describe("Decimal: money and percentages", () => {
  it("reads exact amounts with up to two decimals and 12 digits before the point", () => {
    expect(DecimalScalar.parseValue("1234.5")).toBe("1234.5");
    expect(DecimalScalar.parseValue(" 999999999999.99 ")).toBe("999999999999.99");
    expect(DecimalScalar.parseValue("-12.30")).toBe("-12.30");
    expect(DecimalScalar.parseValue(100)).toBe("100");
    expect(DecimalScalar.parseLiteral(stringLiteral("0.01"))).toBe("0.01");
    expect(DecimalScalar.parseLiteral({ kind: Kind.INT, value: "125000" } as ValueNode)).toBe("125000");
  });

  it.each([
    ["abc", '"abc" is not an exact decimal: write it as a string such as "1234.50"'],
    ["1e3", '"1e3" is not an exact decimal: write it as a string such as "1234.50"'],
    ["1,50", '"1,50" is not an exact decimal: write it as a string such as "1234.50"'],
    [".5", '".5" is not an exact decimal: write it as a string such as "1234.50"'],
    ["", '"" is not an exact decimal: write it as a string such as "1234.50"'],
    ["Infinity", '"Infinity" is not an exact decimal: write it as a string such as "1234.50"'],
    ["1.234", 'a Decimal has at most 2 decimals; "1.234" has 3'],
    ["1234567890123", '"1234567890123" is too large: a Decimal has at most 12 digits before the decimal point'],
    ["99999999999999999999.99", '"99999999999999999999.99" is too large: a Decimal has at most 12 digits before the decimal point'],
  ])("refuses %j", (value, message) => {
    expect(refusal(() => DecimalScalar.parseValue(value))).toBe(message);
    expect(refusal(() => DecimalScalar.parseLiteral(stringLiteral(value)))).toBe(message);
  });

  it.each([[1.5], [1e21], [true], [null], [{}], [[]]])("refuses the JSON value %j: an amount is written as a string", (value) => {
    expect(refusal(() => DecimalScalar.parseValue(value))).toMatch(/^a Decimal is written as a string such as "1234.50", not /);
  });

  it("prints two decimals, and refuses to print what is not an amount", () => {
    expect(DecimalScalar.serialize("1234.5")).toBe("1234.50");
    expect(DecimalScalar.serialize(12n)).toBe("12.00");
    expect(DecimalScalar.serialize({ toFixed: (dp?: number) => (dp === 2 ? "7.10" : "7.1"), decimalPlaces: () => 1 })).toBe("7.10");
    expect(() => DecimalScalar.serialize("0.7059")).toThrow("Decimal cannot represent 0.7059");
    expect(() => DecimalScalar.serialize(0.1)).toThrow("Decimal cannot represent 0.1");
  });
});

describe("Rate: rates and ratios", () => {
  it("reads up to six decimals and prints them as given", () => {
    expect(RateScalar.parseValue("4.125")).toBe("4.125");
    expect(RateScalar.parseValue("0.705882")).toBe("0.705882");
    expect(RateScalar.parseValue("-0.5")).toBe("-0.5");
    expect(RateScalar.serialize("0.7059")).toBe("0.7059");
    expect(RateScalar.serialize({ toFixed: (dp?: number) => (dp === 3 ? "4.125" : "?"), decimalPlaces: () => 3 })).toBe("4.125");
  });

  it("refuses more than six decimals, or a rate of a thousand or more", () => {
    expect(refusal(() => RateScalar.parseValue("0.1234567"))).toBe('a Rate has at most 6 decimals; "0.1234567" has 7');
    expect(refusal(() => RateScalar.parseValue("1000"))).toBe('"1000" is too large: a Rate has at most 3 digits before the decimal point');
    expect(refusal(() => RateScalar.parseValue("4,5"))).toBe('"4,5" is not an exact decimal: write it as a string such as "4.125"');
  });
});

describe("Date: a day of the calendar", () => {
  it("reads real days, leap days included", () => {
    expect(DateScalar.parseValue("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00.000Z"));
    expect(DateScalar.parseLiteral(stringLiteral("2026-12-31"))).toEqual(new Date("2026-12-31T00:00:00.000Z"));
    expect(DateScalar.serialize(new Date("2026-03-01T00:00:00.000Z"))).toBe("2026-03-01");
  });

  it.each([
    ["2026-02-30", '"2026-02-30" is not a day of the calendar'],
    ["2026-02-29", '"2026-02-29" is not a day of the calendar'],
    ["2026-13-01", '"2026-13-01" is not a day of the calendar'],
    ["2026-00-10", '"2026-00-10" is not a day of the calendar'],
    ["2026-04-31", '"2026-04-31" is not a day of the calendar'],
    ["0012-01-01", '"0012-01-01" is not a day of the calendar'],
    ["2026-1-1", '"2026-1-1" is not a date: write it YYYY-MM-DD, e.g. "2026-03-01"'],
    ["01/02/2026", '"01/02/2026" is not a date: write it YYYY-MM-DD, e.g. "2026-03-01"'],
    ["2026-03-01T00:00:00Z", '"2026-03-01T00:00:00Z" is not a date: write it YYYY-MM-DD, e.g. "2026-03-01"'],
  ])("refuses %j", (value, message) => {
    expect(refusal(() => DateScalar.parseValue(value))).toBe(message);
    expect(refusal(() => DateScalar.parseLiteral(stringLiteral(value)))).toBe(message);
  });

  it("refuses a number", () => {
    expect(refusal(() => DateScalar.parseValue(20260301))).toBe("a Date is a string YYYY-MM-DD, not 20260301");
  });

  it("never prints an invalid Date", () => {
    expect(() => DateScalar.serialize(new Date("nope"))).toThrow("Date cannot represent");
  });
});

describe("DateTime: an instant", () => {
  it("reads ISO 8601 with a zone", () => {
    expect(DateTimeScalar.parseValue("2026-03-01T09:30:00+01:00")).toEqual(new Date("2026-03-01T08:30:00.000Z"));
    expect(DateTimeScalar.parseValue("2026-03-01T09:30Z")).toEqual(new Date("2026-03-01T09:30:00.000Z"));
    expect(DateTimeScalar.serialize(new Date("2026-03-01T09:30:00.000Z"))).toBe("2026-03-01T09:30:00.000Z");
  });

  it.each(["2026-03-01T09:30", "2026-02-30T10:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01 09:30:00Z", "yesterday"])("refuses %j", (value) => {
    expect(refusal(() => DateTimeScalar.parseValue(value))).toBe(`"${value}" is not an instant: write it ISO 8601 with its zone, e.g. "2026-03-01T09:30:00Z"`);
  });
});

describe("text", () => {
  it("accepts letters of any language, tabs and new lines", () => {
    expect(textFault("Società Cooperativa «L'Àncora» — Noè 😀\n\tseconda riga\r\n")).toBeNull();
  });

  it.each([
    ["a\u0000b", "U+0000, a control character, at position 2"],
    ["\u0007", "U+0007, a control character, at position 1"],
    ["x\u001b[31m", "U+001B, a control character, at position 2"],
    ["del\u007f", "U+007F, a control character, at position 4"],
    ["c1\u0085", "U+0085, a control character, at position 3"],
    ["half \ud83d", "U+D83D, half of a surrogate pair, at position 6"],
  ])("refuses control characters and lone surrogates: %j", (value, where) => {
    expect(textFault(value)).toBe(`this text contains ${where}; remove it`);
  });
});

it("lists every custom scalar of the graph by its name", () => {
  expect(Object.entries(CUSTOM_SCALARS).map(([name, scalar]) => [name, scalar.name])).toEqual([
    ["Decimal", "Decimal"],
    ["Rate", "Rate"],
    ["Date", "Date"],
    ["DateTime", "DateTime"],
  ]);
});
