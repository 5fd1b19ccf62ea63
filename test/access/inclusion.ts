/**
 * Inclusion's rows of the access matrix, on its demo data: cooperative A (demo cooperative 5, type
 * AB) has two open placements, demo placement 12 of its person 0 and 13 of its person 1;
 * cooperative B (demo cooperative 3) has none.
 *
 * - Placements and their plans are special-category data (GDPR art. 9): the consortium's staff,
 *   inclusion operators and the manager of the placement's own cooperative; never analysts,
 *   partners or services, by any path. The guarded queries refuse those roles outright; the
 *   extensions of Cooperative and Person answer them null. Every read is audited.
 * - A cooperative's 30% verdict (head counts, no person): the same readers and services, which
 *   procurement asks for reserved contracts; null for the rest.
 * - The statistics (small cells suppressed) are every signed-in caller's, the only view of
 *   placements analysts and partners get; the watchlist is staff's and inclusion operators';
 *   the audit log the staff's alone.
 * - Writes: the readers, each within what they read; another cooperative's manager is refused the
 *   start and is not told that a placement exists to end or review.
 */
import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { COOP_A, D, F, N, NF, U, type MatrixContext, type SubgraphAccess } from "./matrix";
import { newPerson } from "./membership";

const PLACEMENT_OF_A = demoId("placement", 12);

//                              ADMIN MGR_A MGR_B INCL  ANALYST PARTNER ANON SERVICE
const PLACEMENTS    = [D,    D,    N,    D,    F,      F,      U,   F] as const;
const EXTENSION     = [D,    D,    N,    D,    N,      N,      U,   N] as const;
const COMPLIANCE    = [D,    D,    N,    D,    N,      N,      U,   D] as const;
const SIGNED_IN     = [D,    D,    D,    D,    D,      D,      U,   D] as const;
const WATCHERS      = [D,    F,    F,    D,    F,      F,      U,   F] as const;
const STAFF         = [D,    F,    F,    F,    F,      F,      U,   F] as const;
const START         = [D,    D,    F,    D,    F,      F,      U,   F] as const;
const MANAGE        = [D,    D,    NF,   D,    F,      F,      U,   F] as const;

export const access: SubgraphAccess = {
  rows: {
    //                                       ADMIN MGR_A MGR_B INCL ANALYST PARTNER ANON SERVICE
    "Query.auditLog":                        STAFF,
    "Query.inclusionWatchlist":              WATCHERS,
    // Cooperative B has no placement: its manager's page is empty.
    "Query.placements":                      PLACEMENTS,
    "Query.placement":                       PLACEMENTS,
    "Query.inclusionStats":                  SIGNED_IN,

    "Cooperative.inclusionCompliance":       COMPLIANCE,
    "Cooperative.placements":                EXTENSION,
    // Membership shows a service the person; inclusion shows it no placement.
    "Person.placements":                     EXTENSION,

    "Placement.id":                          PLACEMENTS,
    "Placement.category":                    PLACEMENTS,
    "Placement.referringService":            PLACEMENTS,
    "Placement.certificationReference":      PLACEMENTS,
    "Placement.certificationDate":           PLACEMENTS,
    "Placement.kind":                        PLACEMENTS,
    "Placement.monthlyStipend":              PLACEMENTS,
    "Placement.hoursPerWeek":                PLACEMENTS,
    "Placement.role":                        PLACEMENTS,
    "Placement.tutor":                       PLACEMENTS,
    "Placement.startDate":                   PLACEMENTS,
    "Placement.endDate":                     PLACEMENTS,
    "Placement.outcome":                     PLACEMENTS,
    "Placement.person":                      PLACEMENTS,
    "Placement.cooperative":                 PLACEMENTS,
    "Placement.plan":                        PLACEMENTS,

    "Mutation.startPlacement":               START,
    "Mutation.endPlacement":                 MANAGE,
    "Mutation.addPlanReview":                MANAGE,
  },

  entities: {
    Placement: { via: "placement(id: $id) { %s }", id: PLACEMENT_OF_A },
  },

  operations: {
    // The whole verdict: its ratios are four-decimal Rates.
    "Cooperative.inclusionCompliance": { args: () => ({ month: day().slice(0, 7) }), selection: "{ month workers disadvantagedWorkers ratio requiredRatio compliant margin }" },
    "Query.inclusionWatchlist": { args: () => ({ month: day().slice(0, 7) }) },
    "Query.inclusionStats": { args: () => ({ year: today().getUTCFullYear() }) },
    // A read of a placement first, so that the log has something to show whatever runs before.
    "Query.auditLog": {
      args: async (ctx) => {
        await ctx.admin("query ($id: ID!) { placement(id: $id) { id } }", { id: PLACEMENT_OF_A });
        return { filter: { recordId: PLACEMENT_OF_A } };
      },
    },
    // An ended traineeship of cooperative A: the demo ones of A are open employments.
    "Placement.monthlyStipend": { id: (ctx) => endedTraineeship(ctx) },
    "Placement.endDate": { id: (ctx) => endedTraineeship(ctx) },
    "Placement.outcome": { id: (ctx) => endedTraineeship(ctx) },
    "Mutation.startPlacement": { args: async (ctx) => ({ input: placementInput(await workerOfA(ctx)) }) },
    "Mutation.endPlacement": { args: async (ctx) => ({ input: { placementId: await openPlacement(ctx), endDate: day(), outcome: "ENDED" } }) },
    "Mutation.addPlanReview": { args: { input: { placementId: PLACEMENT_OF_A, date: day(), progressNote: "Presenza regolare; obiettivi in linea con il progetto." } } },
  },
};

function day(): string {
  return isoDate(today());
}

/** A placement of `personId` in cooperative A, started a month ago. */
export function placementInput(personId: string, kind: "EMPLOYMENT" | "TRAINEESHIP" = "EMPLOYMENT") {
  return {
    personId,
    cooperativeId: COOP_A,
    category: "ADDICTION",
    referringService: "ADDICTION_SERVICE",
    certificationReference: "PROT-2026/0042",
    certificationDate: isoDate(addDays(today(), -40)),
    kind,
    ...(kind === "TRAINEESHIP" ? { monthlyStipend: "450.00" } : {}),
    hoursPerWeek: 20,
    role: "Addetto al magazzino",
    tutor: "Maria Ferri",
    startDate: isoDate(addDays(today(), -30)),
    goals: ["Continuità della presenza"],
  };
}

const ADD_PERSON = "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }";
const START_PLACEMENT = "mutation ($input: StartPlacementInput!) { startPlacement(input: $input) { id } }";
const END_PLACEMENT = "mutation ($input: EndPlacementInput!) { endPlacement(input: $input) { id } }";

/** A new worker member of cooperative A, with no placement. */
async function workerOfA(ctx: MatrixContext): Promise<string> {
  return (await ctx.admin(ADD_PERSON, { input: newPerson(ctx) })).addPerson.id;
}

/** A new open placement in cooperative A. */
async function openPlacement(ctx: MatrixContext, kind: "EMPLOYMENT" | "TRAINEESHIP" = "EMPLOYMENT"): Promise<string> {
  return (await ctx.admin(START_PLACEMENT, { input: placementInput(await workerOfA(ctx), kind) })).startPlacement.id;
}

let ended: Promise<string> | undefined;
function endedTraineeship(ctx: MatrixContext): Promise<string> {
  return (ended ??= (async () => {
    const id = await openPlacement(ctx, "TRAINEESHIP");
    await ctx.admin(END_PLACEMENT, { input: { placementId: id, endDate: day(), outcome: "HIRED" } });
    return id;
  })());
}
