import { textFault } from "@coopgraph/scalars";
import { badInput } from "./errors";

const DAY_MS = 86_400_000;

/** The consortium works on Italian time: "today" is the date in Rome, whatever the server's zone. */
const ROME_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Italy, as a calendar date (a Date at UTC midnight, like every `Date` of the graph). */
export function today(now = new Date()): Date {
  return new Date(`${ROME_DATE.format(now)}T00:00:00.000Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** How many days of the period from `start` to `end` (both included) fall in each calendar year. */
export function daysPerYear(start: Date, end: Date): Map<number, bigint> {
  const days = new Map<number, bigint>();
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
    const from = Math.max(start.getTime(), Date.UTC(year, 0, 1));
    const to = Math.min(end.getTime(), Date.UTC(year, 11, 31));
    days.set(year, BigInt(Math.round((to - from) / DAY_MS) + 1));
  }
  return days;
}

/** A date that must not lie in the future. */
export function notInFuture(field: string, date: Date, now: Date): Date {
  if (date.getTime() > today(now).getTime()) throw badInput(field, "this date is in the future");
  return date;
}

/** Trimmed text with single spaces, not empty, not longer than `maxLength`, without control characters. */
export function requiredText(field: string, value: string, maxLength: number): string {
  const fault = textFault(value);
  if (fault) throw badInput(field, fault);
  const text = value.trim().replace(/\s+/g, " ");
  if (text === "") throw badInput(field, "this cannot be empty");
  if (text.length > maxLength) throw badInput(field, `this can be at most ${maxLength} characters`);
  return text;
}

/** Optional text: null when empty. */
export function optionalText(field: string, value: string | null | undefined, maxLength: number): string | null {
  if (value == null || value.trim() === "") return null;
  return requiredText(field, value, maxLength);
}
