import { checkCig, checkCup, checkProvince, checkTaxCode } from "@coopgraph/ids";
import { badInput, checked, formatCents, isoDate, positiveAmount, requiredText, toCents, type DecimalValue } from "@coopgraph/kit";
import { divideHalfUp, MAX_CENTS, percentOf, sumCents } from "../money";
import { vatRates, type VatRate } from "../settings";

/**
 * Invoice arithmetic, exact in integer cents, and the rounding rule:
 * 1. each line's total is quantity x unit price, rounded half up to the cent (FatturaPA PrezzoTotale);
 * 2. VAT is computed once per rate (and per nature), on the sum of that rate's line totals, rounded
 *    half up to the cent: the way FatturaPA's DatiRiepilogo states it (Imposta of ImponibileImporto),
 *    so the XML and the totals agree to the cent. Per-line rounding could differ by a cent or more
 *    on many lines, and is not used;
 * 3. net is the sum of line totals, vat the sum of the per-rate VAT, gross = net + vat.
 */

export const MAX_LINES = 200;

export interface LineInput {
  description: string;
  quantity: string;
  unitPrice: string;
  vatCode: string;
}

/** A line as issued: its figures as two-decimal strings, its VAT treatment as in force on the issue date. */
export interface PricedLine {
  position: number;
  description: string;
  quantity: string;
  unitPrice: string;
  lineTotal: string;
  vatCode: string;
  vatPercent: string;
  vatNature: string | null;
  legalReference: string | null;
}

/** The VAT treatments in force on a day, or BAD_USER_INPUT on `field` when the day precedes them. */
export function vatRatesOn(field: string, day: Date): Record<string, VatRate> {
  if (!vatRates.covers(day)) throw badInput(field, `invoices can be issued from ${vatRates.firstDay}`);
  return vatRates.at(day);
}

/** A quantity above zero with at most two decimals, in hundredths (1.5 -> 150n). */
export function quantityHundredths(field: string, value: string): bigint {
  const text = value.trim();
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(text)) throw badInput(field, 'a quantity is a positive number with at most two decimals, e.g. "1" or "12.50"');
  const hundredths = toCents(text);
  if (hundredths === 0n) throw badInput(field, "the quantity must be greater than zero");
  return hundredths;
}

/** quantity (hundredths) x unit price (cents), in cents, rounded half up. */
export function lineTotalCents(quantity: bigint, unitPriceCents: bigint): bigint {
  return divideHalfUp(quantity * unitPriceCents, 100n);
}

/**
 * Validates and prices the lines of an invoice with the VAT treatments in force on its issue date;
 * BAD_USER_INPUT names the line and field at fault (`input.lines.2.vatCode`).
 */
export function priceLines(lines: readonly LineInput[], rates: Readonly<Record<string, VatRate>>, issueDate: Date, field = "input.lines"): PricedLine[] {
  if (lines.length === 0) throw badInput(field, "an invoice needs at least one line");
  if (lines.length > MAX_LINES) throw badInput(field, `an invoice can have at most ${MAX_LINES} lines`);
  const priced = lines.map((line, i) => {
    const at = `${field}.${i}`;
    const description = latinText(`${at}.description`, line.description, 1000);
    const quantity = quantityHundredths(`${at}.quantity`, line.quantity);
    const unitPrice = toCents(positiveAmount(`${at}.unitPrice`, line.unitPrice));
    const code = line.vatCode.trim().toUpperCase();
    const rate = Object.hasOwn(rates, code) ? rates[code] : undefined;
    if (!rate) throw badInput(`${at}.vatCode`, `${line.vatCode} is not a VAT code in force on ${isoDate(issueDate)}: use one of ${Object.keys(rates).join(", ")}`);
    const lineTotal = lineTotalCents(quantity, unitPrice);
    if (lineTotal > MAX_CENTS) throw badInput(`${at}.quantity`, `quantity x unit price comes to ${formatCents(lineTotal)}: a line can be at most ${formatCents(MAX_CENTS)}`);
    return {
      position: i + 1,
      description,
      quantity: formatCents(quantity),
      unitPrice: formatCents(unitPrice),
      lineTotal: formatCents(lineTotal),
      vatCode: code,
      vatPercent: rate.percent,
      vatNature: rate.nature,
      legalReference: rate.nature ? rate.legalReference : null,
    };
  });
  // Totals are stored like every amount: net, VAT and gross must each fit one.
  const { gross } = totalsOf(vatSummary(priced));
  if (gross > MAX_CENTS) throw badInput(field, `the lines come to ${formatCents(gross)} with VAT: an invoice can be at most ${formatCents(MAX_CENTS)}`);
  return priced;
}

/** One row of the VAT summary (FatturaPA DatiRiepilogo): the lines of one rate or nature. */
export interface VatSummaryRow {
  percent: string;
  nature: string | null;
  legalReference: string | null;
  taxable: bigint;
  vat: bigint;
}

interface SummarisedLine {
  lineTotal: DecimalValue;
  vatPercent: DecimalValue;
  vatNature: string | null;
  legalReference: string | null;
}

/** The VAT summary of the lines, one row per rate and nature in order of first appearance; VAT per row, rounded half up. */
export function vatSummary(lines: readonly SummarisedLine[]): VatSummaryRow[] {
  const rows = new Map<string, VatSummaryRow & { hundredths: bigint }>();
  for (const line of lines) {
    const hundredths = toCents(line.vatPercent);
    const key = `${hundredths}|${line.vatNature ?? ""}`;
    const row = rows.get(key) ?? { percent: formatCents(hundredths), hundredths, nature: line.vatNature, legalReference: line.legalReference, taxable: 0n, vat: 0n };
    row.taxable += toCents(line.lineTotal);
    rows.set(key, row);
  }
  return [...rows.values()].map(({ hundredths, ...row }) => ({ ...row, vat: percentOf(row.taxable, hundredths) }));
}

export interface Totals {
  net: bigint;
  vat: bigint;
  gross: bigint;
}

export function totalsOf(summary: readonly VatSummaryRow[]): Totals {
  const net = sumCents(summary.map((row) => row.taxable));
  const vat = sumCents(summary.map((row) => row.vat));
  return { net, vat, gross: net + vat };
}

/** Imposta di bollo: due when the amounts without VAT (rows with a nature) together exceed the threshold. */
export function stampDutyCents(summary: readonly VatSummaryRow[], duty: { amount: string; threshold: string }): bigint {
  const withoutVat = sumCents(summary.filter((row) => row.nature !== null).map((row) => row.taxable));
  return withoutVat > toCents(duty.threshold) ? toCents(duty.amount) : 0n;
}

/** What the customer pays: the gross, less the VAT a public administration pays to the Treasury under split payment. */
export function amountDueCents(totals: Totals, splitPayment: boolean): bigint {
  return splitPayment ? totals.net : totals.gross;
}

/** The invoice number as printed and sent (FatturaPA Numero): number/year, e.g. "17/2026". */
export function invoiceNumberText(year: number, number: number): string {
  return `${number}/${year}`;
}

/** FatturaPA TipoDocumento. */
export function documentTypeCode(type: "INVOICE" | "CREDIT_NOTE"): "TD01" | "TD04" {
  return type === "INVOICE" ? "TD01" : "TD04";
}

/**
 * FatturaPA text fields admit Basic Latin and Latin-1 only: typographic quotes and dashes are
 * written plainly, anything else outside Latin-1 is refused with the character named.
 */
export function latinText(field: string, value: string, maxLength: number): string {
  const plain = value
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u20ac/g, "EUR");
  const text = requiredText(field, plain, maxLength);
  const foreign = [...text].find((ch) => ch.codePointAt(0)! > 0xff);
  if (foreign) throw badInput(field, `"${foreign}" cannot be written in an electronic invoice (Latin-1 characters only)`);
  return text;
}

/** The customer's billing address (FatturaPA Sede). */
export interface BillingAddress {
  street: string;
  postcode: string;
  municipality: string;
  province: string;
}

/** Validates a billing address; `fields` are the input paths of its four parts. */
export function validateAddress(
  fields: { street: string; postcode: string; municipality: string; province: string },
  input: { street: string; postcode: string; municipality: string; province: string },
): BillingAddress {
  const postcode = input.postcode.trim();
  if (!/^\d{5}$/.test(postcode)) throw badInput(fields.postcode, "a CAP (postcode) has 5 digits");
  return {
    street: latinText(fields.street, input.street, 60),
    postcode,
    municipality: latinText(fields.municipality, input.municipality, 60),
    province: checked(fields.province, input.province, checkProvince),
  };
}

/** The customer as the invoice records it, whoever it is. */
export interface InvoiceCustomer extends BillingAddress {
  cooperativeId: string | null;
  name: string;
  taxCode: string;
  vatNumber: string | null;
  publicAdministration: boolean;
  recipientCode: string;
}

/**
 * SDI recipient code (CodiceDestinatario): a public administration's office code (codice univoco
 * ufficio, 6 characters, from IPA) is required; other customers have a 7-character code, or
 * "0000000" when they receive by PEC or in their reserved area.
 */
export function validateRecipientCode(field: string, value: string | null | undefined, publicAdministration: boolean): string {
  const code = (value ?? "").trim().toUpperCase();
  if (publicAdministration) {
    if (!/^[A-Z0-9]{6}$/.test(code)) throw badInput(field, "an invoice to a public administration needs its office code (codice univoco ufficio): 6 letters or digits");
    return code;
  }
  if (code === "") return "0000000";
  if (!/^[A-Z0-9]{7}$/.test(code)) throw badInput(field, "a recipient code (codice destinatario) has 7 letters or digits");
  return code;
}

/** An external client's codice fiscale: 11 digits (a company or body, also its partita IVA unless a public administration) or 16 characters (a person). */
export function validateTaxCode(field: string, value: string): string {
  return checked(field, value, checkTaxCode);
}

/**
 * CIG and CUP belong to invoices to public administrations: the CIG is required there (a public
 * administration cannot pay an invoice without it, D.L. 66/2014 art. 25), the CUP when the
 * contract has one; other customers' invoices carry neither.
 */
export function validateContractCodes(input: { cig?: string | null; cup?: string | null }, publicAdministration: boolean): { cig: string | null; cup: string | null } {
  const cig = input.cig?.trim() ? input.cig : null;
  const cup = input.cup?.trim() ? input.cup : null;
  if (!publicAdministration) {
    if (cig) throw badInput("input.cig", "a CIG goes on invoices to public administrations only");
    if (cup) throw badInput("input.cup", "a CUP goes on invoices to public administrations only");
    return { cig: null, cup: null };
  }
  if (!cig) throw badInput("input.cig", "an invoice to a public administration carries the CIG of its contract (D.L. 66/2014 art. 25)");
  return { cig: checked("input.cig", cig, checkCig), cup: cup ? checked("input.cup", cup, checkCup) : null };
}

/**
 * A credit note corrects one issued invoice (not another credit note), for at most what is left
 * of it: the credit notes of an invoice together never exceed its gross.
 */
export function creditNoteRefusal(
  original: { documentType: "INVOICE" | "CREDIT_NOTE" },
  originalGross: bigint,
  alreadyCredited: bigint,
  creditGross: bigint,
): { field: string; message: string } | null {
  if (original.documentType !== "INVOICE") return { field: "input.invoiceId", message: "a credit note corrects an invoice, not another credit note" };
  const left = originalGross - alreadyCredited;
  if (left <= 0n) return { field: "input.invoiceId", message: "this invoice has already been credited in full" };
  if (creditGross > left) {
    return {
      field: "input.lines",
      message: `the credit note comes to ${formatCents(creditGross)} but only ${formatCents(left)} of the invoice's ${formatCents(originalGross)} is left to credit`,
    };
  }
  return null;
}
