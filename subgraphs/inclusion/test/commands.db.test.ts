import { freshDatabase, type FreshDatabase } from "@coopgraph/db/testing";
import type { Identity } from "@coopgraph/identity";
import { addDays, execute, isoDate, today, type Command } from "@coopgraph/kit";
import path from "node:path";
import { PrismaClient, type PlacementRow } from "../src/db";
import { endPlacement, startPlacement, type StartPlacementCommand } from "../src/placement/placement.commands";
import { validateStart } from "../src/placement/placement.rules";
import { addPlanReview } from "../src/plan/plan.commands";
import { rejection } from "@coopgraph/testing";

/**
 * The commands on a fresh database, without HTTP: what each write does and refuses, and what the
 * database itself refuses (the audit log and the history cannot be changed).
 */
let database: FreshDatabase<PrismaClient>;
let db: PrismaClient;
beforeAll(async () => {
  database = await freshDatabase(PrismaClient, {
    schemaPath: path.join(__dirname, "..", "prisma", "schema.prisma"),
    migrationsDir: path.join(__dirname, "..", "prisma", "migrations"),
  });
  db = database.prisma;
});
afterAll(() => database?.close());

const COOP = "6600c12c-a80e-5dda-ba93-a7c13957c572";
const OTHER_COOP = "0c77ab2b-9372-41c7-8be9-fdcfd767371d";
const operator: Identity = { sub: "operator-1", role: "INCLUSION_OPERATOR" };
const otherManager: Identity = { sub: "manager-9", role: "COOP_MANAGER", coopId: OTHER_COOP };
const run = <I, O>(caller: Identity, command: Command<PrismaClient, I, O>, input: I) => execute({ identity: caller, db }, command, input);
const read = { path: "startPlacement", operationType: "mutation", operationName: "Start" };
const iso = (days: number) => addDays(today(), days);

let personCounter = 0;
function start(overrides: Record<string, unknown> = {}): StartPlacementCommand {
  personCounter += 1;
  const personId = `7acc711c-8058-53ac-a86b-${String(personCounter).padStart(12, "0")}`;
  return {
    start: validateStart(
      {
        personId,
        cooperativeId: COOP,
        category: "MENTAL_DISABILITY",
        referringService: "HEALTH_AUTHORITY",
        certificationReference: "ASL/1",
        certificationDate: iso(-40),
        kind: "EMPLOYMENT",
        hoursPerWeek: 30,
        role: "Cuoco",
        tutor: "Luisa Neri",
        startDate: iso(-30),
        goals: ["Linea fredda", "HACCP"],
        ...overrides,
      },
      new Date(),
    ),
    cooperative: { type: "B", province: "TO" },
    requestId: "req-1",
    read,
  };
}

async function snapshot() {
  return { placements: await db.placement.findMany({ orderBy: { id: "asc" } }), reviews: await db.planReview.count(), audit: await db.auditRecord.count() };
}

describe("startPlacement", () => {
  it("starts a placement with its individual plan, and records the read of its answer in the same transaction", async () => {
    const input = start();
    const placement = await run(operator, startPlacement, input);
    expect(placement).toMatchObject({
      personId: input.start.personId,
      cooperativeId: COOP,
      cooperativeType: "B",
      province: "TO",
      kind: "EMPLOYMENT",
      monthlyStipend: null,
      endDate: null,
      outcome: null,
      startedBy: "operator-1",
    });
    const plan = await db.individualPlan.findUniqueOrThrow({ where: { placementId: placement.id } });
    expect(plan).toMatchObject({ goals: ["Linea fredda", "HACCP"], createdBy: "operator-1" });
    expect(await db.auditRecord.findMany({ where: { recordId: placement.id }, omit: { id: true, at: true } })).toEqual([
      { actorSub: "operator-1", actorRole: "INCLUSION_OPERATOR", actorCoopId: null, recordType: "PLACEMENT", recordId: placement.id, ...read, requestId: "req-1" },
    ]);
  });

  it("refuses a second open placement of the same person in the same cooperative, and writes nothing", async () => {
    const first = start();
    await run(operator, startPlacement, first);
    const before = await snapshot();
    expect(await rejection(run(operator, startPlacement, { ...first, start: { ...first.start, category: "ADDICTION" } }))).toEqual({
      code: "CONFLICT",
      field: "input.personId",
      message: "this person already has a placement in this cooperative that has not ended: end it first",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("starts a new placement of a person whose previous one has ended", async () => {
    const first = start();
    const ended = await run(operator, startPlacement, first);
    await run(operator, endPlacement, { placementId: ended.id, endDate: iso(-1), outcome: "HIRED", requestId: "req-1", read });
    const again = await run(operator, startPlacement, { ...first, start: { ...first.start, startDate: iso(0), certificationDate: iso(-40) } });
    expect(again.id).not.toBe(ended.id);
  });
});

describe("endPlacement", () => {
  it("ends a placement once, with its outcome, who and when", async () => {
    const placement = await run(operator, startPlacement, start());
    const ended = await run(operator, endPlacement, {
      placementId: placement.id,
      endDate: iso(0),
      outcome: "DROPPED_OUT",
      requestId: "req-2",
      read: { ...read, path: "endPlacement" },
    });
    expect(ended).toMatchObject({ endDate: iso(0), outcome: "DROPPED_OUT", endedBy: "operator-1" });
    expect(await db.auditRecord.count({ where: { recordId: placement.id, requestId: "req-2", path: "endPlacement" } })).toBe(1);
  });

  it.each([
    ["a date in the future", () => iso(1), { code: "BAD_USER_INPUT", field: "input.endDate", message: "this date is in the future" }],
    ["a date before its start", () => iso(-31), { code: "BAD_USER_INPUT", field: "input.endDate", message: `the placement started on ${isoDate(iso(-30))}: it cannot end before` }],
  ])("refuses %s, and writes nothing", async (_what, endDate, expected) => {
    const placement = await run(operator, startPlacement, start());
    const before = await snapshot();
    expect(await rejection(run(operator, endPlacement, { placementId: placement.id, endDate: endDate(), outcome: "ENDED", requestId: "r", read }))).toEqual(expected);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to end a placement twice, and writes nothing", async () => {
    const placement = await run(operator, startPlacement, start());
    await run(operator, endPlacement, { placementId: placement.id, endDate: iso(-2), outcome: "ENDED", requestId: "r", read });
    const before = await snapshot();
    expect(await rejection(run(operator, endPlacement, { placementId: placement.id, endDate: iso(0), outcome: "HIRED", requestId: "r", read }))).toEqual({
      code: "CONFLICT",
      field: "input.placementId",
      message: `this placement already ended on ${isoDate(iso(-2))}`,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("of two concurrent ends, records one and refuses the other", async () => {
    const placement = await run(operator, startPlacement, start());
    const end = (outcome: "HIRED" | "ENDED") => run(operator, endPlacement, { placementId: placement.id, endDate: iso(-1), outcome, requestId: "r", read });
    const results = await Promise.allSettled([end("HIRED"), end("ENDED")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(await rejection(Promise.reject(rejected.reason))).toEqual({
      code: "CONFLICT",
      field: "input.placementId",
      message: `this placement already ended on ${isoDate(iso(-1))}`,
    });
    const row = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(row.outcome).toBe((results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<PlacementRow>).value.outcome);
  });

  it("does not find another cooperative's placement for its manager, and writes nothing", async () => {
    const placement = await run(operator, startPlacement, start());
    const before = await snapshot();
    expect(await rejection(run(otherManager, endPlacement, { placementId: placement.id, endDate: iso(0), outcome: "ENDED", requestId: "r", read }))).toEqual({
      code: "NOT_FOUND",
      field: undefined,
      message: `placement ${placement.id} does not exist`,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("addPlanReview", () => {
  it("appends a review authored by the caller, and records the read of the plan", async () => {
    const placement = await run(operator, startPlacement, start());
    const plan = await run(operator, addPlanReview, {
      placementId: placement.id,
      date: iso(-5),
      progressNote: "  Buoni progressi. ",
      requestId: "req-3",
      read: { ...read, path: "addPlanReview" },
    });
    expect(plan.cooperativeId).toBe(COOP);
    expect(await db.planReview.findMany({ where: { planId: plan.id }, select: { date: true, author: true, progressNote: true } })).toEqual([
      { date: iso(-5), author: "operator-1", progressNote: "Buoni progressi." },
    ]);
    expect(await db.auditRecord.count({ where: { recordType: "PLAN", recordId: plan.id, requestId: "req-3" } })).toBe(1);
  });

  it.each([
    ["an empty note", { progressNote: " " }, { code: "BAD_USER_INPUT", field: "input.progressNote", message: "this cannot be empty" }],
    [
      "a date before the placement",
      { date: iso(-31) },
      { code: "BAD_USER_INPUT", field: "input.date", message: `the placement started on ${isoDate(iso(-30))}: a review cannot precede it` },
    ],
    ["a date in the future", { date: iso(1) }, { code: "BAD_USER_INPUT", field: "input.date", message: "this date is in the future" }],
  ])("refuses %s, and writes nothing", async (_what, overrides, expected) => {
    const placement = await run(operator, startPlacement, start());
    const before = await snapshot();
    expect(await rejection(run(operator, addPlanReview, { placementId: placement.id, date: iso(0), progressNote: "ok", requestId: "r", read, ...overrides }))).toEqual(expected);
    expect(await snapshot()).toEqual(before);
  });

  it("does not find another cooperative's placement for its manager, and writes nothing", async () => {
    const placement = await run(operator, startPlacement, start());
    const before = await snapshot();
    expect(await rejection(run(otherManager, addPlanReview, { placementId: placement.id, date: iso(0), progressNote: "ok", requestId: "r", read }))).toEqual({
      code: "NOT_FOUND",
      field: undefined,
      message: `placement ${placement.id} does not exist`,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("what the database itself refuses", () => {
  async function databaseRefusal(run: () => Promise<unknown>): Promise<string> {
    try {
      await run();
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("the database accepted it");
  }

  it("cannot change, delete or empty the audit log, whoever asks", async () => {
    const placement = await run(operator, startPlacement, start());
    const [record] = await db.auditRecord.findMany({ where: { recordId: placement.id } });
    expect(await databaseRefusal(() => db.auditRecord.update({ where: { id: record.id }, data: { actorSub: "someone-else" } }))).toContain(
      "AuditRecord rows cannot be changed or removed (UPDATE refused)",
    );
    expect(await databaseRefusal(() => db.auditRecord.delete({ where: { id: record.id } }))).toContain("AuditRecord rows cannot be changed or removed (DELETE refused)");
    expect(await databaseRefusal(() => db.auditRecord.deleteMany({}))).toContain("AuditRecord rows cannot be changed or removed (DELETE refused)");
    expect(await databaseRefusal(() => db.$executeRawUnsafe(`UPDATE "AuditRecord" SET "path" = 'x'`))).toContain("(UPDATE refused)");
    expect(await databaseRefusal(() => db.$executeRawUnsafe(`TRUNCATE "AuditRecord"`))).toContain("AuditRecord rows cannot be changed or removed (TRUNCATE refused)");
    expect(await db.auditRecord.findUniqueOrThrow({ where: { id: record.id } })).toEqual(record);
  });

  it("keeps history: placements and plans are never deleted, reviews never changed", async () => {
    const placement = await run(operator, startPlacement, start());
    const plan = await run(operator, addPlanReview, { placementId: placement.id, date: iso(0), progressNote: "ok", requestId: "r", read });
    expect(await databaseRefusal(() => db.placement.delete({ where: { id: placement.id } }))).toContain("Placement rows cannot be changed or removed (DELETE refused)");
    expect(await databaseRefusal(() => db.$executeRawUnsafe(`TRUNCATE "Placement" CASCADE`))).toContain("cannot be changed or removed (TRUNCATE refused)");
    expect(await databaseRefusal(() => db.planReview.updateMany({ where: { planId: plan.id }, data: { progressNote: "rewritten" } }))).toContain(
      "PlanReview rows cannot be changed or removed (UPDATE refused)",
    );
    expect(await db.planReview.findMany({ where: { planId: plan.id }, select: { progressNote: true } })).toEqual([{ progressNote: "ok" }]);
  });

  it("refuses hours out of range and a stipend for employment, whatever the code does", async () => {
    const row = (await run(operator, startPlacement, start())) as PlacementRow;
    const { id, ...data } = row;
    void id;
    const person = { personId: "7acc711c-8058-53ac-a86b-ffffffffffff" };
    expect(await databaseRefusal(() => db.placement.create({ data: { ...data, ...person, hoursPerWeek: 49 } }))).toContain("Placement_hoursPerWeek_range");
    expect(await databaseRefusal(() => db.placement.create({ data: { ...data, ...person, monthlyStipend: "100.00" } }))).toContain("Placement_stipend_of_traineeship");
    expect(await databaseRefusal(() => db.placement.create({ data: { ...data, ...person, endDate: data.startDate } }))).toContain("Placement_ended_with_outcome");
  });
});
