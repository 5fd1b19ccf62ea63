import { errorsOf } from "@coopgraph/testing";
import { isoInDays } from "@coopgraph/testing";
import { demoId } from "@coopgraph/kit";
import { demoPersonId, seedMembership, type PrismaClient as MembershipPrismaClient } from "@coopgraph/membership";
import { startPlatform, type Caller, type PlatformOptions } from "@coopgraph/testing";
import { subgraph as inclusion } from "../../src/app";
import type { PrismaClient } from "../../src/db";

/**
 * The real platform around inclusion: membership (from its build) with its demo data, inclusion
 * (from source), each on a fresh migrated database, behind the real gateway, all over HTTP.
 * `query` goes through the gateway; `direct` straight to inclusion's own URL (its subgraph API,
 * `_entities` included), as an attacker who reached the subgraph would.
 */
export async function startInclusion(options: PlatformOptions = {}) {
  const platform = await startPlatform(["membership", inclusion], options);
  await seedMembership(platform.db.membership);
  const db = platform.db.inclusion as PrismaClient;
  return {
    platform,
    db,
    membershipDb: platform.db.membership as MembershipPrismaClient,
    query: <T = any>(query: string, variables: Record<string, unknown> = {}, caller: Caller | null = { role: "ADMIN" }) => platform.query<T>(query, variables, caller),
    direct: <T = any>(query: string, variables: Record<string, unknown> = {}, caller: Caller | null = { role: "ADMIN" }) =>
      platform.query<T>(query, variables, caller, { subgraph: "inclusion" }),
    publicQuery: <T = any>(query: string, variables: Record<string, unknown> = {}, caller: Caller | null = { role: "PARTNER" }) =>
      platform.query<T>(query, variables, caller, { path: "/public/graphql" }),
    auditCount: (where: Record<string, unknown> = {}) => db.auditRecord.count({ where }),
    stop: () => platform.stop(),
  };
}

export type Inclusion = Awaited<ReturnType<typeof startInclusion>>;

export { errorsOf };

export const coop = (n: number) => demoId("cooperative", n);
export const person = (n: number, k: number) => demoPersonId(n, k);
export { isoInDays };

/** A valid start of an employment placement of person k of demo cooperative n, starting 10 days ago. */
export function placementInput(n: number, k: number, overrides: Record<string, unknown> = {}) {
  return {
    personId: person(n, k),
    cooperativeId: coop(n),
    category: "PHYSICAL_DISABILITY",
    referringService: "HEALTH_AUTHORITY",
    certificationReference: "ASL-TO/2026/0042",
    certificationDate: isoInDays(-30),
    kind: "EMPLOYMENT",
    hoursPerWeek: 24,
    role: "Addetto alle pulizie",
    tutor: "Maria Ferri",
    startDate: isoInDays(-10),
    goals: ["Autonomia negli spostamenti", "Turno completo"],
    ...overrides,
  };
}

export const PLACEMENT_FIELDS = `id category referringService certificationReference certificationDate kind monthlyStipend hoursPerWeek role tutor startDate endDate outcome`;

export const START = `mutation Start($input: StartPlacementInput!) { startPlacement(input: $input) { ${PLACEMENT_FIELDS} person { id } cooperative { id } } }`;
