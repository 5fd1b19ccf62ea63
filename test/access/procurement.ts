/**
 * Procurement's rows of the access matrix, on its demo data: tender 11 (CONTRACT_SIGNED) and its
 * contract, of which cooperative A (MANAGER_A's) executes 50%; cooperative B has no share of it.
 *
 * - Tenders once published are public: every signed-in caller; notes are the staff's, the status
 *   history the staff's and services'.
 * - Awarded contracts and who executes them: staff, services, analysts and partners; a manager
 *   reads the contracts of their own cooperative, and only their own share; inclusion operators nothing.
 * - Group purchases: staff, services, managers and analysts; not partners nor inclusion operators.
 * - Every write is the staff's, but a manager places orders for their own cooperative.
 */
import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { COOP_A, D, F, N, U, type MatrixContext, type SubgraphAccess } from "./matrix";

const TENDER = demoId("tender", 11);
const CONTRACT = demoId("contract", 11);
const ASSIGNMENT_OF_A = demoId("assignment", 11 * 100 + 5);
const GROUP_PURCHASE = demoId("groupPurchase", 1);

//                              ADMIN MGR_A MGR_B INCL  ANALYST PARTNER ANON SERVICE
const SIGNED_IN     = [D,    D,    D,    D,    D,      D,      U,   D] as const;
const CONTRACT_OF_A = [D,    D,    N,    N,    D,      D,      U,   D] as const;
const STAFF         = [D,    N,    N,    N,    N,      N,      U,   D] as const;
const PURCHASERS    = [D,    D,    D,    F,    D,      F,      U,   D] as const;
const STAFF_WRITE   = [D,    F,    F,    F,    F,      F,      U,   F] as const;

export const access: SubgraphAccess = {
  rows: {
    //                                       ADMIN MGR_A MGR_B INCL ANALYST PARTNER ANON SERVICE
    "Query.tenders":                         SIGNED_IN,
    "Query.tender":                          SIGNED_IN,
    // Inclusion operators get an empty list: no contract is theirs to see.
    "Query.contracts":                       [D,    D,    D,    N,   D,      D,      U,   D],
    "Query.contract":                        CONTRACT_OF_A,
    "Query.groupPurchases":                  PURCHASERS,
    "Query.groupPurchase":                   PURCHASERS,

    "Cooperative.assignments":               CONTRACT_OF_A,
    "Cooperative.contractValue":             CONTRACT_OF_A,

    "Tender.id":                             SIGNED_IN,
    "Tender.cig":                            SIGNED_IN,
    "Tender.cup":                            SIGNED_IN,
    "Tender.title":                          SIGNED_IN,
    "Tender.object":                         SIGNED_IN,
    "Tender.procedure":                      SIGNED_IN,
    "Tender.baseAmount":                     SIGNED_IN,
    "Tender.deadline":                       SIGNED_IN,
    "Tender.status":                         SIGNED_IN,
    "Tender.createdAt":                      SIGNED_IN,
    "Tender.buyer":                          SIGNED_IN,
    "Tender.lots":                           SIGNED_IN,
    "Tender.notes":                          [D,    N,    N,    N,   N,      N,      U,   N],
    "Tender.statusHistory":                  STAFF,
    "Tender.contract":                       CONTRACT_OF_A,

    "Contract.id":                           CONTRACT_OF_A,
    "Contract.value":                        CONTRACT_OF_A,
    "Contract.startDate":                    CONTRACT_OF_A,
    "Contract.endDate":                      CONTRACT_OF_A,
    "Contract.awardedOn":                    CONTRACT_OF_A,
    "Contract.signedOn":                     CONTRACT_OF_A,
    "Contract.tender":                       CONTRACT_OF_A,
    "Contract.assignments":                  CONTRACT_OF_A,
    "Contract.assignedPercent":              CONTRACT_OF_A,

    "Assignment.id":                         CONTRACT_OF_A,
    "Assignment.sharePercent":               CONTRACT_OF_A,
    "Assignment.assignedOn":                 CONTRACT_OF_A,
    "Assignment.cooperative":                CONTRACT_OF_A,
    "Assignment.contract":                   CONTRACT_OF_A,
    "Assignment.amount":                     CONTRACT_OF_A,

    "Mutation.createTender":                 STAFF_WRITE,
    "Mutation.changeTenderStatus":           STAFF_WRITE,
    "Mutation.awardTender":                  STAFF_WRITE,
    "Mutation.assignContract":               STAFF_WRITE,
    "Mutation.createGroupPurchase":          STAFF_WRITE,
    "Mutation.placeGroupOrder":              [D,    D,    F,    F,   F,      F,      U,   F],
  },

  entities: {
    Tender: { via: "tender(id: $id) { %s }", id: TENDER },
    Contract: { via: "contract(id: $id) { %s }", id: CONTRACT },
    // Assignments have no query of their own: cooperative A's share of contract 11.
    Assignment: { via: "contract(id: $id) { assignments(first: 100) { nodes { %s } } }", id: ASSIGNMENT_OF_A, viaId: CONTRACT },
  },

  operations: {
    "Cooperative.contractValue": { args: () => ({ year: today().getUTCFullYear() }) },
    // Instances where the field has a value: tender 12 has a CUP, tender 5 notes, tender 3 lots.
    "Tender.cup": { id: demoId("tender", 12) },
    "Tender.notes": { id: demoId("tender", 5) },
    "Tender.lots": { id: demoId("tender", 3) },
    "Query.groupPurchase": { id: GROUP_PURCHASE },
    "Mutation.createTender": { args: (ctx) => ({ input: tender(ctx) }) },
    "Mutation.changeTenderStatus": { args: async (ctx) => ({ input: { tenderId: await tenderAt(ctx, "DRAFT"), status: "PUBLISHED" } }) },
    "Mutation.awardTender": { args: async (ctx) => ({ input: award(await tenderAt(ctx, "BID_SUBMITTED")) }) },
    "Mutation.assignContract": {
      args: async (ctx) => ({ input: { contractId: await awardedContract(ctx), assignments: [{ cooperativeId: demoId("cooperative", 2), sharePercent: "100" }] } }),
    },
    "Mutation.createGroupPurchase": { args: { input: { item: "Sacchi per rifiuti", unit: "rotolo da 20", unitPrice: "3.40", closesOn: inDays(10) } } },
    "Mutation.placeGroupOrder": { args: { input: { groupPurchaseId: GROUP_PURCHASE, cooperativeId: COOP_A, quantity: 2 } } },
  },
};

function inDays(days: number): string {
  return isoDate(addDays(today(), days));
}

/** A tender with a CIG nobody holds yet. */
export function tender(ctx: MatrixContext) {
  return {
    cig: `M${String(process.pid % 10_000).padStart(4, "0")}${String(ctx.unique()).padStart(5, "0")}`,
    title: "Pulizia dei centri civici",
    object: "SERVICES",
    procedure: "OPEN",
    buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
    baseAmount: "180000.00",
    deadline: inDays(30),
  };
}

const award = (tenderId: string) => ({ tenderId, value: "170000.00", startDate: inDays(30), endDate: inDays(395) });

/** A new tender moved up to `status` through the graph. */
export async function tenderAt(ctx: MatrixContext, status: "DRAFT" | "PUBLISHED" | "BID_SUBMITTED"): Promise<string> {
  const { id } = (await ctx.admin("mutation ($input: CreateTenderInput!) { createTender(input: $input) { id } }", { input: tender(ctx) })).createTender;
  for (const next of ["PUBLISHED", "BID_SUBMITTED"].slice(0, ["DRAFT", "PUBLISHED", "BID_SUBMITTED"].indexOf(status))) {
    await ctx.admin("mutation ($input: ChangeTenderStatusInput!) { changeTenderStatus(input: $input) { id } }", { input: { tenderId: id, status: next } });
  }
  return id;
}

/** The contract of a tender just awarded, not yet assigned. */
export async function awardedContract(ctx: MatrixContext): Promise<string> {
  const tenderId = await tenderAt(ctx, "BID_SUBMITTED");
  return (await ctx.admin("mutation ($input: AwardTenderInput!) { awardTender(input: $input) { id } }", { input: award(tenderId) })).awardTender.id;
}
