import { errorsOf } from "@coopgraph/testing";
import { isoInDays } from "@coopgraph/testing";
import { partitaIvaCheckDigit, regionOfProvince } from "@coopgraph/ids";
import { addDays, demoId, today } from "@coopgraph/kit";
import { durcValidUntil, type CooperativeStatus, type CooperativeType } from "@coopgraph/membership";
import { startPlatform, type Caller, type GraphQLResponse, type PlatformOptions } from "@coopgraph/testing";
import { subgraph as finance } from "../../src/app";
import type { PrismaClient } from "../../src/db";

/**
 * The real platform around finance: membership and procurement from their builds, finance from
 * source, each on a fresh database, behind the real gateway, all over HTTP. What membership and
 * procurement know is what a test writes to their databases.
 */
export async function startFinance(options: PlatformOptions = {}) {
  const platform = await startPlatform(["membership", "procurement", finance], options);
  return {
    platform,
    db: platform.db.finance as PrismaClient,
    membershipDb: platform.db.membership,
    procurementDb: platform.db.procurement,
    /** One operation through the gateway, as ADMIN unless told otherwise. */
    query<T = any>(query: string, variables: Record<string, unknown> = {}, caller: Caller | null = { role: "ADMIN" }): Promise<GraphQLResponse<T>> {
      return platform.query<T>(query, variables, caller);
    },
    stop: () => platform.stop(),
  };
}

export type Finance = Awaited<ReturnType<typeof startFinance>>;

export { errorsOf };

/** The data of an answer that must have succeeded. */
export function dataOf<T = any>(answer: GraphQLResponse<T>): T {
  if (answer.errors?.length || !answer.data) throw new Error(`the operation failed: ${JSON.stringify(errorsOf(answer))}`);
  return answer.data;
}

export interface Member {
  n: number;
  name?: string;
  type?: CooperativeType;
  status?: CooperativeStatus;
}

/** The codice fiscale membership holds for test cooperative n. */
export function memberTaxCode(n: number): string {
  const first10 = `${String(8_000_000 + n).padStart(7, "0")}016`;
  return first10 + partitaIvaCheckDigit(first10);
}

/** Writes cooperatives to membership's own database, so that membership, asked through the gateway, answers with these facts. */
export async function knownToMembership(f: Finance, ...members: Member[]): Promise<string[]> {
  for (const member of members) {
    const id = demoId("cooperative", member.n);
    const facts = {
      name: member.name ?? `Cooperativa ${member.n}`,
      type: member.type ?? "A",
      status: member.status ?? "ACTIVE",
      admissionDate: new Date("2015-03-16T00:00:00.000Z"),
    };
    await f.membershipDb.cooperative.upsert({
      where: { id },
      update: facts,
      create: {
        id,
        ...facts,
        taxCode: memberTaxCode(member.n),
        alboNumber: `A${String(500_000 + member.n).padStart(6, "0")}`,
        municipality: "Bergamo",
        province: "BG",
        region: regionOfProvince("BG")!,
        atecoCodes: ["88.10.00"],
        durcs: { create: { issueDate: addDays(today(), -10), validUntil: durcValidUntil(addDays(today(), -10)), recordedBy: "test" } },
      },
    });
  }
  return members.map((member) => demoId("cooperative", member.n));
}

let cigCounter = 0;
/** A fresh valid CIG per call. */
export function nextCig(): string {
  cigCounter += 1;
  return `F${process.pid.toString(36).toUpperCase().padStart(4, "0").slice(-4)}${String(cigCounter).padStart(5, "0")}`;
}

/**
 * A contract procurement holds (written to its database): awarded for `value`, executed from
 * start to end, assigned to the cooperatives with the shares given.
 */
export async function contractInProcurement(f: Finance, contract: { value: string; startDate: string; endDate: string; shares: [string, string][]; title?: string }) {
  const tender = await f.procurementDb.tender.create({
    data: {
      cig: nextCig(),
      title: contract.title ?? "Manutenzione del verde pubblico",
      object: "SERVICES",
      procedure: "OPEN",
      buyerName: "Comune di Bergamo",
      buyerTaxCode: "80034840167",
      buyerKind: "SUB_CENTRAL_AUTHORITY",
      baseAmount: contract.value,
      deadline: new Date(`${contract.startDate}T00:00:00.000Z`),
      status: "CONTRACT_SIGNED",
      createdBy: "test",
    },
  });
  return f.procurementDb.contract.create({
    data: {
      tenderId: tender.id,
      value: contract.value,
      startDate: new Date(`${contract.startDate}T00:00:00.000Z`),
      endDate: new Date(`${contract.endDate}T00:00:00.000Z`),
      awardedOn: new Date(`${contract.startDate}T00:00:00.000Z`),
      createdBy: "test",
      assignments: {
        create: contract.shares.map(([cooperativeId, sharePercent]) => ({
          cooperativeId,
          sharePercent,
          assignedOn: new Date(`${contract.startDate}T00:00:00.000Z`),
          assignedBy: "test",
        })),
      },
    },
    include: { tender: true },
  });
}

export { isoInDays };
