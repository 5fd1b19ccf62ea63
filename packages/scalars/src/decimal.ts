import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

/** Anything decimal-like (Prisma's Decimal, decimal.js) that prints itself exactly. */
interface DecimalLike {
  toFixed(dp?: number): string;
  decimalPlaces(): number;
}
function isDecimalLike(value: unknown): value is DecimalLike {
  return typeof value === "object" && value !== null && typeof (value as DecimalLike).decimalPlaces === "function";
}

/** What a kind of exact decimal may hold: its digits before and after the point. */
export interface DecimalLimits {
  /** How messages name the value. */
  what: string;
  integerDigits: number;
  decimals: number;
  example: string;
}

/**
 * Money and percentages: the columns are numeric(14,2), so 12 digits before the point and at
 * most 2 after. A value that does not fit is refused, never rounded.
 */
export const AMOUNT_LIMITS: DecimalLimits = { what: "a Decimal", integerDigits: 12, decimals: 2, example: "1234.50" };

/** Rates and ratios (an annual interest rate in percent, a share of members): up to 3 digits before the point, 6 after. */
export const RATE_LIMITS: DecimalLimits = { what: "a Rate", integerDigits: 3, decimals: 6, example: "4.125" };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Why `text` is not an exact decimal within `limits`, or null when it is. */
export function decimalFault(text: string, limits: DecimalLimits): string | null {
  const match = DECIMAL.exec(text);
  if (!match) return `"${text}" is not an exact decimal: write it as a string such as "${limits.example}"`;
  const integer = match[2].replace(/^0+(?=\d)/, "");
  const fraction = match[3] ?? "";
  if (fraction.length > limits.decimals) {
    return `${limits.what} has at most ${limits.decimals} decimals; "${text}" has ${fraction.length}`;
  }
  if (integer.length > limits.integerDigits) return `"${text}" is too large: ${limits.what} has at most ${limits.integerDigits} digits before the decimal point`;
  return null;
}

/** The exact decimal a client sent (a string, or a whole JSON number), checked against `limits`. */
function parseDecimalInput(value: unknown, limits: DecimalLimits, scalar: string): string {
  let text: string;
  if (typeof value === "string") text = value.trim();
  else if (typeof value === "number" && Number.isSafeInteger(value)) text = String(value);
  else throw badUserInput(`a ${scalar} is written as a string such as "${limits.example}", not ${describe(value)}`);
  const fault = decimalFault(text, limits);
  if (fault) throw badUserInput(fault);
  return text;
}

function parseDecimalLiteral(ast: ValueNode, limits: DecimalLimits, scalar: string): string {
  // An Int literal keeps its digits as written: going through a JS number would round it.
  if (ast.kind === Kind.STRING || ast.kind === Kind.INT) {
    const fault = decimalFault(ast.value.trim(), limits);
    if (fault) throw badUserInput(fault);
    return ast.value.trim();
  }
  throw badUserInput(`a ${scalar} is written as a string such as "${limits.example}"`);
}

/**
 * `Decimal`: money and percentages, exact, written as a string ("1234.50"), never a float. At most
 * two decimals and 12 digits before the point, in and out; printed with two decimals.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description: 'An exact amount or percentage written as a string, e.g. "1234.50": at most two decimals and 12 digits before the point.',
  serialize(value) {
    let text: string | undefined;
    if (isDecimalLike(value)) text = value.decimalPlaces() <= AMOUNT_LIMITS.decimals ? value.toFixed(2) : value.toFixed();
    else if (typeof value === "string") text = value.trim();
    else if (typeof value === "bigint") text = `${value}.00`;
    if (text === undefined || decimalFault(text, AMOUNT_LIMITS)) throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
    return withTwoDecimals(text);
  },
  parseValue: (value) => parseDecimalInput(value, AMOUNT_LIMITS, "Decimal"),
  parseLiteral: (ast) => parseDecimalLiteral(ast, AMOUNT_LIMITS, "Decimal"),
});

/**
 * `Rate`: an exact rate or ratio, written as a string: an annual interest rate in percent
 * ("4.125"), a share of members ("0.7059"). Up to six decimals; printed as given.
 */
export const RateScalar = new GraphQLScalarType<string, string>({
  name: "Rate",
  description: 'An exact rate or ratio written as a string, e.g. "4.125" or "0.7059": at most six decimals and 3 digits before the point.',
  serialize(value) {
    const text = isDecimalLike(value) ? value.toFixed(value.decimalPlaces()) : typeof value === "string" ? value.trim() : undefined;
    if (text === undefined || decimalFault(text, RATE_LIMITS)) throw new GraphQLError(`Rate cannot represent ${String(value)}`);
    return text;
  },
  parseValue: (value) => parseDecimalInput(value, RATE_LIMITS, "Rate"),
  parseLiteral: (ast) => parseDecimalLiteral(ast, RATE_LIMITS, "Rate"),
});

function withTwoDecimals(value: string): string {
  const [whole, fraction = ""] = value.split(".");
  return `${whole}.${fraction.padEnd(2, "0")}`;
}

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** A value as a message shows it: strings quoted, the rest by kind. */
export function describe(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  return Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : `a ${typeof value}`;
}
