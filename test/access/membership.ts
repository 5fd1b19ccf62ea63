/**
 * Membership's rows of the access matrix. Cooperative A (demo cooperative 5) is the instance asked;
 * MANAGER_A manages it, MANAGER_B manages cooperative B (demo cooperative 3).
 *
 * - The directory (name, codes, type, status, seat) is for every signed-in caller.
 * - Business records (share capital, DURC, status history): staff, the cooperative's own manager, services.
 * - People (personal data): the same, and inclusion operators; never analysts or partners.
 * - Every write is the consortium's staff's, but people: a manager adds and ends their own cooperative's.
 */
import { partitaIvaCheckDigit } from "@coopgraph/ids";
import { isoDate, today } from "@coopgraph/kit";
import { demoPersonId, personTaxCode } from "@coopgraph/membership";
import { COOP_A, D, F, N, NF, U, type MatrixContext, type SubgraphAccess } from "./matrix";

const PERSON_OF_A = demoPersonId(5, 0);

//                              ADMIN MGR_A MGR_B INCL  ANALYST PARTNER ANON SERVICE
const DIRECTORY     = [D,    D,    D,    D,    D,      D,      U,   D] as const;
const RECORDS       = [D,    D,    N,    N,    N,      N,      U,   D] as const;
const PEOPLE        = [D,    D,    N,    D,    N,      N,      U,   D] as const;
const STAFF_WRITE   = [D,    F,    F,    F,    F,      F,      U,   F] as const;
const PEOPLE_WRITE  = [D,    D,    F,    F,    F,      F,      U,   F] as const;

export const access: SubgraphAccess = {
  rows: {
    //                                       ADMIN MGR_A MGR_B INCL ANALYST PARTNER ANON SERVICE
    "Query.consortiumCompliance":            DIRECTORY,
    "Query.cooperatives":                    DIRECTORY,
    "Query.cooperative":                     DIRECTORY,
    "Query.person":                          PEOPLE,

    "Cooperative.id":                        DIRECTORY,
    "Cooperative.name":                      DIRECTORY,
    "Cooperative.taxCode":                   DIRECTORY,
    "Cooperative.alboNumber":                DIRECTORY,
    "Cooperative.type":                      DIRECTORY,
    "Cooperative.status":                    DIRECTORY,
    "Cooperative.municipality":              DIRECTORY,
    "Cooperative.province":                  DIRECTORY,
    "Cooperative.region":                    DIRECTORY,
    "Cooperative.atecoCodes":                DIRECTORY,
    "Cooperative.admissionDate":             DIRECTORY,
    "Cooperative.shareCapital":              RECORDS,
    "Cooperative.durcValidUntil":            RECORDS,
    "Cooperative.hasValidDurc":              RECORDS,
    "Cooperative.statusHistory":             RECORDS,
    "Cooperative.durcs":                     RECORDS,
    "Cooperative.people":                    PEOPLE,
    "Cooperative.workforce":                 PEOPLE,

    "Person.id":                             PEOPLE,
    "Person.firstName":                      PEOPLE,
    "Person.lastName":                       PEOPLE,
    "Person.taxCode":                        PEOPLE,
    "Person.role":                           PEOPLE,
    "Person.startDate":                      PEOPLE,
    "Person.endDate":                        PEOPLE,
    "Person.cooperative":                    PEOPLE,

    "Mutation.applyForMembership":           STAFF_WRITE,
    "Mutation.decideMembershipApplication":  STAFF_WRITE,
    "Mutation.changeCooperativeStatus":      STAFF_WRITE,
    "Mutation.recordShareCapital":           STAFF_WRITE,
    "Mutation.recordDurc":                   STAFF_WRITE,
    "Mutation.addPerson":                    PEOPLE_WRITE,
    // A manager of another cooperative is not told that the person exists.
    "Mutation.endPerson":                    [D,    D,    NF,   F,   F,      F,      U,   F],
  },

  entities: {
    Cooperative: { via: "cooperative(id: $id) { %s }", id: COOP_A },
    Person: { via: "person(id: $id) { %s }", id: PERSON_OF_A },
  },

  operations: {
    "Cooperative.workforce": { args: () => ({ month: isoDate(today()).slice(0, 7) }) },
    // A person who has left: the demo people are all still there.
    "Person.endDate": { id: (ctx) => personWhoLeft(ctx) },
    "Mutation.applyForMembership": { args: (ctx) => ({ input: application(ctx) }) },
    "Mutation.decideMembershipApplication": {
      args: async (ctx) => ({ input: { cooperativeId: await applicant(ctx), decision: "REJECT", resolutionNumber: `CdA ${ctx.unique()}`, resolutionDate: day() } }),
    },
    "Mutation.changeCooperativeStatus": {
      args: async (ctx) => ({ input: { cooperativeId: await member(ctx), status: "SUSPENDED", reason: "quota sociale non versata" } }),
    },
    "Mutation.recordShareCapital": { args: { input: { cooperativeId: COOP_A, kind: "SUBSCRIPTION", amount: "100.00", date: day() } } },
    "Mutation.recordDurc": { args: (ctx) => ({ input: { cooperativeId: COOP_A, issueDate: day(), protocolNumber: `INPS_${90_000_000 + ctx.unique()}` } }) },
    "Mutation.addPerson": { args: (ctx) => ({ input: newPerson(ctx) }) },
    "Mutation.endPerson": { args: async (ctx) => ({ input: { personId: await addedPerson(ctx), endDate: day() } }) },
  },
};

function day(): string {
  return isoDate(today());
}

/** A new applicant's application, with codes nobody holds yet. */
export function application(ctx: MatrixContext) {
  const n = ctx.unique();
  const first10 = `${String(7_000_000 + n).padStart(7, "0")}016`;
  return {
    name: `Cooperativa di prova ${n}`,
    taxCode: first10 + partitaIvaCheckDigit(first10),
    alboNumber: `A${String(900_000 + n).padStart(6, "0")}`,
    type: "B",
    municipality: "Bergamo",
    province: "BG",
    atecoCodes: ["81.29.10"],
    requestedShareCapital: "500.00",
  };
}

const APPLY = "mutation ($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }";

async function applicant(ctx: MatrixContext): Promise<string> {
  return (await ctx.admin(APPLY, { input: application(ctx) })).applyForMembership.id;
}

/** A cooperative admitted today. */
async function member(ctx: MatrixContext): Promise<string> {
  const id = await applicant(ctx);
  await ctx.admin("mutation ($input: DecideMembershipApplicationInput!) { decideMembershipApplication(input: $input) { id } }", {
    input: { cooperativeId: id, decision: "ADMIT", resolutionNumber: `CdA ${ctx.unique()}`, resolutionDate: day() },
  });
  return id;
}

/** A worker member of cooperative A with a codice fiscale nobody else has. */
export function newPerson(ctx: MatrixContext, cooperativeId = COOP_A) {
  const n = ctx.unique();
  const birth = new Date(Date.UTC(1950 + (n % 50), n % 12, 1 + (n % 28)));
  const [firstName, lastName] = [`Prova${String.fromCharCode(65 + (n % 26))}`, `Accesso${String.fromCharCode(65 + ((n * 7) % 26))}`];
  return { cooperativeId, firstName, lastName, taxCode: personTaxCode(firstName, lastName, n % 2 ? "M" : "F", birth, "A794"), role: "WORKER_MEMBER", startDate: "2020-01-01" };
}

async function addedPerson(ctx: MatrixContext): Promise<string> {
  return (await ctx.admin("mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }", { input: newPerson(ctx) })).addPerson.id;
}

let left: Promise<string> | undefined;
function personWhoLeft(ctx: MatrixContext): Promise<string> {
  return (left ??= (async () => {
    const id = await addedPerson(ctx);
    await ctx.admin("mutation ($input: EndPersonInput!) { endPerson(input: $input) { id } }", { input: { personId: id, endDate: day() } });
    return id;
  })());
}
