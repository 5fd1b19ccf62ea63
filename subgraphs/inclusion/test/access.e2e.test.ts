import type { Caller } from "@coopgraph/testing";
import { coop, errorsOf, person, placementInput, START, startInclusion, type Inclusion } from "./support/harness";

/**
 * The bar: placements are special-category data. Analysts, partners and other services reach no
 * placement field and no person's category by any path (a query, an entity extension, `_entities`
 * sent straight to the subgraph, the partner contract); a cooperative's manager sees only their
 * own; every record read is audited once per request, before it is returned.
 */
let p: Inclusion;
const placed: Record<string, string> = {};
const month = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  p = await startInclusion();
  for (const [n, k] of [
    [2, 0],
    [2, 1],
    [4, 0],
  ] as const) {
    const res = await p.query(START, { input: placementInput(n, k) });
    expect(res.errors).toBeUndefined();
    placed[`${n}.${k}`] = res.data.startPlacement.id;
  }
});
afterAll(() => p?.stop());

const outsiders: [string, Caller][] = [
  ["an analyst", { role: "ANALYST" }],
  ["a partner", { role: "PARTNER" }],
  ["another subgraph's service identity", { role: "SERVICE", sub: "procurement" }],
];
const forbiddenFor = (role: string) => ({
  code: "FORBIDDEN",
  field: undefined,
  message: `this needs one of the roles ADMIN, INCLUSION_OPERATOR, COOP_MANAGER; you are ${role}`,
});

const PLACEMENTS = `{ placements(first: 100) { totalCount nodes { id category } } }`;
const PLACEMENT = `query ($id: ID!) { placement(id: $id) { id category } }`;
const COOPERATIVE = `query ($id: ID!, $month: String!) { cooperative(id: $id) { id placements { totalCount nodes { category } } inclusionCompliance(month: $month) { workers disadvantagedWorkers } } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { id placements { category } } }`;
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Placement { id category kind startDate plan { goals reviews { progressNote } } }
    ... on Person { id personPlacements: placements { id category } }
    ... on Cooperative { id coopPlacements: placements { totalCount nodes { category } } }
  }
}`;

describe("callers who get aggregates only", () => {
  it.each(outsiders)("refuses %s the list and each placement, through the gateway and straight to the subgraph", async (_who, caller) => {
    const audited = await p.auditCount();
    for (const send of [p.query, p.direct]) {
      const list = await send(PLACEMENTS, {}, caller);
      expect(list.data).toBeNull();
      expect(errorsOf(list)).toEqual([forbiddenFor(caller.role)]);
      const one = await send(PLACEMENT, { id: placed["2.0"] }, caller);
      expect(one.data).toEqual({ placement: null });
      expect(errorsOf(one)).toEqual([forbiddenFor(caller.role)]);
    }
    expect(await p.auditCount()).toBe(audited);
  });

  it.each(outsiders)("shows %s no placement through the extensions of Cooperative and Person", async (_who, caller) => {
    const audited = await p.auditCount();
    const coopAnswer = await p.query(COOPERATIVE, { id: coop(2), month }, caller);
    expect(coopAnswer.errors).toBeUndefined();
    // A service may read the 30% verdict (procurement asks it for reserved contracts), no placement.
    expect(coopAnswer.data).toEqual({
      cooperative: { id: coop(2), placements: null, inclusionCompliance: caller.role === "SERVICE" ? { workers: 5, disadvantagedWorkers: 2 } : null },
    });
    const personAnswer = await p.query(PERSON, { id: person(2, 0) }, caller);
    expect(personAnswer.errors).toBeUndefined();
    // Membership shows a service the person (people are personal data, not special-category): inclusion still shows no placement.
    expect(personAnswer.data).toEqual({ person: caller.role === "SERVICE" ? { id: person(2, 0), placements: null } : null });
    const list = await p.query(`{ cooperatives(first: 100) { nodes { placements { totalCount } } } }`, {}, caller);
    expect(list.errors).toBeUndefined();
    expect(list.data.cooperatives.nodes.every((c: { placements: unknown }) => c.placements === null)).toBe(true);
    expect(await p.auditCount()).toBe(audited);
  });

  it.each(outsiders)("shows %s nothing through _entities sent straight to the subgraph", async (_who, caller) => {
    const audited = await p.auditCount();
    const answer = await p.direct(
      ENTITIES,
      {
        representations: [
          { __typename: "Placement", id: placed["2.0"] },
          { __typename: "Person", id: person(2, 0) },
          { __typename: "Cooperative", id: coop(2) },
        ],
      },
      caller,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ _entities: [null, { id: person(2, 0), personPlacements: null }, { id: coop(2), coopPlacements: null }] });
    expect(await p.auditCount()).toBe(audited);
  });

  it("does not show placements in the partner contract at all", async () => {
    const answer = await p.publicQuery(`{ placements { totalCount } }`);
    expect(errorsOf(answer)).toEqual([{ code: "GRAPHQL_VALIDATION_FAILED", field: undefined, message: 'Cannot query field "placements" on type "Query".' }]);
    const viaCooperative = await p.publicQuery(`query ($id: ID!) { cooperative(id: $id) { placements { totalCount } } }`, { id: coop(2) });
    expect(errorsOf(viaCooperative)).toEqual([{ code: "GRAPHQL_VALIDATION_FAILED", field: undefined, message: 'Cannot query field "placements" on type "Cooperative".' }]);
  });

  it("refuses anonymous callers everything", async () => {
    const answer = await p.direct(ENTITIES, { representations: [{ __typename: "Placement", id: placed["2.0"] }] }, null);
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toEqual([{ code: "UNAUTHENTICATED", field: undefined, message: "sign in: this needs a valid token" }]);
  });
});

describe("a cooperative's manager", () => {
  const manager: Caller = { role: "COOP_MANAGER", coopId: coop(2), sub: "manager-2" };

  it("lists the placements of their own cooperative only", async () => {
    const answer = await p.query(`{ placements(first: 100) { totalCount nodes { id cooperative { id } } } }`, {}, manager);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.placements.totalCount).toBe(2);
    expect(answer.data.placements.nodes.map((n: { id: string }) => n.id).sort()).toEqual([placed["2.0"], placed["2.1"]].sort());
    // Asking for another cooperative's placements gives none.
    const other = await p.query(`query ($c: ID!) { placements(filter: { cooperativeId: $c }) { totalCount } }`, { c: coop(4) }, manager);
    expect(other.data).toEqual({ placements: { totalCount: 0 } });
  });

  it("sees no other cooperative's placement by any path, and nothing is audited", async () => {
    const audited = await p.auditCount();
    expect((await p.query(PLACEMENT, { id: placed["4.0"] }, manager)).data).toEqual({ placement: null });
    expect((await p.direct(PLACEMENT, { id: placed["4.0"] }, manager)).data).toEqual({ placement: null });
    expect((await p.query(COOPERATIVE, { id: coop(4), month }, manager)).data).toEqual({ cooperative: { id: coop(4), placements: null, inclusionCompliance: null } });
    const entities = await p.direct(
      ENTITIES,
      {
        representations: [
          { __typename: "Placement", id: placed["4.0"] },
          { __typename: "Person", id: person(4, 0) },
          { __typename: "Cooperative", id: coop(4) },
        ],
      },
      manager,
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data).toEqual({ _entities: [null, { id: person(4, 0), personPlacements: [] }, { id: coop(4), coopPlacements: null }] });
    expect(await p.auditCount()).toBe(audited);
  });

  it("reads their own cooperative's placements through its extension, audited as theirs", async () => {
    const answer = await p.query(COOPERATIVE, { id: coop(2), month }, manager);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.cooperative.placements).toEqual({ totalCount: 2, nodes: [{ category: "PHYSICAL_DISABILITY" }, { category: "PHYSICAL_DISABILITY" }] });
    expect(answer.data.cooperative.inclusionCompliance).toEqual({ workers: 5, disadvantagedWorkers: 2 });
    const records = await p.db.auditRecord.findMany({ where: { requestId: { not: "" }, actorSub: "manager-2", path: { startsWith: "_entities.0.placements.nodes" } } });
    expect(records.map((r) => ({ role: r.actorRole, coop: r.actorCoopId, type: r.recordType })).sort()).toEqual([
      { role: "COOP_MANAGER", coop: coop(2), type: "PLACEMENT" },
      { role: "COOP_MANAGER", coop: coop(2), type: "PLACEMENT" },
    ]);
  });

  it("cannot start a placement in another cooperative, and nothing is written", async () => {
    const before = await p.db.placement.count();
    const answer = await p.query(START, { input: placementInput(4, 1) }, manager);
    expect(errorsOf(answer)).toEqual([{ code: "FORBIDDEN", field: undefined, message: "a cooperative's manager starts placements in their own cooperative only" }]);
    expect(await p.db.placement.count()).toBe(before);
  });
});

describe("the audit log", () => {
  it("records exactly one read per record per request, however often and by whichever path the request reads it", async () => {
    const answer = await p.query(
      `query Review($id: ID!, $person: ID!) {
        placements(first: 100) { nodes { id category plan { goals reviews { date } } } }
        again: placement(id: $id) { id kind plan { goals } }
        person(id: $person) { placements { id tutor } }
      }`,
      { id: placed["2.0"], person: person(2, 0) },
      { role: "INCLUSION_OPERATOR", sub: "operator-7" },
    );
    expect(answer.errors).toBeUndefined();
    const records = await p.db.auditRecord.findMany({ where: { actorSub: "operator-7" }, orderBy: { path: "asc" } });
    const [placement20, placement21, placement40] = ["2.0", "2.1", "4.0"].map((key) => placed[key]);
    const plans = await p.db.individualPlan.findMany({ select: { id: true, placementId: true } });
    const planOf = (placementId: string) => plans.find((plan) => plan.placementId === placementId)!.id;
    // One gateway request reaches inclusion twice (the list, then the person's placements): each
    // fetch is a request of its own, and records its reads once.
    const byFetch = new Map<string, { type: string; id: string }[]>();
    for (const r of records) byFetch.set(r.requestId + r.operationName, [...(byFetch.get(r.requestId + r.operationName) ?? []), { type: r.recordType, id: r.recordId }]);
    const fetches = [...byFetch.values()].map((reads) => reads.map((r) => `${r.type}:${r.id}`).sort());
    expect(fetches.sort((a, b) => b.length - a.length)).toEqual([
      [placement20, placement21, placement40]
        .map((id) => `PLACEMENT:${id}`)
        .concat([placement20, placement21, placement40].map((id) => `PLAN:${planOf(id)}`))
        .sort(),
      [`PLACEMENT:${placement20}`],
    ]);
    for (const r of records) {
      expect(r).toMatchObject({ actorRole: "INCLUSION_OPERATOR", actorCoopId: null, operationType: "query" });
      expect(r.operationName).toMatch(/^Review__inclusion__\d$/);
    }
    // The path recorded is the first that read the record in that fetch: the list's, or `again`'s
    // for the placement both read (which of the two resolves first is not fixed).
    expect(records.map((r) => r.path).filter((path) => path.startsWith("_entities"))).toEqual(["_entities.0.placements.0"]);
    const inList = records.map((r) => r.path).filter((path) => !path.startsWith("_entities"));
    expect(inList).toHaveLength(6);
    for (const path of inList) expect(path).toMatch(/^(placements\.nodes\.[0-2]|again)(\.plan)?$/);
  });

  it("records nothing when no record is read (a count)", async () => {
    const audited = await p.auditCount();
    expect((await p.query(`{ placements { totalCount } }`)).data).toEqual({ placements: { totalCount: 3 } });
    expect(await p.auditCount()).toBe(audited);
  });

  it("records a read through _entities sent straight to the subgraph", async () => {
    const answer = await p.direct(ENTITIES, { representations: [{ __typename: "Placement", id: placed["4.0"] }] }, { role: "ADMIN", sub: "admin-entities" });
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities[0]).toMatchObject({ id: placed["4.0"], category: "PHYSICAL_DISABILITY", kind: "EMPLOYMENT" });
    const records = await p.db.auditRecord.findMany({ where: { actorSub: "admin-entities" }, orderBy: { recordType: "asc" } });
    expect(records.map((r) => [r.recordType, r.path])).toEqual([
      ["PLACEMENT", "_entities.0"],
      ["PLAN", "_entities.0.plan"],
    ]);
  });

  it("is readable by the consortium's staff only, filtered by record", async () => {
    const answer = await p.query(
      `query ($id: ID!) { auditLog(first: 100, filter: { recordId: $id, actorSub: "admin-entities" }) { totalCount nodes { actorSub actorRole recordType recordId path operationType } } }`,
      { id: placed["4.0"] },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.auditLog).toEqual({
      totalCount: 1,
      nodes: [{ actorSub: "admin-entities", actorRole: "ADMIN", recordType: "PLACEMENT", recordId: placed["4.0"], path: "_entities.0", operationType: "query" }],
    });
    for (const caller of [{ role: "INCLUSION_OPERATOR" }, { role: "COOP_MANAGER", coopId: coop(2) }, { role: "ANALYST" }, { role: "SERVICE" }] as Caller[]) {
      const refused = await p.query(`{ auditLog { totalCount } }`, {}, caller);
      expect(errorsOf(refused)).toEqual([{ code: "FORBIDDEN", field: undefined, message: `this needs one of the roles ADMIN; you are ${caller.role}` }]);
    }
  });
});

describe("when the audit log cannot record a read", () => {
  // Fault injection in the real database: every insert into the audit log fails until the trigger goes.
  beforeAll(async () => {
    await p.db.$executeRawUnsafe(`CREATE FUNCTION test_audit_down() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log down'; END; $$`);
    await p.db.$executeRawUnsafe(`CREATE TRIGGER test_audit_down BEFORE INSERT ON "AuditRecord" FOR EACH ROW EXECUTE FUNCTION test_audit_down()`);
  });
  afterAll(async () => {
    await p.db.$executeRawUnsafe(`DROP TRIGGER test_audit_down ON "AuditRecord"`);
    await p.db.$executeRawUnsafe(`DROP FUNCTION test_audit_down()`);
  });
  const unrecorded = { code: "SERVICE_UNAVAILABLE", field: undefined, message: "the audit log could not record this read, so the record is not shown" };

  it("returns no placement, by any path", async () => {
    const list = await p.query(`{ placements { nodes { category } } }`);
    expect(list.data).toBeNull();
    expect(errorsOf(list).every((e) => JSON.stringify(e) === JSON.stringify(unrecorded))).toBe(true);
    const one = await p.query(PLACEMENT, { id: placed["2.0"] });
    expect(one.data).toEqual({ placement: null });
    expect(errorsOf(one)).toEqual([unrecorded]);
    const entities = await p.direct(ENTITIES, { representations: [{ __typename: "Placement", id: placed["2.0"] }] });
    expect(entities.data).toEqual({ _entities: [null] });
    expect(errorsOf(entities)[0]).toEqual(unrecorded);
  });

  it("starts no placement, since its answer cannot be recorded: nothing is written", async () => {
    const before = await p.db.placement.count();
    const answer = await p.query(START, { input: placementInput(6, 0) });
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toHaveLength(1);
    expect(await p.db.placement.count()).toBe(before);
  });
});
