import { cancellationRefusal, enrolmentRefusal, seatFor, waitingListPosition } from "../src/enrolment/enrolment.rules";
import { admin, managerOf, personFacts } from "./support/database";
import { day } from "@coopgraph/testing";

const today = day("2026-05-04");

describe("who may be enrolled", () => {
  it("is a current person of an ACTIVE member cooperative", () => {
    expect(enrolmentRefusal(personFacts(1, 0), admin, today)).toBeNull();
    expect(enrolmentRefusal(personFacts(1, 0, { endDate: "2026-05-04" }), admin, today)).toBeNull();
  });

  it("is known to membership", () => {
    expect(enrolmentRefusal(null, admin, today)).toEqual({ code: "BAD_USER_INPUT", field: "input.personId", message: "no person of a member cooperative has this id" });
  });

  it("is not a person of a cooperative that is not ACTIVE", () => {
    for (const status of ["SUSPENDED", "WITHDRAWN", "EXCLUDED", "APPLICANT", "REJECTED"] as const) {
      expect(enrolmentRefusal(personFacts(2, 0, { status, name: "La Quercia" }), admin, today)).toEqual({
        code: "CONFLICT",
        field: "input.personId",
        message: `Nome0 Cognome2's cooperative La Quercia is ${status}: only people of ACTIVE member cooperatives can be enrolled`,
      });
    }
  });

  it("is not someone who has left", () => {
    expect(enrolmentRefusal(personFacts(3, 2, { endDate: "2026-05-03" }), admin, today)).toEqual({
      code: "CONFLICT",
      field: "input.personId",
      message: "Nome2 Cognome3 left Cooperativa 3 on 2026-05-03: only its current people can be enrolled",
    });
  });

  it("is, for a cooperative's manager, one of their own people", () => {
    expect(enrolmentRefusal(personFacts(4, 0), managerOf(4), today)).toBeNull();
    expect(enrolmentRefusal(personFacts(4, 0), managerOf(5), today)).toEqual({
      code: "FORBIDDEN",
      field: "input.personId",
      message: "a cooperative manager enrols people of their own cooperative only",
    });
    expect(enrolmentRefusal(personFacts(4, 0), { sub: "x", role: "ANALYST" }, today)).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("seats and the waiting list", () => {
  it("gives a seat while seats last", () => {
    expect(seatFor({ seats: 20, seatsTaken: 19 })).toBe("ENROLLED");
    expect(seatFor({ seats: 20, seatsTaken: 20 })).toBe("WAITLISTED");
  });

  it("counts places on the waiting list from 1, in request order", () => {
    const list = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(waitingListPosition("a", list)).toBe(1);
    expect(waitingListPosition("c", list)).toBe(3);
    expect(waitingListPosition("z", list)).toBeNull();
  });

  it("cancels a live enrolment without a certificate only", () => {
    expect(cancellationRefusal({ status: "ENROLLED" }, false)).toBeNull();
    expect(cancellationRefusal({ status: "WAITLISTED" }, false)).toBeNull();
    expect(cancellationRefusal({ status: "CANCELLED" }, false)).toBe("this enrolment is already cancelled");
    expect(cancellationRefusal({ status: "ENROLLED" }, true)).toBe("this enrolment has a certificate: the course was completed and stays on record");
  });
});
