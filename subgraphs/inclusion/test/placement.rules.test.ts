import type { CooperativeFacts, PersonFacts } from "@coopgraph/clients";
import { endRefusal, placementRefusal, validateStart, type PlacementStart } from "../src/placement/placement.rules";
import { reviewDateRefusal } from "../src/plan/plan.rules";
import { asSeen, day, refusal } from "@coopgraph/testing";

const now = new Date("2026-03-10T10:00:00.000Z");
const COOP = "6600c12c-a80e-5dda-ba93-a7c13957c572";
const PERSON = "7acc711c-8058-53ac-a86b-07a4eafbb66c";

const input = (overrides: Partial<Record<keyof PlacementStart, unknown>> = {}) =>
  ({
    personId: PERSON,
    cooperativeId: COOP,
    category: "ADDICTION",
    referringService: "ADDICTION_SERVICE",
    certificationReference: "  SerD   TO/2026/17 ",
    certificationDate: day("2026-02-20"),
    kind: "EMPLOYMENT",
    monthlyStipend: null,
    hoursPerWeek: 30,
    role: "Magazziniere",
    tutor: "Luisa Neri",
    startDate: day("2026-03-01"),
    goals: [" Continuità  della presenza "],
    ...overrides,
  }) as PlacementStart;

describe("starting a placement: what is checked before anyone is asked", () => {
  it("normalises a valid start", () => {
    expect(validateStart(input(), now)).toEqual({ ...input(), certificationReference: "SerD TO/2026/17", goals: ["Continuità della presenza"] });
  });

  it.each([
    [{ personId: "42" }, "input.personId", "this is not the id of a person"],
    [{ cooperativeId: "coop" }, "input.cooperativeId", "this is not the id of a cooperative"],
    [{ startDate: day("1991-12-17"), certificationDate: day("1991-12-01") }, "input.startDate", "placements under Law 381/1991 start from 1991-12-18"],
    [{ certificationReference: "  " }, "input.certificationReference", "this cannot be empty"],
    [{ certificationDate: day("2026-03-11") }, "input.certificationDate", "this date is in the future"],
    [{ certificationDate: day("2026-03-02") }, "input.certificationDate", "the disadvantage must be certified by the start of the placement (2026-03-01)"],
    [{ hoursPerWeek: 0 }, "input.hoursPerWeek", "hours per week are a whole number from 1 to 48"],
    [{ hoursPerWeek: 49 }, "input.hoursPerWeek", "hours per week are a whole number from 1 to 48"],
    [{ hoursPerWeek: 20.5 }, "input.hoursPerWeek", "hours per week are a whole number from 1 to 48"],
    [{ monthlyStipend: "400.00" }, "input.monthlyStipend", "employment has a wage, not a stipend: give a stipend for a traineeship only"],
    [{ kind: "TRAINEESHIP" }, "input.monthlyStipend", "a traineeship (borsa lavoro, tirocinio) has a monthly stipend"],
    [{ kind: "TRAINEESHIP", monthlyStipend: "0.00" }, "input.monthlyStipend", "the amount must be greater than zero"],
    // A Decimal, but more than the column holds.
    [{ kind: "TRAINEESHIP", monthlyStipend: "100000000.00" }, "input.monthlyStipend", "a monthly stipend is at most 99999999.99 euro"],
    [{ kind: "TRAINEESHIP", monthlyStipend: "999999999999.99" }, "input.monthlyStipend", "a monthly stipend is at most 99999999.99 euro"],
    [{ role: "" }, "input.role", "this cannot be empty"],
    [{ tutor: "x".repeat(201) }, "input.tutor", "this can be at most 200 characters"],
    [{ goals: [] }, "input.goals", "an individual plan has at least one goal"],
    [{ goals: Array.from({ length: 21 }, (_, i) => `goal ${i}`) }, "input.goals", "an individual plan has at most 20 goals"],
    [{ goals: ["ok", " "] }, "input.goals.1", "this cannot be empty"],
  ])("refuses %p", (overrides, field, message) => {
    expect(refusal(() => validateStart(input(overrides), now))).toEqual({ code: "BAD_USER_INPUT", field, message });
  });

  it("accepts 1 and 48 hours, and a traineeship with a stipend", () => {
    expect(validateStart(input({ hoursPerWeek: 1 }), now).hoursPerWeek).toBe(1);
    expect(validateStart(input({ hoursPerWeek: 48 }), now).hoursPerWeek).toBe(48);
    expect(validateStart(input({ kind: "TRAINEESHIP", monthlyStipend: "450" }), now).monthlyStipend).toBe("450");
    expect(validateStart(input({ kind: "TRAINEESHIP", monthlyStipend: "99999999.99" }), now).monthlyStipend).toBe("99999999.99");
  });
});

describe("starting a placement: what membership's facts allow", () => {
  const start = validateStart(input(), now);
  const coop: CooperativeFacts = { id: COOP, name: "La Rondine", type: "B", status: "ACTIVE", province: "TO", region: "Piemonte", hasValidDurc: true };
  const person: PersonFacts = {
    id: PERSON,
    firstName: "Chiara",
    lastName: "Rossi",
    role: "WORKER_MEMBER",
    startDate: "2015-01-01",
    endDate: null,
    cooperative: { id: COOP, name: "La Rondine", type: "B", status: "ACTIVE" },
  };

  it("allows a worker member of an ACTIVE cooperative", () => {
    expect(placementRefusal(start, person, coop)).toBeNull();
    expect(placementRefusal(start, { ...person, role: "EMPLOYEE" }, coop)).toBeNull();
  });

  it.each([
    ["an unknown cooperative", person, undefined, { code: "BAD_USER_INPUT", field: "input.cooperativeId", message: "membership knows no cooperative with this id" }],
    ["an unknown person", null, coop, { code: "BAD_USER_INPUT", field: "input.personId", message: "membership knows no person with this id" }],
    [
      "a person of another cooperative, without naming it",
      { ...person, cooperative: { ...person.cooperative, id: "0c77ab2b-9372-41c7-8be9-fdcfd767371d", name: "Altra" } },
      coop,
      { code: "BAD_USER_INPUT", field: "input.personId", message: "this person does not belong to this cooperative" },
    ],
    [
      "a suspended cooperative",
      person,
      { ...coop, status: "SUSPENDED" },
      { code: "CONFLICT", field: "input.cooperativeId", message: "La Rondine is SUSPENDED: placements start in ACTIVE member cooperatives only" },
    ],
    [
      "a person not yet in the cooperative",
      { ...person, startDate: "2026-03-02" },
      coop,
      { code: "BAD_USER_INPUT", field: "input.startDate", message: "the person joined the cooperative on 2026-03-02: the placement cannot start before" },
    ],
    [
      "a person who has left",
      { ...person, endDate: "2026-02-28" },
      coop,
      { code: "BAD_USER_INPUT", field: "input.startDate", message: "the person left the cooperative on 2026-02-28" },
    ],
    [
      "employment of a volunteer member",
      { ...person, role: "VOLUNTEER_MEMBER" },
      coop,
      {
        code: "BAD_USER_INPUT",
        field: "input.kind",
        message: "a volunteer member (socio volontario) is not a worker: employment needs a worker member or an employee; a traineeship does not",
      },
    ],
  ] as const)("refuses %s", (_what, who, where, expected) => {
    expect(asSeen(placementRefusal(start, who as PersonFacts | null, where as CooperativeFacts | undefined))).toEqual(expected);
  });

  it("allows a traineeship of a volunteer member (trainees are not workers)", () => {
    expect(placementRefusal({ ...start, kind: "TRAINEESHIP", monthlyStipend: "450" }, { ...person, role: "VOLUNTEER_MEMBER" }, coop)).toBeNull();
  });
});

describe("ending a placement and reviewing its plan", () => {
  const open = { startDate: day("2026-01-15"), endDate: null };

  it("ends an open placement on its first day or later, up to today", () => {
    expect(endRefusal(open, day("2026-01-15"), now)).toBeNull();
    expect(endRefusal(open, day("2026-03-10"), now)).toBeNull();
  });

  it.each([
    [open, "2026-03-11", { code: "BAD_USER_INPUT", field: "input.endDate", message: "this date is in the future" }],
    [open, "2026-01-14", { code: "BAD_USER_INPUT", field: "input.endDate", message: "the placement started on 2026-01-15: it cannot end before" }],
    [{ ...open, endDate: day("2026-02-01") }, "2026-03-01", { code: "CONFLICT", field: "input.placementId", message: "this placement already ended on 2026-02-01" }],
  ] as const)("refuses to end %p on %s", (placement, endDate, expected) => {
    expect(asSeen(endRefusal(placement, day(endDate), now))).toEqual(expected);
  });

  it("dates a review within the placement, up to today", () => {
    expect(reviewDateRefusal(open, day("2026-01-15"), now)).toBeNull();
    expect(reviewDateRefusal({ ...open, endDate: day("2026-02-01") }, day("2026-02-01"), now)).toBeNull();
    expect(asSeen(reviewDateRefusal(open, day("2026-03-11"), now))).toEqual({ code: "BAD_USER_INPUT", field: "input.date", message: "this date is in the future" });
    expect(asSeen(reviewDateRefusal(open, day("2026-01-14"), now))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.date",
      message: "the placement started on 2026-01-15: a review cannot precede it",
    });
    expect(asSeen(reviewDateRefusal({ ...open, endDate: day("2026-02-01") }, day("2026-02-02"), now))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.date",
      message: "the placement ended on 2026-02-01: a review cannot follow it",
    });
  });
});
