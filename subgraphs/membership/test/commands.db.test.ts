import type { Identity } from "@coopgraph/identity";
import { partitaIvaCheckDigit, regionOfProvince } from "@coopgraph/ids";
import { refusalOf, useSubgraphDatabase } from "@coopgraph/testing";
import { executeAs, today } from "@coopgraph/kit";
import { applyForMembership, decideMembershipApplication, recordShareCapital } from "../src/cooperative/cooperative.commands";
import { MembershipDecision } from "../src/cooperative/cooperative.inputs";
import type { ValidApplication } from "../src/cooperative/cooperative.rules";
import { subgraph } from "../src/app";
import { addPerson, endPerson } from "../src/person/person.commands";
import { personTaxCode } from "../src/seed";

/** Membership's commands on a fresh database, without HTTP: what each write does, and how concurrent ones end. */
const database = useSubgraphDatabase(subgraph);

const ADMIN: Identity = { sub: "board-secretary", role: "ADMIN" };
let serial = 0;

function application(overrides: Partial<ValidApplication> = {}): ValidApplication {
  serial += 1;
  const first10 = `${String(6_000_000 + serial).padStart(7, "0")}015`;
  return {
    name: `Cooperativa Sociale ${serial}`,
    taxCode: first10 + partitaIvaCheckDigit(first10),
    alboNumber: `A${String(600_000 + serial)}`,
    type: "B",
    municipality: "Milano",
    province: "MI",
    region: regionOfProvince("MI")!,
    atecoCodes: ["81.29.10"],
    email: null,
    requestedShareCapital: "1000.00",
    ...overrides,
  };
}

async function member(overrides: Partial<ValidApplication> = {}) {
  const coop = await executeAs(database.db, ADMIN, applyForMembership, application(overrides));
  return executeAs(database.db, ADMIN, decideMembershipApplication, {
    cooperativeId: coop.id,
    decision: MembershipDecision.ADMIT,
    resolutionNumber: `CdA ${serial}`,
    resolutionDate: today(),
    reason: null,
  });
}

describe("applyForMembership", () => {
  it("records the applicant, its application and the first status change, by the caller", async () => {
    const input = application();
    const coop = await executeAs(database.db, ADMIN, applyForMembership, input);
    expect(coop).toMatchObject({ name: input.name, taxCode: input.taxCode, status: "APPLICANT", admissionDate: null });
    expect(await database.db.membershipApplication.findMany({ where: { cooperativeId: coop.id }, select: { submittedBy: true, decision: true } })).toEqual([
      { submittedBy: "board-secretary", decision: null },
    ]);
    expect(await database.db.statusChange.findMany({ where: { cooperativeId: coop.id }, select: { fromStatus: true, toStatus: true, reason: true, changedBy: true } })).toEqual([
      { fromStatus: null, toStatus: "APPLICANT", reason: "application received", changedBy: "board-secretary" },
    ]);
  });

  it("lets exactly one of two simultaneous applications with the same tax code through, the other a CONFLICT on input.taxCode", async () => {
    const input = application();
    const results = await Promise.allSettled([
      executeAs(database.db, ADMIN, applyForMembership, input),
      executeAs(database.db, ADMIN, applyForMembership, { ...input, alboNumber: null, type: "OTHER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refusalOf(refused.reason)).toEqual({ code: "CONFLICT", field: "input.taxCode", message: "a member or applicant with this tax code already exists" });
    expect(await database.db.cooperative.count({ where: { taxCode: input.taxCode } })).toBe(1);
    expect(await database.db.membershipApplication.count({ where: { cooperative: { taxCode: input.taxCode } } })).toBe(1);
  });
});

describe("decideMembershipApplication", () => {
  it("admits: ACTIVE from the resolution date, the requested share capital subscribed", async () => {
    const coop = await member({ requestedShareCapital: "2500.00" });
    expect(coop).toMatchObject({ status: "ACTIVE", admissionDate: today() });
    expect(coop.shareCapitalSubscribed.toFixed(2)).toBe("2500.00");
    expect(await database.db.shareCapitalEntry.findMany({ where: { cooperativeId: coop.id }, select: { kind: true, recordedBy: true } })).toEqual([
      { kind: "SUBSCRIPTION", recordedBy: "board-secretary" },
    ]);
  });

  it("admits one of two simultaneous non-social applicants when the art. 8 share has room for one only", async () => {
    // Make the consortium exactly 70% social cooperatives after one more non-social member.
    const members = await database.db.cooperative.groupBy({ by: ["type"], where: { status: { in: ["ACTIVE", "SUSPENDED"] } }, _count: { _all: true } });
    const social = members.filter((m) => m.type !== "OTHER").reduce((sum, m) => sum + m._count._all, 0);
    let others = members.filter((m) => m.type === "OTHER").reduce((sum, m) => sum + m._count._all, 0);
    // Add social members until one more OTHER still keeps >= 70%, and two more would not.
    let socialCount = social;
    while (!(socialCount * 10 >= (socialCount + others + 1) * 7 && socialCount * 10 < (socialCount + others + 2) * 7)) {
      if (socialCount * 10 < (socialCount + others + 1) * 7) {
        await member({ type: "A" });
        socialCount += 1;
      } else {
        await member({ type: "OTHER", alboNumber: null });
        others += 1;
      }
    }
    const [a, b] = [
      await executeAs(database.db, ADMIN, applyForMembership, application({ type: "OTHER", alboNumber: null })),
      await executeAs(database.db, ADMIN, applyForMembership, application({ type: "OTHER", alboNumber: null })),
    ];
    const admit = (cooperativeId: string) =>
      executeAs(database.db, ADMIN, decideMembershipApplication, {
        cooperativeId,
        decision: MembershipDecision.ADMIT,
        resolutionNumber: "CdA 99",
        resolutionDate: today(),
        reason: null,
      });
    const results = await Promise.allSettled([admit(a.id), admit(b.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refusalOf(refused.reason)).toMatchObject({ code: "CONFLICT", field: "input.decision" });
    expect(await database.db.cooperative.count({ where: { id: { in: [a.id, b.id] }, status: "ACTIVE" } })).toBe(1);
  });
});

describe("recordShareCapital", () => {
  it("never lets simultaneous payments take the paid capital above the subscribed", async () => {
    const coop = await member({ requestedShareCapital: "1000.00" });
    const pay = () => executeAs(database.db, ADMIN, recordShareCapital, { cooperativeId: coop.id, kind: "PAYMENT", amount: "300.00", date: today() });
    const results = await Promise.allSettled([pay(), pay(), pay(), pay()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(refusalOf(r.reason)).toEqual({ code: "BAD_USER_INPUT", field: "input.amount", message: "this payment would exceed the share capital still to be paid" });
    }
    const after = await database.db.cooperative.findUniqueOrThrow({ where: { id: coop.id } });
    expect(after.shareCapitalPaid.toFixed(2)).toBe("900.00");
    expect(await database.db.shareCapitalEntry.count({ where: { cooperativeId: coop.id, kind: "PAYMENT" } })).toBe(3);
  });
});

describe("addPerson and endPerson", () => {
  const person = (cooperativeId: string, n: number, role: "WORKER_MEMBER" | "VOLUNTEER_MEMBER") => ({
    cooperativeId,
    firstName: "Anna",
    lastName: `Rossi ${n}`,
    taxCode: personTaxCode("Anna", `Rossi${String.fromCharCode(65 + n)}`, "F", new Date(Date.UTC(1980, 0, 1 + n)), "F205"),
    role,
    startDate: new Date("2024-01-01T00:00:00.000Z"),
  });

  it("keeps volunteers at most half of the members when volunteers are added at once (Law 381/1991 art. 2)", async () => {
    const coop = await member();
    await executeAs(database.db, ADMIN, addPerson, person(coop.id, 0, "WORKER_MEMBER"));
    await executeAs(database.db, ADMIN, addPerson, person(coop.id, 1, "WORKER_MEMBER"));
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => executeAs(database.db, ADMIN, addPerson, person(coop.id, 1 + n, "VOLUNTEER_MEMBER"))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected"))
      expect(refusalOf(r.reason)).toMatchObject({ code: "CONFLICT", field: "input.role" });
    expect(await database.db.person.count({ where: { cooperativeId: coop.id, role: "VOLUNTEER_MEMBER" } })).toBe(2);
  });

  it("refuses the same codice fiscale twice in a cooperative, naming input.taxCode", async () => {
    const coop = await member();
    const anna = person(coop.id, 9, "WORKER_MEMBER");
    const results = await Promise.allSettled([executeAs(database.db, ADMIN, addPerson, anna), executeAs(database.db, ADMIN, addPerson, anna)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refusalOf(refused.reason)).toEqual({ code: "CONFLICT", field: "input.taxCode", message: "this person (codice fiscale) is already recorded in this cooperative" });
  });

  it("ends a person once, and hides another cooperative's people from a manager", async () => {
    const coop = await member();
    const anna = await executeAs(database.db, ADMIN, addPerson, person(coop.id, 12, "WORKER_MEMBER"));
    const manager: Identity = { sub: "manager", role: "COOP_MANAGER", coopId: "00000000-0000-4000-8000-000000000000" };
    await expect(executeAs(database.db, manager, endPerson, { personId: anna.id, endDate: today() })).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
    expect((await executeAs(database.db, ADMIN, endPerson, { personId: anna.id, endDate: today() })).endDate).toEqual(today());
    await expect(executeAs(database.db, ADMIN, endPerson, { personId: anna.id, endDate: today() })).rejects.toMatchObject({
      message: "this person has already left",
      extensions: { code: "CONFLICT", field: "input.personId" },
    });
  });
});
