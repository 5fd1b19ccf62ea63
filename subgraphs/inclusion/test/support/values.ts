import type { GraphQLError } from "graphql";

/** A calendar date as the services store it: UTC midnight. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** An error as a client sees it. */
export function asSeen(error: GraphQLError | null) {
  return error && { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

/** The error a validation throws, as a client sees it; fails the test when nothing is thrown. */
export function refusal(run: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    run();
  } catch (error) {
    return asSeen(error as GraphQLError)!;
  }
  throw new Error("expected a refusal, but it was accepted");
}

/** The error a command rejects with, as a client sees it; fails the test when it succeeds. */
export async function refusalOf(promise: Promise<unknown>): Promise<{ code: unknown; field: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    return asSeen(error as GraphQLError)!;
  }
  throw new Error("expected a refusal, but it was accepted");
}
