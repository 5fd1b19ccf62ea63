import { addDays, isoDate, today } from "@coopgraph/kit";
import type { GraphQLError } from "graphql";

/** What a client reads of an error: its code, the input field at fault, its message. */
export interface Refusal {
  code: unknown;
  field: unknown;
  message: string;
}

/** A calendar date as the services store it: UTC midnight. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Dates as the services see them: the day in Italy, `days` from today. */
export const inDays = (days: number) => addDays(today(), days);
export const isoInDays = (days: number) => isoDate(inDays(days));

/** An error as a client sees it (null stays null). */
export function asSeen(error: GraphQLError | null): Refusal | null {
  return error && { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

/** The error a validation throws, as a client sees it; fails the test when nothing is thrown, or something else is. */
export function refusal(run: () => unknown): Refusal {
  try {
    run();
  } catch (error) {
    return clientError(error);
  }
  throw new Error("expected a refusal, but it was accepted");
}

/** The error a command (a promise, or a function returning one) rejects with, as a client sees it; fails the test when it succeeds. */
export async function rejection(work: Promise<unknown> | (() => Promise<unknown>)): Promise<Refusal> {
  try {
    await (typeof work === "function" ? work() : work);
  } catch (error) {
    return clientError(error);
  }
  throw new Error("expected a refusal, but it was accepted");
}

/** Only errors made for clients (with extensions) count as refusals: any other error fails the test as it is. */
function clientError(error: unknown): Refusal {
  const e = error as GraphQLError;
  if (!e?.extensions) throw error;
  return { code: e.extensions.code, field: e.extensions.field, message: e.message };
}

/** The code, field and message of each error of an answer, as a client reads them. */
export function errorsOf(answer: { errors?: { message: string; extensions?: Record<string, any> }[] }): Refusal[] {
  return (answer.errors ?? []).map((e) => ({ code: e.extensions?.code, field: e.extensions?.field, message: e.message }));
}
