import { consortiumCompliance } from "../src/compliance/compliance.rules";
import { transitionRefusal } from "../src/cooperative/cooperative.rules";
import { durcValidUntil, hasValidDurc, latestValidUntil } from "../src/durc/durc.rules";
import { leavingRefusal, volunteerCapRefusal } from "../src/person/person.rules";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("the status lifecycle of a member", () => {
  it("lets an active member be suspended, withdraw or be excluded", () => {
    expect(transitionRefusal("ACTIVE", "SUSPENDED")).toBeNull();
    expect(transitionRefusal("ACTIVE", "WITHDRAWN")).toBeNull();
    expect(transitionRefusal("SUSPENDED", "ACTIVE")).toBeNull();
    expect(transitionRefusal("SUSPENDED", "EXCLUDED")).toBeNull();
  });
  it("admits or rejects applicants only through the board's decision", () => {
    expect(transitionRefusal("APPLICANT", "ACTIVE")).toBe("an applicant becomes ACTIVE or REJECTED only by decideMembershipApplication");
  });
  it("says which moves are allowed when one is not", () => {
    expect(transitionRefusal("ACTIVE", "REJECTED")).toBe("from ACTIVE a cooperative can move to SUSPENDED, WITHDRAWN or EXCLUDED, not to REJECTED");
    expect(transitionRefusal("EXCLUDED", "ACTIVE")).toBe("a cooperative that is EXCLUDED can only apply again (applyForMembership)");
  });
});

describe("DURC validity", () => {
  it("lasts 120 days from the issue date", () => {
    expect(durcValidUntil(day("2024-02-05"))).toEqual(day("2024-06-04"));
  });
  it("covers the days from issue to expiry, both included", () => {
    const durcs = [{ issueDate: day("2026-01-10"), validUntil: durcValidUntil(day("2026-01-10")) }];
    expect(hasValidDurc(durcs, day("2026-01-10"))).toBe(true);
    expect(hasValidDurc(durcs, day("2026-05-10"))).toBe(true);
    expect(hasValidDurc(durcs, day("2026-05-11"))).toBe(false);
    expect(hasValidDurc(durcs, day("2026-01-09"))).toBe(false);
    expect(latestValidUntil(durcs)).toEqual(day("2026-05-10"));
    expect(latestValidUntil([])).toBeNull();
  });
});

describe("volunteer members (Law 381/1991 art. 2)", () => {
  it("may be up to half of the members", () => {
    expect(volunteerCapRefusal({ workerMembers: 1, volunteerMembers: 0 }, "VOLUNTEER_MEMBER")).toBeNull();
    expect(volunteerCapRefusal({ workerMembers: 3, volunteerMembers: 2 }, "VOLUNTEER_MEMBER")).toBeNull();
  });
  it("may not be more than half", () => {
    expect(volunteerCapRefusal({ workerMembers: 2, volunteerMembers: 2 }, "VOLUNTEER_MEMBER")).toBe(
      "volunteer members can be at most half of the members (Law 381/1991 art. 2): with this one they would be 3 of 5",
    );
    expect(volunteerCapRefusal({ workerMembers: 0, volunteerMembers: 0 }, "VOLUNTEER_MEMBER")).not.toBeNull();
  });
  it("keep a worker member from leaving when volunteers would become more than half", () => {
    expect(leavingRefusal({ workerMembers: 2, volunteerMembers: 2 }, "WORKER_MEMBER")).toBeNull();
    expect(leavingRefusal({ workerMembers: 1, volunteerMembers: 2 }, "WORKER_MEMBER")).toBe(
      "volunteer members can be at most half of the members (Law 381/1991 art. 2): without this worker member they would be 2 of 3",
    );
    expect(leavingRefusal({ workerMembers: 0, volunteerMembers: 5 }, "VOLUNTEER_MEMBER")).toBeNull();
    expect(leavingRefusal({ workerMembers: 0, volunteerMembers: 5 }, "EMPLOYEE")).toBeNull();
  });

  it("never limits worker members or employees", () => {
    expect(volunteerCapRefusal({ workerMembers: 0, volunteerMembers: 9 }, "WORKER_MEMBER")).toBeNull();
    expect(volunteerCapRefusal({ workerMembers: 0, volunteerMembers: 9 }, "EMPLOYEE")).toBeNull();
  });
});

describe("the consortium's 70% indicator (Law 381/1991 art. 8)", () => {
  it("is met at exactly 70% social cooperatives", () => {
    expect(
      consortiumCompliance(
        [
          { type: "A", count: 4 },
          { type: "B", count: 3 },
          { type: "OTHER", count: 3 },
        ],
        "0.70",
      ),
    ).toEqual({
      members: 10,
      socialCooperatives: 7,
      ratio: "0.7000",
      threshold: "0.70",
      compliant: true,
      byType: [
        { type: "A", count: 4 },
        { type: "B", count: 3 },
        { type: "AB", count: 0 },
        { type: "CONSORTIUM", count: 0 },
        { type: "OTHER", count: 3 },
      ],
    });
  });
  it("is missed just below, counting member consortia as social", () => {
    const result = consortiumCompliance(
      [
        { type: "CONSORTIUM", count: 2 },
        { type: "AB", count: 4 },
        { type: "OTHER", count: 3 },
      ],
      "0.70",
    );
    expect(result).toMatchObject({ members: 9, socialCooperatives: 6, ratio: "0.6667", compliant: false });
  });
  it("is not met by a consortium without members", () => {
    expect(consortiumCompliance([], "0.70")).toMatchObject({ members: 0, ratio: "0.0000", compliant: false });
  });
});
