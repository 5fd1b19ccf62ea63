import { badInput, formatCents, isoDate, positiveAmount, toCents, type DecimalValue } from "@coopgraph/kit";
import Decimal from "decimal.js";
import { sumCents } from "../money";

/**
 * decimal.js (the library Prisma's Decimal is built on), in a private configuration: 40
 * significant digits and half-up rounding, so the powers of the amortisation formula are far more
 * precise than the cent they are rounded to, and no other code's settings can change them.
 */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export interface LoanTerms {
  principalCents: bigint;
  /** Nominal annual rate in percent, e.g. "4.5". */
  annualRate: string;
  termMonths: number;
  startDate: Date;
}

export interface ScheduledInstalment {
  number: number;
  dueDate: Date;
  amount: bigint;
  principal: bigint;
  interest: bigint;
  /** Principal still owed after this instalment. */
  balance: bigint;
}

/** The day `months` months after `date`, on the same day of the month or the month's last day. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Euro of a Decimal, rounded half up to the cent, as cents. */
function toCentsHalfUp(value: Decimal): bigint {
  return BigInt(value.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

/**
 * The constant instalment of a French amortisation: P x r / (1 - (1 + r)^-n), with r the monthly
 * rate (the nominal annual rate / 12) and n the months, rounded half up to the cent; P / n at 0%.
 */
export function frenchInstalmentCents(principalCents: bigint, annualRate: string, termMonths: number): bigint {
  const principal = new Exact(principalCents.toString()).dividedBy(100);
  const r = new Exact(annualRate).dividedBy(100).dividedBy(12);
  if (r.isZero()) return toCentsHalfUp(principal.dividedBy(termMonths));
  const factor = new Exact(1).minus(r.plus(1).pow(-termMonths));
  return toCentsHalfUp(principal.times(r).dividedBy(factor));
}

/**
 * The French amortisation schedule (piano di ammortamento alla francese): a constant instalment
 * each month; each month's interest is the principal still owed times the monthly rate, rounded
 * half up to the cent; the rest of the instalment repays principal. The last instalment repays
 * whatever principal is left, so it absorbs the rounding and the principal repays to the cent.
 */
export function frenchSchedule(terms: LoanTerms): ScheduledInstalment[] {
  const instalment = frenchInstalmentCents(terms.principalCents, terms.annualRate, terms.termMonths);
  const r = new Exact(terms.annualRate).dividedBy(100).dividedBy(12);
  const rows: ScheduledInstalment[] = [];
  let balance = terms.principalCents;
  for (let number = 1; number <= terms.termMonths; number++) {
    const interest = toCentsHalfUp(new Exact(balance.toString()).dividedBy(100).times(r));
    const last = number === terms.termMonths;
    // A short principal can be repaid before the last month only through rounding: never repay more than is owed.
    const principal = last ? balance : minBigint(instalment - interest, balance);
    balance -= principal;
    rows.push({ number, dueDate: addMonths(terms.startDate, number), amount: principal + interest, principal, interest, balance });
  }
  return rows;
}

function minBigint(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export interface ScheduleTotals {
  amount: bigint;
  principal: bigint;
  interest: bigint;
}

export function scheduleTotals(rows: readonly { amount: DecimalValue | bigint; principal: DecimalValue | bigint; interest: DecimalValue | bigint }[]): ScheduleTotals {
  const cents = (value: DecimalValue | bigint) => (typeof value === "bigint" ? value : toCents(value));
  return {
    amount: sumCents(rows.map((row) => cents(row.amount))),
    principal: sumCents(rows.map((row) => cents(row.principal))),
    interest: sumCents(rows.map((row) => cents(row.interest))),
  };
}

export interface LoanLimits {
  maxTermMonths: number;
  maxAnnualRate: string;
  maxPrincipal: string;
}

/** Validated loan terms, or BAD_USER_INPUT naming the field. */
export function validateLoanTerms(input: { principal: string; annualRate: string; termMonths: number; startDate: Date }, limits: LoanLimits): LoanTerms {
  const principal = toCents(positiveAmount("input.principal", input.principal));
  if (principal > toCents(limits.maxPrincipal)) throw badInput("input.principal", `a loan from the fund can be at most ${limits.maxPrincipal}`);
  const rate = input.annualRate.trim();
  if (!/^\d{1,2}(\.\d{1,4})?$/.test(rate)) throw badInput("input.annualRate", 'the annual rate is a percentage with at most four decimals, e.g. "4.5"');
  if (new Exact(rate).greaterThan(limits.maxAnnualRate)) throw badInput("input.annualRate", `the annual rate can be at most ${new Exact(limits.maxAnnualRate).toFixed(2)}%`);
  if (!Number.isInteger(input.termMonths) || input.termMonths < 1) throw badInput("input.termMonths", "the term is a whole number of months, at least 1");
  if (input.termMonths > limits.maxTermMonths) throw badInput("input.termMonths", `the term can be at most ${limits.maxTermMonths} months`);
  // Every instalment must repay some principal: at least a cent a month.
  if (principal < BigInt(input.termMonths)) throw badInput("input.principal", `${formatCents(principal)} cannot be repaid over ${input.termMonths} months`);
  return { principalCents: principal, annualRate: rate, termMonths: input.termMonths, startDate: input.startDate };
}

/** An instalment as stored, with what has been paid of it. */
export interface InstalmentState {
  number: number;
  dueDate: Date;
  amount: DecimalValue;
  principal: DecimalValue;
  interest: DecimalValue;
  paid: DecimalValue;
}

export type InstalmentStatus = "PAID" | "PARTLY_PAID" | "DUE" | "OVERDUE";

/** Overdue: its due date is before today and it is not paid in full. */
export function instalmentStatus(row: InstalmentState, today: Date): InstalmentStatus {
  const paid = toCents(row.paid);
  if (paid >= toCents(row.amount)) return "PAID";
  if (row.dueDate.getTime() < today.getTime()) return "OVERDUE";
  return paid > 0n ? "PARTLY_PAID" : "DUE";
}

/** What is still owed on the instalments. */
export function outstandingCents(rows: readonly InstalmentState[]): bigint {
  return sumCents(rows.map((row) => toCents(row.amount) - toCents(row.paid)));
}

/**
 * Principal not yet repaid: a payment settles an instalment's interest first, then its principal
 * (imputazione dei pagamenti, art. 1194 codice civile).
 */
export function unpaidPrincipalCents(rows: readonly InstalmentState[]): bigint {
  return sumCents(
    rows.map((row) => {
      const principalPaid = toCents(row.paid) - toCents(row.interest);
      return toCents(row.principal) - (principalPaid > 0n ? principalPaid : 0n);
    }),
  );
}

/** Overdue instalments' unpaid amounts. */
export function overdueCents(rows: readonly InstalmentState[], today: Date): bigint {
  return sumCents(rows.filter((row) => instalmentStatus(row, today) === "OVERDUE").map((row) => toCents(row.amount) - toCents(row.paid)));
}

/**
 * A payment allocated to the instalments in order, oldest first: each is paid in full before the
 * next receives anything. Refused when it is more than what is still owed (no overpayment).
 */
export function allocatePayment(rows: readonly InstalmentState[], amountCents: bigint): { number: number; paid: bigint }[] {
  const owed = outstandingCents(rows);
  if (owed === 0n) throw badInput("input.loanId", "this loan is repaid in full: there is nothing left to pay");
  if (amountCents > owed) throw badInput("input.amount", `the payment of ${formatCents(amountCents)} is more than the ${formatCents(owed)} still owed on this loan`);
  let left = amountCents;
  const changes: { number: number; paid: bigint }[] = [];
  for (const row of [...rows].sort((a, b) => a.number - b.number)) {
    if (left === 0n) break;
    const paid = toCents(row.paid);
    const due = toCents(row.amount) - paid;
    if (due === 0n) continue;
    // biome-ignore lint/complexity/useMathMinMax: cents are BigInts, which Math.min does not take.
    const share = due < left ? due : left;
    changes.push({ number: row.number, paid: paid + share });
    left -= share;
  }
  return changes;
}

/** A loan's payment may not be dated before the loan nor in the future. */
export function paymentDateRefusal(paidOn: Date, startDate: Date, today: Date): string | null {
  if (paidOn.getTime() > today.getTime()) return "this date is in the future";
  if (paidOn.getTime() < startDate.getTime()) return `the loan was granted on ${isoDate(startDate)}: a payment cannot come before it`;
  return null;
}
