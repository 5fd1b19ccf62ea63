import { errorsOf, isoInDays, startProcurement, type Procurement } from "./support/harness";
import { AWARD, CHANGE_STATUS, CREATE_TENDER, awardedContract, tenderAt, tenderInput } from "./support/scenarios";

let p: Procurement;
beforeAll(async () => {
  p = await startProcurement();
});
afterAll(() => p?.stop());

const HISTORY = `query ($id: ID!) { tender(id: $id) { status statusHistory { fromStatus toStatus reason changedBy } } }`;

describe("recording a tender", () => {
  it("records a tender as DRAFT with its buyer and lots, normalising its codes", async () => {
    const answer = await p.query(CREATE_TENDER, {
      input: tenderInput({
        cig: " z9 87654321 ",
        cup: "j41b24000010007",
        title: "Portierato dei musei civici",
        baseAmount: "410000.00",
        deadline: "2026-05-15",
        notes: "Sopralluogo obbligatorio",
        lots: [
          { title: "Musei del centro", baseAmount: "250000.00", cig: "z987654322" },
          { title: "Musei periferici", baseAmount: "160000.00" },
        ],
      }),
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createTender).toEqual({
      id: expect.any(String),
      cig: "Z987654321",
      cup: "J41B24000010007",
      title: "Portierato dei musei civici",
      object: "SERVICES",
      procedure: "OPEN",
      baseAmount: "410000.00",
      deadline: "2026-05-15",
      status: "DRAFT",
      notes: "Sopralluogo obbligatorio",
      buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
      lots: [
        { number: 1, title: "Musei del centro", baseAmount: "250000.00", cig: "Z987654322" },
        { number: 2, title: "Musei periferici", baseAmount: "160000.00", cig: null },
      ],
    });
    expect((await p.query(HISTORY, { id: answer.data!.createTender.id })).data!.tender).toEqual({
      status: "DRAFT",
      statusHistory: [{ fromStatus: null, toStatus: "DRAFT", reason: "recorded", changedBy: "test-admin" }],
    });
  });

  it("shows a private client's personal codice fiscale to the consortium's staff only", async () => {
    const created = await p.query(CREATE_TENDER, {
      input: tenderInput({ procedure: "NEGOTIATED", buyer: { name: "Luca Marino", taxCode: "MRNLCU00A01H501J", kind: "PRIVATE_CLIENT" } }),
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createTender.id;
    expect((await p.query(CHANGE_STATUS, { input: { tenderId: id, status: "PUBLISHED" } })).errors).toBeUndefined();
    const BUYER = `query ($id: ID!) { tender(id: $id) { buyer { name taxCode kind } } }`;
    expect((await p.query(BUYER, { id })).data!.tender.buyer).toEqual({ name: "Luca Marino", taxCode: "MRNLCU00A01H501J", kind: "PRIVATE_CLIENT" });
    for (const role of ["PARTNER", "ANALYST"] as const) {
      expect((await p.query(BUYER, { id }, { role })).data!.tender.buyer).toEqual({ name: "Luca Marino", taxCode: null, kind: "PRIVATE_CLIENT" });
    }
  });

  it("refuses a CIG of the wrong length, and writes nothing", async () => {
    const before = await p.db.tender.count();
    const answer = await p.query(CREATE_TENDER, { input: tenderInput({ cig: "Z12345678" }) });
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toEqual([{ code: "BAD_USER_INPUT", field: "input.cig", message: "a CIG must have 10 characters, not 9" }]);
    expect(await p.db.tender.count()).toBe(before);
  });

  it("refuses a CIG with illegal characters, and writes nothing", async () => {
    const before = await p.db.tender.count();
    const answer = await p.query(CREATE_TENDER, { input: tenderInput({ cig: "Z1234_6789" }) });
    expect(errorsOf(answer)).toEqual([{ code: "BAD_USER_INPUT", field: "input.cig", message: 'a CIG may contain only letters and digits, not "_"' }]);
    expect(await p.db.tender.count()).toBe(before);
  });

  it("refuses a CIG another tender (or lot) already has", async () => {
    const first = await tenderAt(p, "DRAFT");
    const answer = await p.query(CREATE_TENDER, { input: tenderInput({ cig: first.cig.toLowerCase() }) });
    expect(errorsOf(answer)).toEqual([{ code: "CONFLICT", field: "input.cig", message: `the CIG ${first.cig} is already recorded for another tender` }]);
    const withLot = await tenderAt(p, "DRAFT", { lots: [{ title: "Unico", baseAmount: "180000.00", cig: "Y123456789" }] });
    expect(withLot.cig).toBeDefined();
    const lot = await p.query(CREATE_TENDER, { input: tenderInput({ lots: [{ title: "Unico", baseAmount: "180000.00", cig: "y123456789" }] }) });
    expect(errorsOf(lot)).toEqual([{ code: "CONFLICT", field: "input.lots.0.cig", message: "the CIG Y123456789 is already recorded for another tender" }]);
  });

  it("refuses a convenzione art. 5 above the EU threshold", async () => {
    const answer = await p.query(CREATE_TENDER, { input: tenderInput({ procedure: "CONVENZIONE_ART5", baseAmount: "250000.00" }) });
    expect(errorsOf(answer)).toEqual([
      {
        code: "BAD_USER_INPUT",
        field: "input.baseAmount",
        message: expect.stringMatching(
          /^a convenzione art\. 5 \(Law 381\/1991\) must stay below the EU threshold for supplies and services of sub-central authorities, EUR 2\d{5}\.00 on \d{4}-\d{2}-\d{2} \(Commission Delegated Regulation \(EU\) 20\d\d\/\d+.*\); this is EUR 250000\.00$/,
        ),
      },
    ]);
  });

  it("lets only the consortium's staff record tenders", async () => {
    expect(errorsOf(await p.query(CREATE_TENDER, { input: tenderInput() }, { role: "PARTNER" }))).toEqual([
      { code: "FORBIDDEN", field: undefined, message: "this needs one of the roles ADMIN; you are PARTNER" },
    ]);
    expect(errorsOf(await p.query(CREATE_TENDER, { input: tenderInput() }, null))[0].code).toBe("UNAUTHENTICATED");
  });
});

describe("the tender lifecycle", () => {
  it("records every move with who made it and when", async () => {
    const tender = await tenderAt(p, "DRAFT");
    for (const status of ["PUBLISHED", "BID_SUBMITTED", "LOST"]) {
      expect(
        (await p.query(CHANGE_STATUS, { input: { tenderId: tender.id, status, reason: status === "LOST" ? "ribasso insufficiente" : null } })).data!.changeTenderStatus,
      ).toEqual({
        id: tender.id,
        status,
      });
    }
    expect((await p.query(HISTORY, { id: tender.id })).data!.tender).toEqual({
      status: "LOST",
      statusHistory: [
        { fromStatus: null, toStatus: "DRAFT", reason: "recorded", changedBy: "test-admin" },
        { fromStatus: "DRAFT", toStatus: "PUBLISHED", reason: null, changedBy: "test-admin" },
        { fromStatus: "PUBLISHED", toStatus: "BID_SUBMITTED", reason: null, changedBy: "test-admin" },
        { fromStatus: "BID_SUBMITTED", toStatus: "LOST", reason: "ribasso insufficiente", changedBy: "test-admin" },
      ],
    });
    const changes = await p.db.tenderStatusChange.findMany({ where: { tenderId: tender.id }, orderBy: { changedAt: "asc" } });
    expect(changes.every((c, i) => i === 0 || c.changedAt >= changes[i - 1].changedAt)).toBe(true);
  });

  it("refuses an illegal move with a CONFLICT naming the allowed ones, and writes nothing", async () => {
    const tender = await tenderAt(p, "DRAFT");
    const answer = await p.query(CHANGE_STATUS, { input: { tenderId: tender.id, status: "COMPLETED" } });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: "a DRAFT tender can move to PUBLISHED or WITHDRAWN, not to COMPLETED",
        extensions: expect.objectContaining({ code: "CONFLICT", field: "input.status", allowed: ["PUBLISHED", "WITHDRAWN"] }),
      }),
    ]);
    expect(await p.db.tenderStatusChange.count({ where: { tenderId: tender.id } })).toBe(1);
    expect((await p.db.tender.findUniqueOrThrow({ where: { id: tender.id } })).status).toBe("DRAFT");
  });

  it("withdraws a tender before its outcome, and never after it", async () => {
    const tender = await tenderAt(p, "PUBLISHED");
    expect((await p.query(CHANGE_STATUS, { input: { tenderId: tender.id, status: "WITHDRAWN" } })).data!.changeTenderStatus.status).toBe("WITHDRAWN");
    expect(errorsOf(await p.query(CHANGE_STATUS, { input: { tenderId: tender.id, status: "PUBLISHED" } }))).toEqual([
      { code: "CONFLICT", field: "input.status", message: "a WITHDRAWN tender cannot change status any more" },
    ]);
  });

  it("sends an award to awardTender", async () => {
    const tender = await tenderAt(p, "BID_SUBMITTED");
    expect(errorsOf(await p.query(CHANGE_STATUS, { input: { tenderId: tender.id, status: "AWARDED" } }))).toEqual([
      {
        code: "CONFLICT",
        field: "input.status",
        message: "a tender becomes AWARDED through awardTender, which records its contract; otherwise a BID_SUBMITTED tender can move to LOST or WITHDRAWN",
      },
    ]);
  });

  it("says NOT_FOUND for a tender that does not exist", async () => {
    expect(errorsOf(await p.query(CHANGE_STATUS, { input: { tenderId: "no-such-tender", status: "PUBLISHED" } }))).toEqual([
      { code: "NOT_FOUND", field: undefined, message: "tender no-such-tender does not exist" },
    ]);
  });
});

describe("awarding a tender", () => {
  it("records the contract and moves the tender to AWARDED", async () => {
    const tender = await tenderAt(p, "BID_SUBMITTED");
    const answer = await p.query(AWARD, { input: { tenderId: tender.id, value: "171000.00", startDate: "2026-01-01", endDate: "2027-12-31", awardedOn: isoInDays(-1) } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.awardTender).toEqual({
      id: expect.any(String),
      value: "171000.00",
      startDate: "2026-01-01",
      endDate: "2027-12-31",
      awardedOn: isoInDays(-1),
      signedOn: null,
      assignedPercent: "0.00",
      tender: { id: tender.id, status: "AWARDED" },
    });
    expect((await p.query(HISTORY, { id: tender.id })).data!.tender.statusHistory.at(-1)).toEqual({
      fromStatus: "BID_SUBMITTED",
      toStatus: "AWARDED",
      reason: "awarded for EUR 171000.00",
      changedBy: "test-admin",
    });
  });

  it("awards a tender once", async () => {
    const contract = await awardedContract(p);
    const again = await p.query(AWARD, { input: { tenderId: contract.tenderId, value: "1000.00", startDate: "2026-01-01", endDate: "2026-12-31" } });
    expect(errorsOf(again)).toEqual([{ code: "CONFLICT", field: "input.tenderId", message: "this tender has already been awarded" }]);
    expect(await p.db.contract.count({ where: { tenderId: contract.tenderId } })).toBe(1);
  });

  it("refuses an award above the base amount, and writes nothing", async () => {
    const tender = await tenderAt(p, "BID_SUBMITTED");
    const answer = await p.query(AWARD, { input: { tenderId: tender.id, value: "180000.01", startDate: "2026-01-01", endDate: "2026-12-31" } });
    expect(errorsOf(answer)).toEqual([{ code: "BAD_USER_INPUT", field: "input.value", message: "the awarded value cannot exceed the tender's base amount of 180000.00" }]);
    expect((await p.db.tender.findUniqueOrThrow({ where: { id: tender.id } })).status).toBe("BID_SUBMITTED");
    expect(await p.db.contract.count({ where: { tenderId: tender.id } })).toBe(0);
  });

  it("awards only a tender whose bid was submitted", async () => {
    const tender = await tenderAt(p, "PUBLISHED");
    const answer = await p.query(AWARD, { input: { tenderId: tender.id, value: "1000.00", startDate: "2026-01-01", endDate: "2026-12-31" } });
    expect(errorsOf(answer)).toEqual([
      { code: "CONFLICT", field: "input.tenderId", message: "only a tender whose bid was submitted (BID_SUBMITTED) can be awarded; this one is PUBLISHED" },
    ]);
  });
});
