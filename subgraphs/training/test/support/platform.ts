import { errorsOf } from "@coopgraph/testing";
import { partitaIvaCheckDigit, regionOfProvince } from "@coopgraph/ids";
import { demoId } from "@coopgraph/kit";
import { personTaxCode, type CooperativeStatus, type PrismaClient as MembershipPrismaClient } from "@coopgraph/membership";
import { startPlatform, type Caller, type GraphQLResponse, type Platform, type PlatformOptions } from "@coopgraph/testing";
import { subgraph as training } from "../../src/app";
import type { PrismaClient } from "../../src/db";
import { day } from "@coopgraph/testing";

/**
 * The real platform around training: membership (from its build) and training (from source), each
 * on a fresh migrated database, behind the real gateway, all over HTTP. Training asks membership
 * through the gateway, so what membership knows is what a test writes to its database.
 */
export async function startTraining(options: PlatformOptions = {}) {
  const platform = await startPlatform(["membership", training], options);
  return {
    platform,
    db: platform.db.training as PrismaClient,
    membershipDb: platform.db.membership as MembershipPrismaClient,
    /** Sends one operation through the gateway as `caller` (ADMIN by default). */
    query: <T = any>(query: string, variables: Record<string, unknown> = {}, caller: Caller | null = { role: "ADMIN" }) => platform.query<T>(query, variables, caller),
    stop: () => platform.stop(),
  };
}
export type Training = Awaited<ReturnType<typeof startTraining>>;

const PROVINCES = ["BG", "MI", "BO", "NA"];

/**
 * Writes cooperative n (id demoId("cooperative", n)) and `people` of its people (person k has id
 * demoId("person", n * 100 + k)) straight into membership's database, so that membership, asked
 * through the gateway, answers with these facts. Returns the people's ids.
 */
export async function knownToMembership(
  membership: MembershipPrismaClient,
  n: number,
  people: number,
  facts: { status?: CooperativeStatus; name?: string; province?: string; leftOn?: Record<number, string> } = {},
): Promise<string[]> {
  const id = demoId("cooperative", n);
  const province = facts.province ?? PROVINCES[n % PROVINCES.length];
  const first10 = `${String(7_000_000 + n).padStart(7, "0")}016`;
  await membership.cooperative.upsert({
    where: { id },
    update: { status: facts.status ?? "ACTIVE", name: facts.name ?? `Cooperativa ${n}` },
    create: {
      id,
      name: facts.name ?? `Cooperativa ${n}`,
      type: "A",
      status: facts.status ?? "ACTIVE",
      taxCode: first10 + partitaIvaCheckDigit(first10),
      alboNumber: `A${String(600_000 + n).padStart(6, "0")}`,
      municipality: "Comune",
      province,
      region: regionOfProvince(province)!,
      atecoCodes: ["88.10.00"],
      admissionDate: day("2015-03-16"),
    },
  });
  const rows = Array.from({ length: people }, (_, k) => {
    const birth = new Date(Date.UTC(1970 + (k % 30), k % 12, 1 + (k % 28)));
    const firstName = `Nome${k}`;
    const lastName = `Cognome${n}`;
    return {
      id: demoId("person", n * 100 + k),
      cooperativeId: id,
      firstName,
      lastName,
      taxCode: personTaxCode(firstName, lastName, "M", birth, "A794"),
      role: "WORKER_MEMBER" as const,
      startDate: day("2015-03-16"),
      endDate: facts.leftOn?.[k] ? day(facts.leftOn[k]) : null,
    };
  });
  await membership.person.createMany({ data: rows, skipDuplicates: true });
  return rows.map((row) => row.id);
}

export { errorsOf };

export function must<T = any>(answer: GraphQLResponse, field: string): T {
  if (answer.errors?.length || !answer.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(errorsOf(answer))}`);
  return answer.data[field] as T;
}

export type { Platform };
