import { addDays, demoId, isoDate, today } from "@coopgraph/kit";
import { type GraphQLResponse, startPlatform, type Platform } from "@coopgraph/testing";

type PeoplePage = { cooperative: { people: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
import { subgraph as membership } from "../src/app";
import { personTaxCode, seedMembership } from "../src/seed";
import { partitaIvaCheckDigit } from "@coopgraph/ids";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform([membership]);
  await seedMembership(platform.db.membership);
});
afterAll(() => platform?.stop());

const coop1 = demoId("cooperative", 1);
const coop2 = demoId("cooperative", 2);

function validPartitaIva(n: number): string {
  const first10 = `${String(9_000_000 + n).padStart(7, "0")}015`;
  return first10 + partitaIvaCheckDigit(first10);
}

const APPLY = `mutation($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) { id name taxCode alboNumber type status province region atecoCodes }
}`;
const application = (overrides: Record<string, unknown> = {}) => ({
  name: "  La Nuova Aurora   Società Cooperativa Sociale ",
  taxCode: validPartitaIva(1),
  alboNumber: "a 654321",
  type: "B",
  municipality: "Monza",
  province: "mb",
  atecoCodes: ["81.29.10"],
  requestedShareCapital: "1500.00",
  ...overrides,
});

describe("the service", () => {
  it("verifies the token again itself, refusing a bad one with 401 UNAUTHENTICATED", async () => {
    const res = await platform.query(`{ cooperatives { totalCount } }`, {}, null, { subgraph: "membership", headers: { authorization: "Bearer forged.token.here" } });
    expect(res.status).toBe(401);
    expect(res.errors).toEqual([{ message: "The access token was refused: the token is not valid.", extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }]);
  });

  it("says it is alive and ready, with its database", async () => {
    const base = platform.subgraphUrls.membership.replace(/\/graphql$/, "");
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: "ok", service: "membership" });
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: "ready", service: "membership" });
  });
});

describe("the member directory", () => {
  it("lists cooperatives by name with their count, through the gateway", async () => {
    const res = await platform.query(`{ cooperatives(first: 3) { totalCount nodes { name type status province region } pageInfo { hasNextPage } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.cooperatives).toEqual({
      totalCount: 34,
      nodes: [
        { name: "Arcobaleno Società Cooperativa Sociale", type: "A", status: "ACTIVE", province: "BO", region: "Emilia-Romagna" },
        { name: "Casa Aperta Società Cooperativa Sociale", type: "B", status: "APPLICANT", province: "BS", region: "Lombardia" },
        { name: "Consorzio Sociale Valli Unite", type: "CONSORTIUM", status: "ACTIVE", province: "PG", region: "Umbria" },
      ],
      pageInfo: { hasNextPage: true },
    });
  });

  it("pages with cursors and filters by status, type and province", async () => {
    const first = await platform.query(
      `{ cooperatives(first: 2, filter: { status: [ACTIVE], type: [B, AB] }) { totalCount edges { cursor node { name type status } } pageInfo { endCursor hasNextPage } } }`,
    );
    const after = first.data.cooperatives.pageInfo.endCursor;
    const next = await platform.query(`query($after: String) { cooperatives(first: 2, after: $after, filter: { status: [ACTIVE], type: [B, AB] }) { nodes { name } } }`, { after });
    expect(first.data.cooperatives.totalCount).toBe(15 + 1);
    expect(next.data.cooperatives.nodes.map((n: { name: string }) => n.name)).not.toContain(first.data.cooperatives.edges[1].node.name);
    const milan = await platform.query(`{ cooperatives(filter: { province: "mi" }) { totalCount nodes { province } } }`);
    expect(milan.data.cooperatives.totalCount).toBe(2);
  });

  it("refuses a cursor it did not give out", async () => {
    const forged = Buffer.from("c1:not-a-row").toString("base64url");
    const res = await platform.query(`query($after: String) { cooperatives(first: 2, after: $after) { totalCount } }`, { after: forged });
    expect(res.errors?.[0]).toMatchObject({ message: "this cursor is not one this list gave out", extensions: { code: "BAD_USER_INPUT", field: "after" } });
  });

  it("shows partners and analysts members and former members, not applications", async () => {
    for (const role of ["PARTNER", "ANALYST"] as const) {
      const res = await platform.query(`{ all: cooperatives { totalCount } applicants: cooperatives(filter: { status: [APPLICANT] }) { totalCount } }`, {}, { role });
      expect(res.data).toEqual({ all: { totalCount: 31 }, applicants: { totalCount: 0 } });
      const applicant = await platform.query(`query($id: ID!) { cooperative(id: $id) { name } }`, { id: demoId("cooperative", 29) }, { role });
      expect(applicant.data).toEqual({ cooperative: null });
    }
    const staff = await platform.query(`{ cooperatives(filter: { status: [APPLICANT] }) { totalCount } }`);
    expect(staff.data.cooperatives.totalCount).toBe(3);
  });

  it("keeps share capital, DURCs and status history from partners, analysts and other cooperatives' managers", async () => {
    const Q = `query($id: ID!) { cooperative(id: $id) { name shareCapital { paid } durcs { issueDate } durcValidUntil hasValidDurc statusHistory { changedBy } } }`;
    for (const caller of [{ role: "PARTNER" }, { role: "ANALYST" }, { role: "COOP_MANAGER", coopId: coop2 }] as const) {
      const res = await platform.query(Q, { id: coop1 }, caller);
      expect(res.data).toEqual({
        cooperative: { name: "Il Girasole Società Cooperativa Sociale", shareCapital: null, durcs: null, durcValidUntil: null, hasValidDurc: null, statusHistory: null },
      });
    }
    const own = await platform.query(Q, { id: coop1 }, { role: "COOP_MANAGER", coopId: coop1 });
    expect(own.data.cooperative.shareCapital).toEqual({ paid: "1500.00" });
  });

  it("refuses more than 100 items a page, naming the argument", async () => {
    const res = await platform.query(`{ cooperatives(first: 101) { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({ message: "first can be at most 100; page through longer lists with after", extensions: { code: "BAD_USER_INPUT", field: "first" } });
  });

  it("answers no one without a token", async () => {
    const res = await platform.query(`{ cooperatives(first: 5) { totalCount } }`, {}, null);
    expect(res.data?.cooperatives ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("computes the consortium's 70% indicator over its members", async () => {
    const res = await platform.query(`{ consortiumCompliance { members socialCooperatives ratio threshold compliant } }`, {}, { role: "PARTNER" });
    expect(res.data.consortiumCompliance).toEqual({ members: 30, socialCooperatives: 29, ratio: "0.9667", threshold: "0.70", compliant: true });
  });
});

describe("applying for membership", () => {
  it("refuses a partita IVA whose check digit is wrong, naming the field, and writes nothing", async () => {
    const before = await platform.db.membership.cooperative.count();
    const wrong = validPartitaIva(2).slice(0, 10) + String((Number(validPartitaIva(2)[10]) + 1) % 10);
    const res = await platform.query(APPLY, { input: application({ taxCode: wrong }) });
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.taxCode" });
    expect(res.errors![0].message).toMatch(/check digit/);
    expect(await platform.db.membership.cooperative.count()).toBe(before);
    expect(await platform.db.membership.statusChange.count({ where: { cooperative: { taxCode: wrong } } })).toBe(0);
  });

  it.each([
    ["input.province", { province: "XX" }],
    ["input.alboNumber", { alboNumber: "B123456" }],
    ["input.atecoCodes.1", { atecoCodes: ["81.29.10", "8129"] }],
    ["input.requestedShareCapital", { requestedShareCapital: "0.00" }],
    ["input.name", { name: "   " }],
  ])("refuses a bad %s", async (field, overrides) => {
    const res = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(3), ...overrides }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await platform.db.membership.cooperative.count({ where: { taxCode: validPartitaIva(3) } })).toBe(0);
  });

  it("takes an application, then the board's admission, keeping the history", async () => {
    const applied = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(4) }) });
    expect(applied.errors).toBeUndefined();
    expect(applied.data.applyForMembership).toEqual({
      id: expect.any(String),
      name: "La Nuova Aurora Società Cooperativa Sociale",
      taxCode: validPartitaIva(4),
      alboNumber: "A654321",
      type: "B",
      status: "APPLICANT",
      province: "MB",
      region: "Lombardia",
      atecoCodes: ["81.29.10"],
    });
    const id = applied.data.applyForMembership.id;
    const duplicate = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(4), alboNumber: "A654322" }) });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "input.taxCode" });
    const sameAlbo = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(7), alboNumber: "A654321" }) });
    expect(sameAlbo.errors?.[0]).toMatchObject({
      message: "a member or applicant with this Albo number already exists",
      extensions: { code: "CONFLICT", field: "input.alboNumber" },
    });

    const decide = `mutation($input: DecideMembershipApplicationInput!) { decideMembershipApplication(input: $input) {
      status admissionDate shareCapital { subscribed paid outstanding }
      statusHistory { fromStatus toStatus resolutionNumber changedBy }
    } }`;
    const input = { cooperativeId: id, decision: "ADMIT", resolutionNumber: "CdA 2026/41", resolutionDate: isoDate(today()) };
    const admitted = await platform.query(decide, { input }, { role: "ADMIN", sub: "staff-anna" });
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data.decideMembershipApplication).toEqual({
      status: "ACTIVE",
      admissionDate: input.resolutionDate,
      shareCapital: { subscribed: "1500.00", paid: "0.00", outstanding: "1500.00" },
      statusHistory: [
        { fromStatus: null, toStatus: "APPLICANT", resolutionNumber: null, changedBy: "test-admin" },
        { fromStatus: "APPLICANT", toStatus: "ACTIVE", resolutionNumber: "CdA 2026/41", changedBy: "staff-anna" },
      ],
    });
    const again = await platform.query(decide, { input: { ...input, decision: "REJECT" } });
    expect(again.errors?.[0]).toMatchObject({ message: "this application has already been decided", extensions: { code: "CONFLICT" } });
  });

  it("lets a rejected body apply again, keeping one record and its whole history", async () => {
    const first = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(8), alboNumber: "A111222" }) });
    const id = first.data.applyForMembership.id;
    const DECIDE = `mutation($input: DecideMembershipApplicationInput!) { decideMembershipApplication(input: $input) { status statusHistory { fromStatus toStatus reason } } }`;
    const decision = (decision: string, resolutionNumber: string) => ({ input: { cooperativeId: id, decision, resolutionNumber, resolutionDate: isoDate(today()) } });
    expect((await platform.query(DECIDE, decision("REJECT", "CdA 2026/50"))).data.decideMembershipApplication.status).toBe("REJECTED");

    const pending = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(8), alboNumber: "A111222", name: "La Nuova Aurora bis" }) });
    expect(pending.errors).toBeUndefined();
    expect(pending.data.applyForMembership).toMatchObject({ id, name: "La Nuova Aurora bis", status: "APPLICANT" });
    const twice = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(8), alboNumber: "A111222" }) });
    expect(twice.errors?.[0]).toMatchObject({ message: "a member or applicant with this tax code already exists", extensions: { code: "CONFLICT", field: "input.taxCode" } });

    const admitted = await platform.query(DECIDE, decision("ADMIT", "CdA 2026/61"));
    expect(admitted.data.decideMembershipApplication).toEqual({
      status: "ACTIVE",
      statusHistory: [
        { fromStatus: null, toStatus: "APPLICANT", reason: "application received" },
        { fromStatus: "APPLICANT", toStatus: "REJECTED", reason: null },
        { fromStatus: "REJECTED", toStatus: "APPLICANT", reason: "new application" },
        { fromStatus: "APPLICANT", toStatus: "ACTIVE", reason: null },
      ],
    });
    expect(await platform.db.membership.membershipApplication.count({ where: { cooperativeId: id } })).toBe(2);
    const noneLeft = await platform.query(DECIDE, decision("ADMIT", "CdA 2026/62"));
    expect(noneLeft.errors?.[0]).toMatchObject({ message: "this application has already been decided", extensions: { code: "CONFLICT" } });
  });

  it("is for consortium staff only", async () => {
    const res = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(5) }) }, { role: "COOP_MANAGER", coopId: coop1 });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the status of a member", () => {
  const CHANGE = `mutation($input: ChangeCooperativeStatusInput!) { changeCooperativeStatus(input: $input) { status } }`;

  it("suspends and reinstates, and refuses a move the lifecycle does not allow", async () => {
    const coop = demoId("cooperative", 3);
    const suspended = await platform.query(CHANGE, { input: { cooperativeId: coop, status: "SUSPENDED", reason: "DURC irregolare" } });
    expect(suspended.data.changeCooperativeStatus).toEqual({ status: "SUSPENDED" });
    const wrong = await platform.query(CHANGE, { input: { cooperativeId: coop, status: "REJECTED", reason: "x" } });
    expect(wrong.errors?.[0]).toMatchObject({
      message: "from SUSPENDED a cooperative can move to ACTIVE, WITHDRAWN or EXCLUDED, not to REJECTED",
      extensions: { code: "CONFLICT", field: "input.status" },
    });
    const future = await platform.query(CHANGE, { input: { cooperativeId: coop, status: "ACTIVE", reason: "x", effectiveDate: "2099-01-01" } });
    expect(future.errors?.[0]).toMatchObject({ message: "this date is in the future", extensions: { code: "BAD_USER_INPUT", field: "input.effectiveDate" } });
    const backdated = await platform.query(CHANGE, { input: { cooperativeId: coop, status: "ACTIVE", reason: "x", effectiveDate: "2001-01-01" } });
    expect(backdated.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.effectiveDate" });
    const back = await platform.query(CHANGE, { input: { cooperativeId: coop, status: "ACTIVE", reason: "DURC regolarizzato" } });
    expect(back.data.changeCooperativeStatus).toEqual({ status: "ACTIVE" });
    const history = await platform.db.membership.statusChange.findMany({ where: { cooperativeId: coop }, orderBy: { changedAt: "asc" } });
    expect(history.map((h: { toStatus: string }) => h.toStatus)).toEqual(["APPLICANT", "ACTIVE", "SUSPENDED", "ACTIVE"]);
  });

  it("lets exactly one of two concurrent changes from the same status through", async () => {
    const coop = demoId("cooperative", 7);
    const results = await Promise.all([
      platform.query(CHANGE, { input: { cooperativeId: coop, status: "WITHDRAWN", reason: "recesso" } }),
      platform.query(CHANGE, { input: { cooperativeId: coop, status: "EXCLUDED", reason: "esclusione" } }),
    ]);
    expect(results.filter((r) => r.data?.changeCooperativeStatus).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === "CONFLICT").length).toBe(1);
    expect(await platform.db.membership.statusChange.count({ where: { cooperativeId: coop, toStatus: { in: ["WITHDRAWN", "EXCLUDED"] } } })).toBe(1);
  });
});

describe("people and who may see them", () => {
  const PEOPLE = `query($id: ID!) { cooperative(id: $id) { name people(first: 50) { totalCount nodes { firstName lastName taxCode role } } } }`;

  it("shows a manager their own cooperative's people and nothing of another's", async () => {
    const own = await platform.query(PEOPLE, { id: coop1 }, { role: "COOP_MANAGER", coopId: coop1 });
    expect(own.data.cooperative.people.totalCount).toBe(5);
    const other = await platform.query(PEOPLE, { id: coop2 }, { role: "COOP_MANAGER", coopId: coop1 });
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ cooperative: { name: "La Rondine Società Cooperativa Sociale", people: null } });
    const anyPerson = await platform.db.membership.person.findFirst({ where: { cooperativeId: coop2 } });
    const direct = await platform.query(`query($id: ID!) { person(id: $id) { taxCode } }`, { id: anyPerson.id }, { role: "COOP_MANAGER", coopId: coop1 });
    expect(direct.data).toEqual({ person: null });
  });

  it("never shows personal data to partners or analysts", async () => {
    for (const role of ["PARTNER", "ANALYST"] as const) {
      const res = await platform.query(PEOPLE, { id: coop1 }, { role });
      expect(res.data.cooperative.people).toBeNull();
    }
  });

  it("adds a person with a valid codice fiscale, and refuses an invalid one", async () => {
    const ADD = `mutation($input: AddPersonInput!) { addPerson(input: $input) { firstName lastName taxCode role cooperative { name } } }`;
    const taxCode = personTaxCode("Lucia", "Ferri", "F", new Date("1990-04-12T00:00:00Z"), "F205");
    const input = { cooperativeId: coop1, firstName: "Lucia", lastName: "Ferri", taxCode: taxCode.toLowerCase(), role: "WORKER_MEMBER", startDate: "2026-01-07" };
    const added = await platform.query(ADD, { input }, { role: "COOP_MANAGER", coopId: coop1 });
    expect(added.data.addPerson).toEqual({
      firstName: "Lucia",
      lastName: "Ferri",
      taxCode,
      role: "WORKER_MEMBER",
      cooperative: { name: "Il Girasole Società Cooperativa Sociale" },
    });
    const bad = await platform.query(ADD, { input: { ...input, taxCode: taxCode.slice(0, 15) + (taxCode[15] === "A" ? "B" : "A") } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.taxCode" });
    const elsewhere = await platform.query(ADD, { input: { ...input, cooperativeId: coop2 } }, { role: "COOP_MANAGER", coopId: coop1 });
    expect(elsewhere.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("records who leaves, keeping the record, and refuses a departure that breaks art. 2", async () => {
    const END = `mutation($input: EndPersonInput!) { endPerson(input: $input) { lastName role endDate } }`;
    const coop = demoId("cooperative", 14);
    const people = await platform.db.membership.person.findMany({ where: { cooperativeId: coop }, orderBy: { lastName: "asc" } });
    const volunteers = people.filter((p: { role: string }) => p.role === "VOLUNTEER_MEMBER");
    const workers = people.filter((p: { role: string }) => p.role === "WORKER_MEMBER");
    expect(volunteers).toHaveLength(1);
    expect(workers.length).toBeGreaterThanOrEqual(2);
    const yesterday = isoDate(addDays(today(), -1));

    const early = await platform.query(END, { input: { personId: workers[0].id, endDate: "1990-01-01" } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.endDate" });
    expect((await platform.query(END, { input: { personId: workers[0].id, endDate: yesterday } })).data.endPerson).toEqual({
      lastName: workers[0].lastName,
      role: "WORKER_MEMBER",
      endDate: yesterday,
    });
    for (const worker of workers.slice(1, -1)) {
      expect((await platform.query(END, { input: { personId: worker.id, endDate: yesterday } }, { role: "COOP_MANAGER", coopId: coop })).errors).toBeUndefined();
    }
    // Without the last worker member, the one volunteer would be all the members.
    const refused = await platform.query(END, { input: { personId: workers[workers.length - 1].id, endDate: yesterday } }, { role: "COOP_MANAGER", coopId: coop });
    expect(refused.errors?.[0]).toMatchObject({
      message: "volunteer members can be at most half of the members (Law 381/1991 art. 2): without this worker member they would be 1 of 1",
      extensions: { code: "CONFLICT", field: "input.personId" },
    });
    const again = await platform.query(END, { input: { personId: workers[0].id, endDate: yesterday } });
    expect(again.errors?.[0]).toMatchObject({ message: "this person has already left", extensions: { code: "CONFLICT" } });
    const notTheirs = await platform.query(END, { input: { personId: volunteers[0].id, endDate: yesterday } }, { role: "COOP_MANAGER", coopId: coop1 });
    expect(notTheirs.errors?.[0].extensions?.code).toBe("NOT_FOUND");

    const LIST = `query($id: ID!) { cooperative(id: $id) { current: people(filter: { current: true }) { totalCount } left: people(filter: { current: false }) { totalCount } all: people { totalCount } } }`;
    const left = workers.length - 1;
    expect((await platform.query(LIST, { id: coop })).data.cooperative).toEqual({
      current: { totalCount: people.length - left },
      left: { totalCount: left },
      all: { totalCount: people.length },
    });
  });

  it("keeps volunteers at most half of the members under concurrent additions", async () => {
    const coop = demoId("cooperative", 12);
    const ADD = `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`;
    const before = await platform.db.membership.person.groupBy({ by: ["role"], where: { cooperativeId: coop }, _count: { _all: true } });
    const count = (role: string) => before.find((g: { role: string }) => g.role === role)?._count._all ?? 0;
    const workers = count("WORKER_MEMBER");
    const volunteers = count("VOLUNTEER_MEMBER");
    const room = workers - volunteers; // volunteers may grow while 2 * volunteers <= members
    const attempts = room + 3;
    const results = await Promise.all(
      Array.from({ length: attempts }, (_, i) =>
        platform.query(ADD, {
          input: {
            cooperativeId: coop,
            firstName: "Volontario",
            lastName: `Numero${String.fromCharCode(65 + i)}`,
            taxCode: personTaxCode("Volontario", `Numero${String.fromCharCode(65 + i)}`, "M", new Date(Date.UTC(1980, 0, 1 + i)), "A794"),
            role: "VOLUNTEER_MEMBER",
            startDate: "2026-02-01",
          },
        }),
      ),
    );
    expect(results.filter((r) => r.data?.addPerson).length).toBe(room);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === "CONFLICT").length).toBe(3);
    const after = await platform.db.membership.person.count({ where: { cooperativeId: coop, role: "VOLUNTEER_MEMBER" } });
    expect(after * 2).toBeLessThanOrEqual(after + workers);
  });
});

describe("share capital and DURC", () => {
  it("never lets concurrent payments exceed the subscribed capital", async () => {
    const coop = demoId("cooperative", 3); // subscribed 2500.00, paid 1250.00 in the demo data
    const PAY = `mutation($input: RecordShareCapitalInput!) { recordShareCapital(input: $input) { id } }`;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => platform.query(PAY, { input: { cooperativeId: coop, kind: "PAYMENT", amount: "300.00", date: "2026-01-15" } })),
    );
    expect(results.filter((r) => r.data?.recordShareCapital).length).toBe(4);
    expect(results.filter((r) => r.errors?.[0].extensions?.field === "input.amount").length).toBe(2);
    const row = await platform.db.membership.cooperative.findUnique({ where: { id: coop } });
    expect(row.shareCapitalPaid.toFixed(2)).toBe("2450.00");
    expect(await platform.db.membership.shareCapitalEntry.count({ where: { cooperativeId: coop, kind: "PAYMENT" } })).toBe(1 + 4);
  });

  it("records a DURC valid for 120 days from its issue", async () => {
    const coop = demoId("cooperative", 9); // its demo DURC has lapsed
    const Q = `query($id: ID!) { cooperative(id: $id) { hasValidDurc durcValidUntil } }`;
    expect((await platform.query(Q, { id: coop })).data.cooperative.hasValidDurc).toBe(false);
    const issued = isoDate(addDays(today(), -10));
    const res = await platform.query(`mutation($input: RecordDurcInput!) { recordDurc(input: $input) { hasValidDurc durcValidUntil } }`, {
      input: { cooperativeId: coop, issueDate: issued, protocolNumber: "INPS_49000001" },
    });
    expect(res.data.recordDurc).toEqual({ hasValidDurc: true, durcValidUntil: new Date(Date.parse(issued) + 120 * 86_400_000).toISOString().slice(0, 10) });
    const old = await platform.query(`mutation($input: RecordDurcInput!) { recordDurc(input: $input) { id } }`, { input: { cooperativeId: coop, issueDate: "2014-06-30" } });
    expect(old.errors?.[0]).toMatchObject({
      message: "DURCs are recorded from 2015-07-01, when the current rules on their validity began",
      extensions: { code: "BAD_USER_INPUT", field: "input.issueDate" },
    });
  });
});

describe("no N+1", () => {
  it("lists 10 or 100 cooperatives with their people and DURCs in the same number of SQL statements", async () => {
    const db = platform.db.membership;
    for (let n = 0; n < 70; n++) {
      const coop = await db.cooperative.create({
        data: {
          name: `Zeta Bulk ${n}`,
          taxCode: validPartitaIva(100 + n),
          alboNumber: `A${String(800_000 + n)}`,
          type: "A",
          status: "ACTIVE",
          municipality: "Milano",
          province: "MI",
          region: "Lombardia",
          atecoCodes: ["88.10.00"],
        },
      });
      await db.person.create({
        data: {
          cooperativeId: coop.id,
          firstName: "Anna",
          lastName: "Bulk",
          taxCode: personTaxCode("Anna", "Bulk", "F", new Date(Date.UTC(1985, 1, 1 + (n % 28))), "F205").slice(0, 16),
          role: "WORKER_MEMBER",
          startDate: new Date("2020-01-01"),
        },
      });
    }
    const Q = `query($first: Int) { cooperatives(first: $first) { nodes { name durcValidUntil hasValidDurc people(first: 5) { totalCount nodes { taxCode cooperative { name } } } } } }`;
    const statements = async (first: number) => {
      platform.resetSqlCounts();
      const res = await platform.query(Q, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.cooperatives.nodes).toHaveLength(first);
      return platform.sqlCount("membership");
    };
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(5);
  });

  it("reads a page of each cooperative's people in one statement, paging by cursor as the whole list is ordered", async () => {
    const Q = `query($first: Int, $page: Int, $after: String) { cooperatives(first: $first) { nodes { id people(first: $page, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } } }`;
    const statements = async (first: number, page: number) => {
      platform.resetSqlCounts();
      const res = await platform.query(Q, { first, page });
      expect(res.errors).toBeUndefined();
      return platform.sqlCount("membership");
    };
    // The page, its count, the cooperatives' people: the same for 10 or 100 cooperatives, 1 or 50 people each.
    expect(await statements(100, 1)).toBe(await statements(10, 1));
    expect(await statements(100, 50)).toBe(await statements(10, 1));

    const whole = await platform.query(`query($id: ID!) { cooperative(id: $id) { people(first: 100) { totalCount nodes { id } } } }`, { id: coop1 });
    const all = whole.data.cooperative.people;
    expect(all.totalCount).toBeGreaterThan(3);
    const pages: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: GraphQLResponse<PeoplePage> = await platform.query<PeoplePage>(
        `query($id: ID!, $after: String) { cooperative(id: $id) { people(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
        { id: coop1, after },
      );
      const page = res.data!.cooperative.people;
      expect(page.totalCount).toBe(all.totalCount);
      pages.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toEqual(all.nodes.map((n: { id: string }) => n.id));

    // A cursor of another cooperative's list: an empty page of this one, with its count.
    const other = await platform.query(
      `query($id: ID!, $after: String) { cooperative(id: $id) { people(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage } } } }`,
      {
        id: coop2,
        after,
      },
    );
    expect(other.data.cooperative.people).toEqual({ totalCount: expect.any(Number), nodes: [], pageInfo: { hasNextPage: false } });
    expect(other.data.cooperative.people.totalCount).toBeGreaterThan(0);
  });
});

describe("the partner contract", () => {
  it("serves the directory read-only, without people", async () => {
    const res = await platform.query(`{ cooperatives(first: 1) { totalCount nodes { name taxCode type } } }`, {}, { role: "PARTNER" }, { path: "/public/graphql" });
    expect(res.data.cooperatives.totalCount).toBeGreaterThan(30);
    const people = await platform.query(`{ cooperatives(first: 1) { nodes { people { totalCount } } } }`, {}, { role: "PARTNER" }, { path: "/public/graphql" });
    expect(people.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const write = await platform.query(APPLY, { input: application({ taxCode: validPartitaIva(6) }) }, { role: "ADMIN" }, { path: "/public/graphql" });
    expect(write.data ?? null).toBeNull();
    expect(await platform.db.membership.cooperative.count({ where: { taxCode: validPartitaIva(6) } })).toBe(0);
  });
});
