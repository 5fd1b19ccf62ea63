import {
  amountDueCents,
  creditNoteRefusal,
  documentTypeCode,
  invoiceNumberText,
  lineTotalCents,
  priceLines,
  stampDutyCents,
  totalsOf,
  validateContractCodes,
  validateRecipientCode,
  vatSummary,
  type LineInput,
} from "../src/invoice/invoice.rules";
import { divideHalfUp } from "../src/money";
import { stampDuty, vatRates } from "../src/settings";
import { day, refusal } from "@coopgraph/testing";

const issued = day("2026-03-31");
const rates = vatRates.at(issued);
const line = (quantity: string, unitPrice: string, vatCode: string, description = "Servizio"): LineInput => ({ description, quantity, unitPrice, vatCode });
const priced = (lines: LineInput[]) => priceLines(lines, rates, issued);
const totals = (lines: LineInput[]) => {
  const t = totalsOf(vatSummary(priced(lines)));
  return { net: t.net, vat: t.vat, gross: t.gross };
};

describe("rounding", () => {
  it("rounds half up, away from zero, in exact integers", () => {
    expect([divideHalfUp(5n, 10n), divideHalfUp(4n, 10n), divideHalfUp(15n, 10n), divideHalfUp(-5n, 10n), divideHalfUp(1n, 3n), divideHalfUp(2n, 3n)]).toEqual([
      1n,
      0n,
      2n,
      -1n,
      0n,
      1n,
    ]);
  });

  it("prices a line as quantity x unit price rounded half up to the cent", () => {
    // 3.33 x 0.33 = 1.0989; 0.50 x 0.01 = 0.005; 7 x 0.1 = 0.70 exactly (0.7000000000000001 in floating point)
    expect([lineTotalCents(333n, 33n), lineTotalCents(50n, 1n), lineTotalCents(700n, 10n)]).toEqual([110n, 1n, 70n]);
  });
});

describe("the VAT of an invoice", () => {
  it("is computed per rate on the sum of its lines (as FatturaPA's DatiRiepilogo states it), not per line", () => {
    // Per line, 0.10 x 22% = 0.022 would round to 0.02 three times (0.06); on the sum, 0.30 x 22% = 0.066 -> 0.07.
    expect(totals([line("1", "0.10", "STANDARD"), line("1", "0.10", "STANDARD"), line("1", "0.10", "STANDARD")])).toEqual({ net: 30n, vat: 7n, gross: 37n });
  });

  it("with mixed rates is exact to the cent, each rate in its own summary row", () => {
    const lines = [
      line("3", "0.10", "STANDARD"), // 0.30
      line("1.5", "19.99", "SOCIAL_5"), // 29.985 -> 29.99
      line("2", "45.55", "REDUCED_10"), // 91.10
      line("12.75", "33.33", "EXEMPT_ART10"), // 424.9575 -> 424.96
      line("1", "0.05", "SOCIAL_5"), // 0.05
    ];
    expect(vatSummary(priced(lines))).toEqual([
      { percent: "22.00", nature: null, legalReference: null, taxable: 30n, vat: 7n }, // 0.066
      { percent: "5.00", nature: null, legalReference: null, taxable: 3004n, vat: 150n }, // 30.04 x 5% = 1.502
      { percent: "10.00", nature: null, legalReference: null, taxable: 9110n, vat: 911n },
      { percent: "0.00", nature: "N4", legalReference: "Operazione esente art. 10 DPR 633/72", taxable: 42496n, vat: 0n },
    ]);
    expect(totals(lines)).toEqual({ net: 54640n, vat: 1068n, gross: 55708n });
  });

  it("stays exact on amounts no floating point holds to the cent", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; 9,999,999,999.99 x 22% is 2,199,999,999.9978.
    expect(totals([line("1", "0.10", "STANDARD"), line("1", "0.20", "STANDARD")])).toEqual({ net: 30n, vat: 7n, gross: 37n });
    expect(totals([line("1", "9999999999.99", "STANDARD")])).toEqual({ net: 999999999999n, vat: 220000000000n, gross: 1219999999999n });
  });

  it("prints every figure with two decimals and keeps the VAT treatment in force on the issue date", () => {
    expect(priced([line("12.5", "3", "SOCIAL_5", "Assistenza")])).toEqual([
      {
        position: 1,
        description: "Assistenza",
        quantity: "12.50",
        unitPrice: "3.00",
        lineTotal: "37.50",
        vatCode: "SOCIAL_5",
        vatPercent: "5.00",
        vatNature: null,
        legalReference: null,
      },
    ]);
  });
});

describe("stamp duty and split payment", () => {
  const duty = stampDuty.at(issued);
  const summary = (lines: LineInput[]) => vatSummary(priced(lines));

  it("is due at EUR 2.00 when the amounts without VAT exceed EUR 77.47", () => {
    expect(stampDutyCents(summary([line("1", "77.47", "EXEMPT_ART10")]), duty)).toBe(0n);
    expect(stampDutyCents(summary([line("1", "77.48", "EXEMPT_ART10")]), duty)).toBe(200n);
    expect(stampDutyCents(summary([line("1", "50.00", "EXEMPT_ART10"), line("1", "27.48", "EXCLUDED_ART15")]), duty)).toBe(200n);
    expect(stampDutyCents(summary([line("1", "5000.00", "STANDARD"), line("1", "77.47", "EXEMPT_ART10")]), duty)).toBe(0n);
  });

  it("leaves the public administration the VAT to pay to the Treasury: it pays the consortium the net", () => {
    expect(amountDueCents({ net: 10000n, vat: 2200n, gross: 12200n }, true)).toBe(10000n);
    expect(amountDueCents({ net: 10000n, vat: 2200n, gross: 12200n }, false)).toBe(12200n);
  });
});

describe("numbers and document types", () => {
  it("prints the number as number/year and names the FatturaPA document type", () => {
    expect([invoiceNumberText(2026, 1), invoiceNumberText(2026, 200)]).toEqual(["1/2026", "200/2026"]);
    expect([documentTypeCode("INVOICE"), documentTypeCode("CREDIT_NOTE")]).toEqual(["TD01", "TD04"]);
  });
});

describe("refusals", () => {
  const bad = (field: string, message: string) => ({ code: "BAD_USER_INPUT", field, message });

  it("names the line and field at fault", () => {
    expect(refusal(() => priced([]))).toEqual(bad("input.lines", "an invoice needs at least one line"));
    expect(refusal(() => priced([line("1", "10.00", "STANDARD"), line("1", "10.00", "SUPER_REDUCED")]))).toEqual(
      bad("input.lines.1.vatCode", "SUPER_REDUCED is not a VAT code in force on 2026-03-31: use one of STANDARD, REDUCED_10, SOCIAL_5, EXEMPT_ART10, EXCLUDED_ART15"),
    );
    expect(refusal(() => priced([line("0", "10.00", "STANDARD")]))).toEqual(bad("input.lines.0.quantity", "the quantity must be greater than zero"));
    expect(refusal(() => priced([line("1.125", "10.00", "STANDARD")]))).toEqual(
      bad("input.lines.0.quantity", 'a quantity is a positive number with at most two decimals, e.g. "1" or "12.50"'),
    );
    expect(refusal(() => priced([line("1", "10.001", "STANDARD")]))).toEqual(
      bad("input.lines.0.unitPrice", 'an amount is a positive number of euro with at most two decimals, e.g. "125000.00"'),
    );
    expect(refusal(() => priced([line("1", "10.00", "STANDARD", "Servizio ✓")]))).toEqual(
      bad("input.lines.0.description", '"✓" cannot be written in an electronic invoice (Latin-1 characters only)'),
    );
    expect(refusal(() => priced([line("1", "10.00", "STANDARD", "  ")]))).toEqual(bad("input.lines.0.description", "this cannot be empty"));
  });

  it("refuses a line or an invoice larger than an amount can be stored (999999999999.99), instead of failing in the database", () => {
    expect(refusal(() => priced([line("9999999999", "999999999999.99", "STANDARD")]))).toEqual(
      bad("input.lines.0.quantity", "quantity x unit price comes to 9999999998999900000000.01: a line can be at most 999999999999.99"),
    );
    // Each line fits; the gross with VAT does not.
    expect(refusal(() => priced([line("1", "900000000000.00", "STANDARD")]))).toEqual(
      bad("input.lines", "the lines come to 1098000000000.00 with VAT: an invoice can be at most 999999999999.99"),
    );
    expect(totals([line("1", "819672131147.53", "STANDARD")]).gross).toBe(99_999_999_999_999n);
  });

  it("asks a public administration's invoice for its CIG and office code, and keeps contract codes off other invoices", () => {
    expect(refusal(() => validateContractCodes({ cig: null }, true))).toEqual(
      bad("input.cig", "an invoice to a public administration carries the CIG of its contract (D.L. 66/2014 art. 25)"),
    );
    expect(refusal(() => validateContractCodes({ cig: "Z0A1B2C3D" }, true))).toEqual(bad("input.cig", "a CIG must have 10 characters, not 9"));
    expect(refusal(() => validateContractCodes({ cig: "Z0A1B2C3D4", cup: "J41B2500012345" }, true))).toEqual(bad("input.cup", "a CUP must have 15 characters, not 14"));
    expect(refusal(() => validateContractCodes({ cig: "Z0A1B2C3D4" }, false))).toEqual(bad("input.cig", "a CIG goes on invoices to public administrations only"));
    expect(validateContractCodes({ cig: " z0a1b2c3d4 ", cup: null }, true)).toEqual({ cig: "Z0A1B2C3D4", cup: null });
    expect(refusal(() => validateRecipientCode("input.customer.recipientCode", "ABCDEFG", true))).toEqual(
      bad("input.customer.recipientCode", "an invoice to a public administration needs its office code (codice univoco ufficio): 6 letters or digits"),
    );
    expect(validateRecipientCode("f", null, false)).toBe("0000000");
    expect(refusal(() => validateRecipientCode("f", "ABC", false))).toEqual(bad("f", "a recipient code (codice destinatario) has 7 letters or digits"));
  });

  it("lets credit notes correct an invoice up to its gross, and never another credit note", () => {
    expect(creditNoteRefusal({ documentType: "INVOICE" }, 12200n, 0n, 12200n)).toBeNull();
    expect(creditNoteRefusal({ documentType: "INVOICE" }, 12200n, 2200n, 10001n)).toEqual({
      field: "input.lines",
      message: "the credit note comes to 100.01 but only 100.00 of the invoice's 122.00 is left to credit",
    });
    expect(creditNoteRefusal({ documentType: "INVOICE" }, 12200n, 12200n, 1n)).toEqual({ field: "input.invoiceId", message: "this invoice has already been credited in full" });
    expect(creditNoteRefusal({ documentType: "CREDIT_NOTE" }, 12200n, 0n, 1n)).toEqual({
      field: "input.invoiceId",
      message: "a credit note corrects an invoice, not another credit note",
    });
  });
});
