import { convenzioneRefusal, transitionRefusal, TENDER_TRANSITIONS, validateTender, type TenderInput } from "../src/tender/tender.rules";
import type { TenderStatus } from "../src/db";
import { day, refusal } from "@coopgraph/testing";

const tender: TenderInput = {
  cig: "B1234567AB",
  cup: null,
  title: "Manutenzione del verde pubblico 2026-2027",
  object: "SERVICES",
  procedure: "OPEN",
  buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
  baseAmount: "180000.00",
  deadline: day("2026-03-31"),
};

describe("the tender lifecycle", () => {
  const ALL: TenderStatus[] = ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "AWARDED", "LOST", "WITHDRAWN", "CONTRACT_SIGNED", "COMPLETED"];

  it("moves a tender along DRAFT -> PUBLISHED -> BID_SUBMITTED -> LOST | WITHDRAWN and AWARDED -> CONTRACT_SIGNED -> COMPLETED", () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => transitionRefusal(from, to) === null).map((to) => `${from}->${to}`));
    expect(allowed).toEqual([
      "DRAFT->PUBLISHED",
      "DRAFT->WITHDRAWN",
      "PUBLISHED->BID_SUBMITTED",
      "PUBLISHED->WITHDRAWN",
      "BID_SUBMITTED->LOST",
      "BID_SUBMITTED->WITHDRAWN",
      "AWARDED->CONTRACT_SIGNED",
      "CONTRACT_SIGNED->COMPLETED",
    ]);
  });

  it("names the allowed moves when refusing one", () => {
    expect(transitionRefusal("DRAFT", "BID_SUBMITTED")).toBe("a DRAFT tender can move to PUBLISHED or WITHDRAWN, not to BID_SUBMITTED");
    expect(transitionRefusal("AWARDED", "LOST")).toBe("an AWARDED tender can move to CONTRACT_SIGNED, not to LOST");
  });

  it("sends an award to awardTender, which records the contract", () => {
    expect(transitionRefusal("BID_SUBMITTED", "AWARDED")).toBe(
      "a tender becomes AWARDED through awardTender, which records its contract; otherwise a BID_SUBMITTED tender can move to LOST or WITHDRAWN",
    );
    expect(TENDER_TRANSITIONS.BID_SUBMITTED).toContain("AWARDED");
  });

  it("keeps lost, withdrawn and completed tenders where they are", () => {
    for (const from of ["LOST", "WITHDRAWN", "COMPLETED"] as TenderStatus[]) {
      expect(ALL.map((to) => transitionRefusal(from, to))).toEqual(ALL.map(() => `a ${from} tender cannot change status any more`));
    }
  });
});

describe("a new tender", () => {
  const on = day("2025-06-01");

  it("is normalised: CIG and CUP upper case without spaces, text trimmed", () => {
    expect(validateTender({ ...tender, cig: " b123 4567ab ", cup: "j41b2 4000010007", title: "  Manutenzione   del verde " }, on)).toEqual({
      cig: "B1234567AB",
      cup: "J41B24000010007",
      title: "Manutenzione del verde",
      object: "SERVICES",
      procedure: "OPEN",
      buyerName: "Comune di Bergamo",
      buyerTaxCode: "80034840167",
      buyerKind: "SUB_CENTRAL_AUTHORITY",
      baseAmount: "180000.00",
      deadline: day("2026-03-31"),
      notes: null,
      lots: [],
    });
  });

  it("refuses a CIG of the wrong length", () => {
    expect(refusal(() => validateTender({ ...tender, cig: "B1234567A" }, on))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.cig",
      message: "a CIG must have 10 characters, not 9",
    });
  });

  it("refuses a CIG with characters other than letters and digits", () => {
    expect(refusal(() => validateTender({ ...tender, cig: "B1234-67AB" }, on))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.cig",
      message: 'a CIG may contain only letters and digits, not "-"',
    });
  });

  it("refuses a CUP that is not 15 letters or digits", () => {
    expect(refusal(() => validateTender({ ...tender, cup: "J41B2400001000" }, on))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.cup",
      message: "a CUP must have 15 characters, not 14",
    });
  });

  it("refuses a buyer whose codice fiscale fails its check digit", () => {
    expect(refusal(() => validateTender({ ...tender, buyer: { ...tender.buyer, taxCode: "80034840168" } }, on))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.buyer.taxCode",
    });
  });

  it("refuses an amount written with more than two decimals, or zero", () => {
    expect(refusal(() => validateTender({ ...tender, baseAmount: "1000.005" }, on))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.baseAmount" });
    expect(refusal(() => validateTender({ ...tender, baseAmount: "0.00" }, on))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.baseAmount",
      message: "the amount must be greater than zero",
    });
  });

  it("numbers its lots and wants their amounts to add up to the tender's, exactly", () => {
    const lots = [
      { title: "Lotto nord", baseAmount: "90000.01" },
      { title: "Lotto sud", baseAmount: "89999.99", cig: "b7654321cd" },
    ];
    expect(validateTender({ ...tender, lots }, on).lots).toEqual([
      { number: 1, title: "Lotto nord", baseAmount: "90000.01", cig: null },
      { number: 2, title: "Lotto sud", baseAmount: "89999.99", cig: "B7654321CD" },
    ]);
    expect(refusal(() => validateTender({ ...tender, lots: [lots[0], { ...lots[1], baseAmount: "89999.98" }] }, on))).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.lots",
      message: "the lots' base amounts add up to 179999.99, not to the tender's 180000.00",
    });
  });

  it("wants each lot's CIG to differ from the tender's", () => {
    expect(refusal(() => validateTender({ ...tender, lots: [{ title: "Unico", baseAmount: "180000.00", cig: "B1234567AB" }] }, on))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.lots.0.cig",
    });
  });
});

describe("a convenzione art. 5 (Law 381/1991)", () => {
  const convenzione = { procedure: "CONVENZIONE_ART5", object: "SERVICES", buyerKind: "SUB_CENTRAL_AUTHORITY" } as const;

  it("is allowed below the EU threshold of its buyer", () => {
    expect(convenzioneRefusal(convenzione, "220999.99", day("2025-06-01"), "input.baseAmount")).toBeNull();
    expect(convenzioneRefusal({ ...convenzione, buyerKind: "CENTRAL_AUTHORITY" }, "142999.99", day("2025-06-01"), "input.baseAmount")).toBeNull();
  });

  it("is refused at or above the EU threshold (2024-2025: EUR 221,000 for sub-central authorities)", () => {
    expect(convenzioneRefusal(convenzione, "221000.00", day("2025-06-01"), "input.baseAmount")).toEqual({
      field: "input.baseAmount",
      message:
        "a convenzione art. 5 (Law 381/1991) must stay below the EU threshold for supplies and services of sub-central authorities, " +
        "EUR 221000.00 on 2025-06-01 (Commission Delegated Regulation (EU) 2023/2495); this is EUR 221000.00",
    });
    expect(convenzioneRefusal({ ...convenzione, buyerKind: "CENTRAL_AUTHORITY" }, "143000.00", day("2025-06-01"), "input.value")).toMatchObject({ field: "input.value" });
  });

  it("follows the thresholds in force on the day: EUR 216,000 for sub-central authorities from 1 January 2026", () => {
    expect(convenzioneRefusal(convenzione, "218000.00", day("2025-12-31"), "input.baseAmount")).toBeNull();
    expect(convenzioneRefusal(convenzione, "218000.00", day("2026-01-01"), "input.baseAmount")?.message).toContain(
      "EUR 216000.00 on 2026-01-01 (Commission Delegated Regulation (EU) 2025/2152",
    );
  });

  it("is for supplies and services only, with a public body", () => {
    expect(convenzioneRefusal({ ...convenzione, object: "WORKS" }, "1000.00", day("2025-06-01"), "input.baseAmount")).toEqual({
      field: "input.object",
      message: "a convenzione art. 5 (Law 381/1991) is for supplies and services, not works",
    });
    expect(convenzioneRefusal({ ...convenzione, buyerKind: "PRIVATE_CLIENT" }, "1000.00", day("2025-06-01"), "input.baseAmount")?.field).toBe("input.buyer.kind");
  });

  it("is refused when a new tender's base amount is above the threshold", () => {
    expect(refusal(() => validateTender({ ...tender, procedure: "CONVENZIONE_ART5", baseAmount: "250000.00" }, day("2025-06-01")))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.baseAmount",
    });
  });

  it("leaves other procedures alone, whatever the amount", () => {
    expect(convenzioneRefusal({ ...convenzione, procedure: "OPEN" }, "9000000.00", day("2025-06-01"), "input.baseAmount")).toBeNull();
  });
});
