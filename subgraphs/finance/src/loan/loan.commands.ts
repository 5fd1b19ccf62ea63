import { formatCents, notFound, badInput, type Command } from "@coopgraph/kit";
import type { LoanRow, PrismaClient } from "../db";
import { moveFund } from "../fund/fund.commands";
import { allocatePayment, frenchSchedule, paymentDateRefusal, type LoanTerms } from "./loan.rules";

export interface GrantLoan {
  /** A new id when omitted; the demo data gives its own stable ids. */
  id?: string;
  cooperativeId: string;
  terms: LoanTerms;
}

/**
 * grantLoan: the loan, its whole schedule, and the money out of the fund, in one transaction.
 * The fund must hold the principal (CONFLICT otherwise).
 */
export const grantLoan: Command<PrismaClient, GrantLoan, LoanRow> = async (tx, caller, input) => {
  const { terms } = input;
  const schedule = frenchSchedule(terms);
  const loan = await tx.loan.create({
    data: {
      id: input.id,
      cooperativeId: input.cooperativeId,
      principal: formatCents(terms.principalCents),
      annualRate: terms.annualRate,
      termMonths: terms.termMonths,
      startDate: terms.startDate,
      grantedBy: caller.sub,
      instalments: {
        create: schedule.map((row) => ({
          number: row.number,
          dueDate: row.dueDate,
          amount: formatCents(row.amount),
          principal: formatCents(row.principal),
          interest: formatCents(row.interest),
          balance: formatCents(row.balance),
        })),
      },
    },
  });
  await moveFund(tx, caller, {
    kind: "LOAN_GRANTED",
    amount: -terms.principalCents,
    date: terms.startDate,
    cooperativeId: input.cooperativeId,
    loanId: loan.id,
    field: "input.principal",
  });
  return loan;
};

export interface LoanPaymentInput {
  loanId: string;
  amount: bigint;
  paidOn: Date;
  today: Date;
}

/**
 * recordLoanPayment: the loan's row is locked (SELECT ... FOR UPDATE) while the payment is
 * allocated to its instalments in order, so concurrent payments apply one after the other and
 * never pay more than is owed; the money returns to the fund.
 */
export const recordLoanPayment: Command<PrismaClient, LoanPaymentInput, LoanRow> = async (tx, caller, input) => {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Loan" WHERE id = ${input.loanId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound("loan", input.loanId);
  const loan = await tx.loan.findUniqueOrThrow({ where: { id: input.loanId } });
  const refusal = paymentDateRefusal(input.paidOn, loan.startDate, input.today);
  if (refusal) throw badInput("input.paidOn", refusal);
  const instalments = await tx.loanInstalment.findMany({ where: { loanId: loan.id }, orderBy: { number: "asc" } });
  for (const change of allocatePayment(instalments, input.amount)) {
    await tx.loanInstalment.update({ where: { loanId_number: { loanId: loan.id, number: change.number } }, data: { paid: formatCents(change.paid) } });
  }
  await tx.loanPayment.create({ data: { loanId: loan.id, amount: formatCents(input.amount), paidOn: input.paidOn, recordedBy: caller.sub } });
  await moveFund(tx, caller, { kind: "LOAN_REPAYMENT", amount: input.amount, date: input.paidOn, cooperativeId: loan.cooperativeId, loanId: loan.id });
  return loan;
};
