import { courseEndedRefusal, requiredHours, validateCourse, type CourseInput } from "../src/course/course.rules";
import { percentOf } from "../src/hours";
import { day, refusal } from "@coopgraph/testing";

const input = (overrides: Partial<CourseInput> = {}): CourseInput => ({
  title: "  Lavoro   di cura ",
  area: "SOCIAL_CARE",
  hours: "10",
  seats: 12,
  startDate: day("2026-03-02"),
  endDate: day("2026-03-09"),
  mode: "IN_PERSON",
  venue: "Sala corsi, Bergamo",
  fundingSource: "FONCOOP",
  fundingNotice: "Foncoop Avviso 58",
  fundingAmount: "3000",
  sessions: [
    { date: day("2026-03-09"), hours: "4.50" },
    { date: day("2026-03-02"), hours: "5.50" },
  ],
  ...overrides,
});

describe("a course the consortium may offer", () => {
  it("is normalised, its sessions numbered in date order, with the default 70% threshold", () => {
    expect(validateCourse(input())).toEqual({
      title: "Lavoro di cura",
      description: null,
      area: "SOCIAL_CARE",
      hours: "10.00",
      seats: 12,
      startDate: day("2026-03-02"),
      endDate: day("2026-03-09"),
      mode: "IN_PERSON",
      venue: "Sala corsi, Bergamo",
      fundingSource: "FONCOOP",
      fundingNotice: "Foncoop Avviso 58",
      fundingAmount: "3000",
      attendanceThreshold: 70,
      safetyTraining: null,
      sessions: [
        { number: 1, date: day("2026-03-02"), hours: "5.50" },
        { number: 2, date: day("2026-03-09"), hours: "4.50" },
      ],
    });
  });

  it("has sessions whose hours add up to the course's exactly", () => {
    expect(refusal(() => validateCourse(input({ hours: "10.01" })))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.sessions",
      message: "the sessions add up to 10.00 hours, the course has 10.01: they must be equal",
    });
    expect(refusal(() => validateCourse(input({ sessions: [] })))).toMatchObject({ field: "input.sessions", message: "a course has at least one session" });
  });

  it("holds its sessions within its period", () => {
    expect(refusal(() => validateCourse(input({ sessions: [{ date: day("2026-03-10"), hours: "10" }] })))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.sessions.0.date",
      message: "a session must fall within the course, 2026-03-02 to 2026-03-09",
    });
    expect(refusal(() => validateCourse(input({ endDate: day("2026-03-01") })))).toMatchObject({ field: "input.endDate" });
    expect(refusal(() => validateCourse(input({ sessions: [{ date: day("2026-03-02"), hours: "0" }] })))).toMatchObject({
      field: "input.sessions.0.hours",
      message: "the hours must be more than 0",
    });
    expect(refusal(() => validateCourse(input({ sessions: [{ date: day("2026-03-02"), hours: "2.555" }] })))).toMatchObject({ field: "input.sessions.0.hours" });
  });

  it("has seats, and a venue unless online", () => {
    expect(refusal(() => validateCourse(input({ seats: 0 })))).toMatchObject({ field: "input.seats", message: "a course has at least one seat" });
    expect(refusal(() => validateCourse(input({ venue: " " })))).toMatchObject({ field: "input.venue", message: "an IN_PERSON course needs a venue" });
    expect(refusal(() => validateCourse(input({ mode: "ONLINE" })))).toMatchObject({ field: "input.venue", message: "an ONLINE course has no venue" });
    expect(validateCourse(input({ mode: "ONLINE", venue: null })).venue).toBeNull();
  });

  it("names its funding notice and amount when funded, and neither when self-funded", () => {
    expect(refusal(() => validateCourse(input({ fundingNotice: null })))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.fundingNotice",
      message: "a course funded by FONCOOP names its funding notice (avviso)",
    });
    expect(refusal(() => validateCourse(input({ fundingSource: "FSE_PLUS", fundingAmount: null })))).toMatchObject({ field: "input.fundingAmount" });
    expect(refusal(() => validateCourse(input({ fundingAmount: "0" })))).toMatchObject({ field: "input.fundingAmount", message: "the amount must be greater than zero" });
    expect(refusal(() => validateCourse(input({ fundingSource: "SELF_FUNDED", fundingAmount: null })))).toMatchObject({
      field: "input.fundingNotice",
      message: "a SELF_FUNDED course has no funding notice",
    });
    expect(validateCourse(input({ fundingSource: "SELF_FUNDED", fundingNotice: null, fundingAmount: null }))).toMatchObject({ fundingNotice: null, fundingAmount: null });
  });

  it("takes its own threshold, a whole percent", () => {
    expect(validateCourse(input({ attendanceThreshold: 80 })).attendanceThreshold).toBe(80);
    expect(refusal(() => validateCourse(input({ attendanceThreshold: 101 })))).toMatchObject({ field: "input.attendanceThreshold" });
  });

  it("gives safety training in the area SAFETY, for at least the hours its kind needs, at 90% attendance or more", () => {
    const safety = (overrides: Partial<CourseInput>) =>
      input({ area: "SAFETY", safetyTraining: "SPECIFIC_HIGH_RISK", hours: "12", sessions: [{ date: day("2026-03-02"), hours: "12" }], ...overrides });
    expect(validateCourse(safety({})).attendanceThreshold).toBe(90);
    expect(refusal(() => validateCourse(safety({ area: "TECHNICAL" })))).toMatchObject({ field: "input.area" });
    expect(refusal(() => validateCourse(safety({ hours: "8", sessions: [{ date: day("2026-03-02"), hours: "8" }] })))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.hours",
      message: "SPECIFIC_HIGH_RISK training lasts at least 12.00 hours",
    });
    expect(refusal(() => validateCourse(safety({ attendanceThreshold: 80 })))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.attendanceThreshold",
      message: "safety training needs at least 90% attendance",
    });
  });
});

describe("the hours that earn the certificate", () => {
  it("are the threshold's share of the course hours, rounded up to the hundredth, never down", () => {
    expect(requiredHours({ hours: "16.00", attendanceThreshold: 70 })).toBe(1120n);
    expect(requiredHours({ hours: "7.50", attendanceThreshold: 70 })).toBe(525n);
    // 70% of 0.01 h is 0.007 h: one hundredth is needed.
    expect(percentOf(1n, 70)).toBe(1n);
    expect(percentOf(333n, 90)).toBe(300n);
    expect(percentOf(1000n, 100)).toBe(1000n);
  });
});

describe("a course that has ended", () => {
  it("takes no more changes after its last day", () => {
    expect(courseEndedRefusal({ endDate: day("2026-03-09") }, day("2026-03-09"))).toBeNull();
    expect(courseEndedRefusal({ endDate: day("2026-03-09") }, day("2026-03-10"))).toBe("the course ended on 2026-03-09: its enrolments can no longer change");
  });
});
