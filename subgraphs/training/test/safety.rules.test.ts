import { addYears, completionValidUntil, riskLevelRefusal, safetyStanding, type Completion } from "../src/safety/safety.rules";
import { safetyTrainingRules } from "../src/settings";
import { day } from "@coopgraph/testing";

const today = day("2026-06-15");
const started = { startDate: day("2015-03-01") };
const done = (kind: Completion["kind"], on: string): Completion => ({ kind, completedOn: day(on) });
/** The standing of each requirement, as [requirement, status, due date, course to take]. */
const standing = (completions: Completion[], risk: "LOW" | "MEDIUM" | "HIGH" | null, withinDays = 30, person = started) =>
  safetyStanding(person, completions, risk, today, withinDays).map((s) => [s.requirement, s.status, s.dueDate.toISOString().slice(0, 10), s.kindToTake]);

describe("mandatory safety training of a worker", () => {
  it("needs general and specific training; general never expires, specific is renewed every 5 years", () => {
    expect(standing([done("GENERAL", "2015-03-10"), done("SPECIFIC_MEDIUM_RISK", "2022-01-20")], "MEDIUM")).toEqual([
      ["GENERAL", "VALID", "2015-03-10", null],
      ["SPECIFIC", "VALID", "2027-01-20", "SPECIFIC_REFRESHER"],
    ]);
  });

  it("is missing for a new worker, due 60 days after they start", () => {
    const newcomer = { startDate: day("2026-06-01") };
    expect(standing([], "HIGH", 0, newcomer)).toEqual([
      ["GENERAL", "MISSING", "2026-07-31", "GENERAL"],
      ["SPECIFIC", "MISSING", "2026-07-31", "SPECIFIC_HIGH_RISK"],
    ]);
    const missing = safetyStanding(newcomer, [], "HIGH", today, 0);
    expect(missing.map((s) => s.hours)).toEqual([400n, 1200n]);
  });

  it("expires, or is expiring within the window, five years after the last specific training or refresher", () => {
    const specific = [done("GENERAL", "2015-03-10"), done("SPECIFIC_LOW_RISK", "2016-07-01"), done("SPECIFIC_REFRESHER", "2021-07-10")];
    expect(standing(specific, "LOW", 30)).toEqual([
      ["GENERAL", "VALID", "2015-03-10", null],
      ["SPECIFIC", "EXPIRING", "2026-07-10", "SPECIFIC_REFRESHER"],
    ]);
    expect(standing(specific, "LOW", 20)[1][1]).toBe("VALID");
    expect(standing([done("GENERAL", "2015-03-10"), done("SPECIFIC_LOW_RISK", "2016-07-01")], "LOW")[1]).toEqual(["SPECIFIC", "EXPIRED", "2021-07-01", "SPECIFIC_REFRESHER"]);
    // Due on the last day of the window counts; today's due date is not yet expired.
    expect(standing([done("GENERAL", "2015-03-10"), done("SPECIFIC_LOW_RISK", "2021-06-15")], "LOW", 0)[1][1]).toBe("EXPIRING");
  });

  it("needs specific training of the cooperative's risk class: a higher class covers a lower one, a lower does not cover a higher", () => {
    expect(standing([done("GENERAL", "2020-01-10"), done("SPECIFIC_HIGH_RISK", "2024-01-10")], "MEDIUM")[1][1]).toBe("VALID");
    expect(standing([done("GENERAL", "2020-01-10"), done("SPECIFIC_LOW_RISK", "2024-01-10")], "HIGH")[1]).toEqual(["SPECIFIC", "MISSING", "2015-04-30", "SPECIFIC_HIGH_RISK"]);
  });

  it("is not met by a refresher alone, nor by one taken before the specific training", () => {
    expect(standing([done("GENERAL", "2020-01-10"), done("SPECIFIC_REFRESHER", "2024-01-10")], "LOW")[1][1]).toBe("MISSING");
    expect(standing([done("SPECIFIC_REFRESHER", "2020-01-10"), done("SPECIFIC_MEDIUM_RISK", "2020-06-10")], "MEDIUM")[1]).toEqual([
      "SPECIFIC",
      "EXPIRED",
      "2025-06-10",
      "SPECIFIC_REFRESHER",
    ]);
  });

  it("names no course for specific training while the cooperative's risk class is not recorded", () => {
    const unknown = safetyStanding(started, [done("GENERAL", "2020-01-10")], null, today, 30);
    expect(unknown[1]).toEqual({ requirement: "SPECIFIC", riskLevel: null, status: "MISSING", lastCompletedOn: null, dueDate: day("2015-04-30"), kindToTake: null, hours: null });
    // Any specific training counts towards its renewal meanwhile.
    expect(standing([done("GENERAL", "2020-01-10"), done("SPECIFIC_LOW_RISK", "2024-01-10")], null)[1][1]).toBe("VALID");
  });

  it("asks designated first-aid workers and fire wardens to renew theirs: every 3 years, and every 5 for fire wardens since 4 October 2022", () => {
    const held = [done("GENERAL", "2020-01-10"), done("SPECIFIC_LOW_RISK", "2024-01-10"), done("FIRST_AID", "2023-07-01"), done("FIRE_WARDEN", "2023-01-15")];
    expect(standing(held, "LOW", 30)).toEqual([
      ["GENERAL", "VALID", "2020-01-10", null],
      ["SPECIFIC", "VALID", "2029-01-10", "SPECIFIC_REFRESHER"],
      ["FIRST_AID", "EXPIRING", "2026-07-01", "FIRST_AID_REFRESHER"],
      ["FIRE_WARDEN", "VALID", "2028-01-15", "FIRE_WARDEN_REFRESHER"],
    ]);
    // The period in force applies to training done before it: 3 years under the rules of 2020, 5 under today's.
    expect(completionValidUntil("FIRE_WARDEN", day("2022-01-15"), safetyTrainingRules.at("2020-01-01"))).toEqual(day("2025-01-15"));
    expect(completionValidUntil("FIRE_WARDEN", day("2022-01-15"))).toEqual(day("2027-01-15"));
    expect(completionValidUntil("FIRE_WARDEN_REFRESHER", day("2022-10-04"))).toEqual(day("2027-10-04"));
    expect(completionValidUntil("GENERAL", day("2022-10-04"))).toBeNull();
  });

  it("counts years by the calendar: 29 February falls due on 28 February", () => {
    expect(addYears(day("2024-02-29"), 5)).toEqual(day("2029-02-28"));
    expect(addYears(day("2024-02-29"), 4)).toEqual(day("2028-02-29"));
  });

  it("takes its hours and periods from dated configuration", () => {
    const rules = safetyTrainingRules.at("2026-01-01");
    expect(rules.kinds.GENERAL.minimumHours).toBe("4");
    expect([rules.kinds.SPECIFIC_LOW_RISK.minimumHours, rules.kinds.SPECIFIC_MEDIUM_RISK.minimumHours, rules.kinds.SPECIFIC_HIGH_RISK.minimumHours]).toEqual(["4", "8", "12"]);
    expect(rules.kinds.SPECIFIC_REFRESHER.minimumHours).toBe("6");
    expect(rules.validityYears).toEqual({ GENERAL: null, SPECIFIC: 5, FIRST_AID: 3, FIRE_WARDEN: 5 });
    expect(safetyTrainingRules.covers("2012-01-25")).toBe(false);
  });
});

describe("a cooperative's risk class", () => {
  it("is recorded for a member only, suspended or not", () => {
    const refusals = (["ACTIVE", "SUSPENDED", "APPLICANT", "REJECTED", "WITHDRAWN", "EXCLUDED"] as const).map((status) => riskLevelRefusal({ name: "Il Ponte", status }));
    expect(refusals).toEqual([
      null,
      null,
      "Il Ponte is APPLICANT: a risk class is recorded for member cooperatives only",
      "Il Ponte is REJECTED: a risk class is recorded for member cooperatives only",
      "Il Ponte is WITHDRAWN: a risk class is recorded for member cooperatives only",
      "Il Ponte is EXCLUDED: a risk class is recorded for member cooperatives only",
    ]);
  });
});
