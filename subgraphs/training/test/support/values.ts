import { addDays, isoDate, today } from "@coopgraph/kit";
import type { GraphQLError } from "graphql";

/** A calendar date as the services store it: UTC midnight. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Dates as the services see them: the day in Italy. */
export const inDays = (days: number) => addDays(today(), days);
export const isoInDays = (days: number) => isoDate(inDays(days));

/** The error a validation throws, as a client sees it; fails the test when nothing is thrown. */
export function refusal(run: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    run();
  } catch (error) {
    return errorOf(error);
  }
  throw new Error("expected a refusal, but it was accepted");
}

/** The error a command rejects with, as a client sees it; fails the test when it succeeds. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: unknown; field: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    return errorOf(error);
  }
  throw new Error("expected a refusal, but it was accepted");
}

function errorOf(error: unknown) {
  const e = error as GraphQLError;
  if (!e.extensions) throw error;
  return { code: e.extensions.code, field: e.extensions.field, message: e.message };
}
