/**
 * The bad-input sweep, as data: per subgraph (`test/sweep/<subgraph>.ts`), per operation, a valid
 * set of variables and the malformed values to put in place of one of its parts.
 */
import type { MatrixContext } from "../access/matrix";

export type Code = "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND";

/** Values put at `path` (`input.lots.0.baseAmount`; MISSING removes it), each refused with `code` naming `field`. */
export interface Case {
  path: string;
  values: unknown[];
  /** Default BAD_USER_INPUT. */
  code?: Code;
  /** The field the error names: default `path`; null when the error names none (a state that forbids the write). */
  field?: string | null;
  /** Replaces parts of the valid variables for these values (another instance: a DRAFT tender...). */
  with?: Record<string, unknown>;
}

export interface OperationSweep {
  /** The operation, with its variables, e.g. `mutation ($input: CreateTenderInput!) { createTender(input: $input) { id } }`. */
  query: string;
  /** Variables the operation accepts; each case spoils one part of them. */
  valid: (fixtures: Fixtures) => Record<string, unknown>;
  cases: Case[];
}

export type Fixtures = Record<string, any>;

/** One subgraph's part of the sweep: `test/sweep/<subgraph>.ts` exports it as `sweep`. */
export interface SubgraphSweep {
  /** Data the cases need, made before the row counts are taken (as ADMIN, through the gateway). */
  prepare?: (ctx: MatrixContext) => Promise<Fixtures>;
  operations: Record<string, OperationSweep>;
}

/** Stands for a part removed from the variables. */
export const MISSING = Symbol("missing");

/** A copy of `variables` with `value` at `path`. */
export function withValue(variables: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  const keys = path.split(".");
  let node: any = copy;
  for (const key of keys.slice(0, -1)) node = node[key];
  const last = keys[keys.length - 1];
  if (value === MISSING) delete node[last];
  else node[last] = value;
  return copy;
}
