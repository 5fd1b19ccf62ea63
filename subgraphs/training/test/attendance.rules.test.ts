import { attendanceHours, attendanceRefusal, certificateStep, recordingRefusal, sessionRefusal } from "../src/attendance/attendance.rules";
import { certificateNumber } from "../src/certificate/certificate.rules";
import { day, refusal } from "@coopgraph/testing";

describe("the hours of an attendance", () => {
  it("go from 0 (absent) to the session's hours, never above", () => {
    expect(attendanceHours("input.hours", "0", { hours: "4.00" })).toBe(0n);
    expect(attendanceHours("input.hours", "4", { hours: "4.00" })).toBe(400n);
    expect(refusal(() => attendanceHours("input.hours", "4.01", { hours: "4.00" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.hours",
      message: "attendance cannot exceed the session's 4.00 hours",
    });
    expect(refusal(() => attendanceHours("input.hours", "-1", { hours: "4.00" }))).toMatchObject({ field: "input.hours" });
    expect(refusal(() => attendanceHours("input.hours", "1.005", { hours: "4.00" }))).toMatchObject({ field: "input.hours" });
  });
});

describe("who attends what", () => {
  it("is an ENROLLED participant, at a session of their course that has taken place", () => {
    expect(attendanceRefusal("ENROLLED")).toBeNull();
    expect(attendanceRefusal("WAITLISTED")).toBe("only ENROLLED participants attend; this enrolment is WAITLISTED");
    expect(attendanceRefusal("CANCELLED")).toBe("only ENROLLED participants attend; this enrolment is CANCELLED");
    const session = { courseId: "c1", number: 2, date: day("2026-05-04") };
    expect(sessionRefusal(session, "c1", day("2026-05-04"))).toBeNull();
    expect(sessionRefusal(session, "c2", day("2026-05-04"))).toBe("this is not a session of the enrolment's course");
    expect(sessionRefusal(null, "c1", day("2026-05-04"))).toBe("this is not a session of the enrolment's course");
    expect(sessionRefusal(session, "c1", day("2026-05-03"))).toBe("session 2 is on 2026-05-04: attendance is recorded on or after its day");
  });

  it("is recorded once per session; a correction gives its reason", () => {
    expect(recordingRefusal(null, null, { number: 1 })).toBeNull();
    expect(recordingRefusal({ hours: "2.5" }, "wrong sheet", { number: 1 })).toBeNull();
    expect(recordingRefusal({ hours: "2.5" }, null, { number: 1 })).toEqual({
      code: "CONFLICT",
      field: "input.sessionId",
      message: "attendance at session 1 is already recorded (2.50 hours): to correct it, give a correctionReason",
    });
    expect(recordingRefusal(null, "why", { number: 3 })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.correctionReason" });
  });
});

describe("the certificate", () => {
  it("is issued the moment attendance reaches the required hours, never before, and once", () => {
    expect(certificateStep(1119n, 1120n, false)).toEqual({ kind: "NONE" });
    expect(certificateStep(1120n, 1120n, false)).toEqual({ kind: "ISSUE" });
    expect(certificateStep(1600n, 1120n, true)).toEqual({ kind: "NONE" });
    expect(certificateStep(1000n, 1120n, true)).toEqual({
      kind: "REFUSE",
      message: "a certificate was issued for 11.20 required hours; this correction would leave 10.00 attended",
    });
  });

  it("is numbered by year and sequence", () => {
    expect(certificateNumber(2026, 1)).toBe("2026/0001");
    expect(certificateNumber(2026, 412)).toBe("2026/0412");
    expect(certificateNumber(2027, 12345)).toBe("2027/12345");
  });
});
