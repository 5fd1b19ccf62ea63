import { partitaIvaCheckDigit, regionOfProvince } from "@coopgraph/ids";
import { addDays, demoId, today } from "@coopgraph/kit";
import { durcValidUntil, type CooperativeStatus, type CooperativeType } from "@coopgraph/membership";
import { errorsOf, isoInDays, nextCig, type Procurement } from "./harness";

/** A member cooperative as the test wants membership to hold it. */
export interface Member {
  n: number;
  name: string;
  type: CooperativeType;
  status: CooperativeStatus;
  /** Its DURC on record: one issued 10 days ago ("valid"), one that lapsed ("lapsed"), or none. */
  durc: "valid" | "lapsed" | "none";
}

/** Cooperative n (id demoId("cooperative", n)): an ACTIVE type B member with a valid DURC, unless told otherwise. */
export function cooperative(n: number, facts: Partial<Omit<Member, "n">> = {}): Member {
  return { n, name: `Cooperativa ${n}`, type: "B", status: "ACTIVE", durc: "valid", ...facts };
}

/**
 * Writes the cooperatives to membership's own database (a cooperative row and its DURC), so that
 * membership, asked through the gateway, answers with these facts. Returns their ids.
 */
export async function knownToMembership(p: Procurement, ...cooperatives: Member[]): Promise<string[]> {
  const day = today();
  for (const coop of cooperatives) {
    const id = demoId("cooperative", coop.n);
    const facts = { name: coop.name, type: coop.type, status: coop.status, admissionDate: coop.status === "APPLICANT" ? null : new Date("2015-03-16T00:00:00.000Z") };
    const first10 = `${String(8_000_000 + coop.n).padStart(7, "0")}016`;
    await p.membershipDb.cooperative.upsert({
      where: { id },
      update: facts,
      create: {
        id,
        ...facts,
        taxCode: first10 + partitaIvaCheckDigit(first10),
        alboNumber: `A${String(500_000 + coop.n).padStart(6, "0")}`,
        municipality: "Bergamo",
        province: "BG",
        region: regionOfProvince("BG")!,
        atecoCodes: ["81.29.10"],
      },
    });
    await p.membershipDb.durc.deleteMany({ where: { cooperativeId: id } });
    if (coop.durc !== "none") {
      const issueDate = addDays(day, coop.durc === "lapsed" ? -200 : -10);
      await p.membershipDb.durc.create({ data: { cooperativeId: id, issueDate, validUntil: durcValidUntil(issueDate), recordedBy: "test" } });
    }
  }
  return cooperatives.map((coop) => demoId("cooperative", coop.n));
}

export const CREATE_TENDER = `mutation ($input: CreateTenderInput!) {
  createTender(input: $input) { id cig cup title object procedure baseAmount deadline status notes buyer { name taxCode kind } lots { number title baseAmount cig } }
}`;

export const CHANGE_STATUS = `mutation ($input: ChangeTenderStatusInput!) { changeTenderStatus(input: $input) { id status } }`;

export const AWARD = `mutation ($input: AwardTenderInput!) {
  awardTender(input: $input) { id value startDate endDate awardedOn signedOn assignedPercent tender { id status } }
}`;

export const ASSIGN = `mutation ($input: AssignContractInput!) {
  assignContract(input: $input) {
    id value assignedPercent
    assignments { totalCount nodes { cooperative { id } sharePercent amount assignedOn } }
  }
}`;

export function tenderInput(overrides: Record<string, unknown> = {}) {
  return {
    cig: nextCig(),
    title: "Manutenzione del verde pubblico",
    object: "SERVICES",
    procedure: "OPEN",
    buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
    baseAmount: "180000.00",
    deadline: isoInDays(30),
    ...overrides,
  };
}

function must<T>(answer: { data?: Record<string, any> | null; errors?: unknown[] }, field: string): T {
  if (answer.errors?.length || !answer.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(errorsOf(answer as never))}`);
  return answer.data[field] as T;
}

/** A tender recorded and moved up to `status` (DRAFT, PUBLISHED or BID_SUBMITTED) through the API. */
export async function tenderAt(p: Procurement, status: "DRAFT" | "PUBLISHED" | "BID_SUBMITTED", overrides: Record<string, unknown> = {}): Promise<{ id: string; cig: string }> {
  const tender = must<{ id: string; cig: string }>(await p.query(CREATE_TENDER, { input: tenderInput(overrides) }), "createTender");
  for (const next of ["PUBLISHED", "BID_SUBMITTED"].slice(0, ["DRAFT", "PUBLISHED", "BID_SUBMITTED"].indexOf(status))) {
    must(await p.query(CHANGE_STATUS, { input: { tenderId: tender.id, status: next } }), "changeTenderStatus");
  }
  return tender;
}

/** A tender awarded through the API: its contract, not yet assigned. */
export async function awardedContract(p: Procurement, overrides: Record<string, unknown> = {}, value = "171000.00"): Promise<{ id: string; tenderId: string }> {
  const tender = await tenderAt(p, "BID_SUBMITTED", overrides);
  const contract = must<{ id: string }>(await p.query(AWARD, { input: { tenderId: tender.id, value, startDate: "2026-01-01", endDate: "2026-12-31" } }), "awardTender");
  return { id: contract.id, tenderId: tender.id };
}

export async function assigned(p: Procurement, contractId: string, shares: [string, string][]) {
  return must(await p.query(ASSIGN, { input: { contractId, assignments: shares.map(([cooperativeId, sharePercent]) => ({ cooperativeId, sharePercent })) } }), "assignContract");
}
