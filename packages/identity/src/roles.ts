/** Who is calling: verified from the token by the gateway, and again by every subgraph. */
export const ROLES = ["ADMIN", "COOP_MANAGER", "INCLUSION_OPERATOR", "ANALYST", "PARTNER", "SERVICE"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** A verified caller. `coopId` is set for COOP_MANAGER: the one cooperative they act for. */
export interface Identity {
  sub: string;
  role: Role;
  coopId?: string;
}
