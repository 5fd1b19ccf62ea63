import type { Identity, Role } from "@coopgraph/identity";
import type { AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "./errors";
import type { BaseContext } from "./context";

/**
 * type-graphql's `@Authorized(...roles)`: anonymous callers are UNAUTHENTICATED, callers of
 * another role are FORBIDDEN. `@Authorized()` with no roles means any signed-in caller.
 * Row rules (whose data) live with each entity, on top of this.
 */
export const authChecker: AuthChecker<BaseContext, Role> = ({ context }, roles) => {
  const identity = context.identity;
  if (!identity) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(identity.role)) {
    throw forbidden(`this needs one of the roles ${roles.join(", ")}; you are ${identity.role}`);
  }
  return true;
};

/** The caller, or UNAUTHENTICATED. */
export function requireIdentity(context: Pick<BaseContext, "identity">): Identity {
  if (!context.identity) throw unauthenticated();
  return context.identity;
}

/** The caller if their role is one of `roles`, else FORBIDDEN (or UNAUTHENTICATED). */
export function requireRole(context: BaseContext, ...roles: Role[]): Identity {
  const identity = requireIdentity(context);
  if (!roles.includes(identity.role)) throw forbidden(`this needs one of the roles ${roles.join(", ")}; you are ${identity.role}`);
  return identity;
}

/** Row rule: may this caller see the data of this cooperative's own records (people, loans, placements...)? */
export function canSeeCooperativeRecords(identity: Identity | null, cooperativeId: string): boolean {
  if (!identity) return false;
  if (identity.role === "ADMIN" || identity.role === "SERVICE") return true;
  return identity.role === "COOP_MANAGER" && identity.coopId === cooperativeId;
}

/** An entity's `__resolveReference` for a signed-in caller only: anonymous lookups of entities are UNAUTHENTICATED. */
export function signedInReference<C extends BaseContext, T>(resolve: (ref: { id: string }, ctx: C) => T | Promise<T>) {
  return (ref: { id: string }, ctx: C): T | Promise<T> => {
    if (!ctx.identity) throw unauthenticated();
    return resolve(ref, ctx);
  };
}
