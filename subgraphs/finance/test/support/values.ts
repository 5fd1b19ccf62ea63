import type { GraphQLError } from "graphql";

/** A calendar date as the services store it: UTC midnight. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The error a validation throws, as a client sees it; fails the test when nothing is thrown. */
export function refusal(run: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const e = error as GraphQLError;
    return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
  }
  throw new Error("expected a refusal, but it was accepted");
}

/** The same for a command or anything else that returns a promise. */
export async function refusalOf(run: () => Promise<unknown>): Promise<{ code: unknown; field: unknown; message: string }> {
  try {
    await run();
  } catch (error) {
    const e = error as GraphQLError;
    return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
  }
  throw new Error("expected a refusal, but it was accepted");
}
