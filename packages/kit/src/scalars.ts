import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isoDate } from "./dates";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a Date at UTC midnight; undefined when it is not a real calendar date. */
export function parseDate(value: string): Date | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value) ? date : undefined;
}

/** `Date`: a calendar date, `YYYY-MM-DD`. Inside resolvers a JS Date at UTC midnight. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD.",
  serialize(value) {
    if (value instanceof Date) return isoDate(value);
    if (typeof value === "string" && parseDate(value)) return value;
    throw new GraphQLError(`Date cannot represent ${String(value)}`);
  },
  parseValue(value) {
    const date = typeof value === "string" ? parseDate(value) : undefined;
    if (!date) throw new GraphQLError(`"${String(value)}" is not a date: use YYYY-MM-DD`, { extensions: { code: "BAD_USER_INPUT" } });
    return date;
  },
  parseLiteral(ast) {
    const date = ast.kind === Kind.STRING ? parseDate(ast.value) : undefined;
    if (!date) throw new GraphQLError("a Date is a string YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    return date;
  },
});

/** `DateTime`: an instant, ISO 8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant, ISO 8601 in UTC (e.g. 2026-03-01T09:30:00.000Z).",
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue(value) {
    // An instant needs its zone (Z or an offset): without one it would be read in the server's zone.
    const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}T[^Z+-]*(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) {
      throw new GraphQLError(`"${String(value)}" is not an ISO 8601 date-time`, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return date;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("a DateTime is an ISO 8601 string", { extensions: { code: "BAD_USER_INPUT" } });
    return this.parseValue!(ast.value) as Date;
  },
});

const DECIMAL = /^-?\d{1,18}(\.\d{1,10})?$/;

/** Anything decimal-like (Prisma's Decimal, decimal.js) that prints itself exactly. */
interface DecimalLike {
  toFixed(dp?: number): string;
  decimalPlaces(): number;
}
function isDecimalLike(value: unknown): value is DecimalLike {
  return typeof value === "object" && value !== null && typeof (value as DecimalLike).decimalPlaces === "function";
}

/**
 * `Decimal`: an exact decimal number as a string, e.g. "1234.50". Never a float. Printed with at
 * least two decimals (money and percentages); parsed into a string that Prisma stores exactly.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description: 'An exact decimal number written as a string, e.g. "1234.50".',
  serialize(value) {
    if (isDecimalLike(value)) return value.toFixed(Math.max(2, value.decimalPlaces()));
    if (typeof value === "string" && DECIMAL.test(value)) return withTwoDecimals(value);
    if (typeof value === "bigint") return `${value}.00`;
    throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === "string" && DECIMAL.test(value.trim())) return value.trim();
    if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
    throw new GraphQLError(`"${String(value)}" is not an exact decimal: write it as a string such as "1234.50"`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  },
  parseLiteral(ast) {
    // An Int literal keeps its digits as written: going through a JS number would round it.
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return this.parseValue!(ast.value) as string;
    throw new GraphQLError('a Decimal is written as a string, e.g. "1234.50"', { extensions: { code: "BAD_USER_INPUT" } });
  },
});

function withTwoDecimals(value: string): string {
  const [whole, fraction = ""] = value.split(".");
  return `${whole}.${fraction.padEnd(2, "0")}`;
}
