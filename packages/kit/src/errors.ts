import { GraphQLError } from "graphql";

/** The error codes a client can meet (README, "Conventions"); every error a client sees carries one. */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "SERVICE_UNAVAILABLE";

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Bad input: `field` is the input path at fault, e.g. `input.taxCode`. */
export function badInput(field: string, message: string): GraphQLError {
  return appError("BAD_USER_INPUT", message, { field });
}
export const unauthenticated = (message = "sign in: this needs a valid token") => appError("UNAUTHENTICATED", message);
export const forbidden = (message = "your role does not allow this") => appError("FORBIDDEN", message);
export const notFound = (what: string, id: string) => appError("NOT_FOUND", `${what} ${id} does not exist`, { id });
export const conflict = (message: string, extensions: Record<string, unknown> = {}) => appError("CONFLICT", message, extensions);
/** Another service this write depends on could not answer: nothing was written. */
export const serviceUnavailable = (message: string) => appError("SERVICE_UNAVAILABLE", message);

/**
 * Validates one input value with an identifier check (from @coopgraph/ids or alike) and
 * returns the normalised value, or throws BAD_USER_INPUT naming the field.
 */
export function checked(field: string, value: string, check: (input: string) => { ok: true; value: string } | { ok: false; reason: string }): string {
  const result = check(value);
  if (!result.ok) throw badInput(field, result.reason);
  return result.value;
}

/** A Prisma unique-constraint violation (P2002): someone else already holds this value. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids: anything else cannot name a row, so it is looked up as absent, not sent to SQL. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The row `find` gives for `id`, or NOT_FOUND naming `what` (an id that is not a uuid names no
 * row, and is not sent to SQL): the first step of a command that changes one row.
 */
export async function foundById<Row>(what: string, id: string, find: (id: string) => Promise<Row | null>): Promise<Row> {
  const row = isUuid(id) ? await find(id) : null;
  if (!row) throw notFound(what, id);
  return row;
}
