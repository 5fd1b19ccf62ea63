import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { badUserInput, describe } from "./decimal";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a Date at UTC midnight; undefined when it is not a real calendar date. */
export function parseDate(value: string): Date | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Round trip: 2026-02-30 would be 2 March, 2026-13-01 next January; years before 100 shift to 19xx.
  return date.toISOString().startsWith(value) ? date : undefined;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dateFault(value: unknown): string | null {
  if (typeof value !== "string") return `a Date is a string YYYY-MM-DD, not ${describe(value)}`;
  if (!DATE.test(value)) return `"${value}" is not a date: write it YYYY-MM-DD, e.g. "2026-03-01"`;
  if (!parseDate(value)) return `"${value}" is not a day of the calendar`;
  return null;
}

/** `Date`: a calendar date, `YYYY-MM-DD`, a real day (no 30 February). Inside resolvers a JS Date at UTC midnight. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD.",
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDate(value);
    if (typeof value === "string" && parseDate(value)) return value;
    throw new GraphQLError(`Date cannot represent ${String(value)}`);
  },
  parseValue(value) {
    const fault = dateFault(value);
    if (fault) throw badUserInput(fault);
    return parseDate(value as string)!;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput("a Date is a string YYYY-MM-DD");
    return this.parseValue!(ast.value) as Date;
  },
});

/** Date, hours and minutes, optional seconds and fraction, and a zone: Z or an offset. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

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
    const match = typeof value === "string" ? DATE_TIME.exec(value) : null;
    const date = match && parseDate(match[1]) ? new Date(value as string) : undefined;
    if (!date || Number.isNaN(date.getTime())) {
      throw badUserInput(`${describe(value)} is not an instant: write it ISO 8601 with its zone, e.g. "2026-03-01T09:30:00Z"`);
    }
    return date;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput("a DateTime is an ISO 8601 string");
    return this.parseValue!(ast.value) as Date;
  },
});
