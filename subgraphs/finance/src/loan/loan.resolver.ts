import {
  badInput,
  conflict,
  type ConnectionResult,
  DecimalScalar,
  execute,
  formatCents,
  isUuid,
  notFound,
  notInFuture,
  PageArgs,
  paginate,
  positiveAmount,
  today,
  toCents,
} from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FinanceContext } from "../context";
import { Cooperative } from "../cooperative/cooperative.type";
import type { LoanInstalmentRow, LoanPaymentRow, LoanRow, Prisma } from "../db";
import { loanLimits } from "../settings";
import { canSeeLoan, visibleLoans } from "./loan.access";
import { grantLoan, recordLoanPayment } from "./loan.commands";
import { GrantLoanInput, LoanFilter, RecordLoanPaymentInput } from "./loan.inputs";
import { instalmentsByLoan, loanById, paymentsByLoan, standingByLoan } from "./loan.loaders";
import { instalmentStatus, outstandingCents, overdueCents, scheduleTotals, validateLoanTerms } from "./loan.rules";
import { InstalmentStatus, Loan, LoanConnection, LoanInstalment, LoanPayment, LoanStatus, LoanTotals } from "./loan.type";

/** Loans by status, in SQL: an instalment is unpaid while paid < amount, overdue when also due before today. */
function statusWhere(ctx: FinanceContext, status: LoanStatus, day: Date): Prisma.LoanWhereInput {
  const unpaid: Prisma.LoanInstalmentWhereInput = { paid: { lt: ctx.db.loanInstalment.fields.amount } };
  const overdue: Prisma.LoanInstalmentWhereInput = { ...unpaid, dueDate: { lt: day } };
  if (status === LoanStatus.REPAID) return { instalments: { none: unpaid } };
  if (status === LoanStatus.OVERDUE) return { instalments: { some: overdue } };
  return { AND: [{ instalments: { some: unpaid } }, { instalments: { none: overdue } }] };
}

@Resolver(() => Loan)
export class LoanResolver {
  @Query(() => LoanConnection, { description: "Loans from the fund, newest first. A cooperative's manager sees their own cooperative's." })
  @Authorized("ADMIN", "COOP_MANAGER", "SERVICE")
  async loans(@Ctx() ctx: FinanceContext, @Args() page: PageArgs, @Arg("filter", () => LoanFilter, { nullable: true }) filter?: LoanFilter): Promise<ConnectionResult<LoanRow>> {
    const where: Prisma.LoanWhereInput = {
      AND: [
        visibleLoans(ctx.identity),
        filter?.cooperativeId ? { cooperativeId: isUuid(filter.cooperativeId) ? filter.cooperativeId.toLowerCase() : { in: [] } } : {},
        filter?.status ? statusWhere(ctx, filter.status, today()) : {},
      ],
    };
    return paginate(
      page,
      (p) => ctx.db.loan.findMany({ where, orderBy: [{ startDate: "desc" }, { id: "asc" }], ...p }),
      () => ctx.db.loan.count({ where }),
    );
  }

  @Query(() => Loan, { nullable: true, description: "A loan; null when absent or not visible to you." })
  @Authorized("ADMIN", "COOP_MANAGER", "SERVICE")
  async loan(@Ctx() ctx: FinanceContext, @Arg("id", () => ID) id: string): Promise<LoanRow | null> {
    const loan = await loanById(ctx).load(id);
    return loan && canSeeLoan(ctx.identity, loan) ? loan : null;
  }

  @FieldResolver(() => Cooperative, { description: "The borrowing member cooperative (resolved by membership)." })
  cooperative(@Root() loan: LoanRow): Cooperative {
    return { id: loan.cooperativeId };
  }

  @FieldResolver(() => [LoanInstalment], {
    description: "The French amortisation schedule, fixed when the loan was granted: constant instalments, the last one absorbing the rounding.",
  })
  async schedule(@Root() loan: LoanRow, @Ctx() ctx: FinanceContext): Promise<LoanInstalmentRow[]> {
    return instalmentsByLoan(ctx).load(loan.id);
  }

  @FieldResolver(() => DecimalScalar, { description: "The constant monthly instalment (the last one may differ by the rounding)." })
  async instalment(@Root() loan: LoanRow, @Ctx() ctx: FinanceContext): Promise<string> {
    const [first] = await instalmentsByLoan(ctx).load(loan.id);
    return first.amount.toFixed(2);
  }

  @FieldResolver(() => LoanTotals)
  async totals(@Root() loan: LoanRow, @Ctx() ctx: FinanceContext): Promise<LoanTotals> {
    const rows = await instalmentsByLoan(ctx).load(loan.id);
    const totals = scheduleTotals(rows);
    const outstanding = outstandingCents(rows);
    return {
      amount: formatCents(totals.amount),
      principal: formatCents(totals.principal),
      interest: formatCents(totals.interest),
      paid: formatCents(totals.amount - outstanding),
      outstanding: formatCents(outstanding),
    };
  }

  @FieldResolver(() => DecimalScalar, { description: "Principal not yet repaid (a payment settles an instalment's interest first, art. 1194 c.c.)." })
  async outstandingPrincipal(@Root() loan: LoanRow, @Ctx() ctx: FinanceContext): Promise<string> {
    return formatCents(toCents((await standingByLoan(ctx).load(loan.id)).unpaidPrincipal));
  }

  @FieldResolver(() => LoanStatus)
  async status(@Root() loan: LoanRow, @Ctx() ctx: FinanceContext): Promise<LoanStatus> {
    const standing = await standingByLoan(ctx).load(loan.id);
    if (standing.repaid) return LoanStatus.REPAID;
    return standing.overdue ? LoanStatus.OVERDUE : LoanStatus.GOOD_STANDING;
  }

  @FieldResolver(() => [LoanInstalment], { description: "Instalments due before today and not paid in full." })
  async overdueInstalments(@Root() loan: LoanRow, @Ctx() ctx: FinanceContext): Promise<LoanInstalmentRow[]> {
    const day = today();
    return (await instalmentsByLoan(ctx).load(loan.id)).filter((row) => instalmentStatus(row, day) === "OVERDUE");
  }

  @FieldResolver(() => DecimalScalar, { description: "What the overdue instalments still owe." })
  async overdueAmount(@Root() loan: LoanRow, @Ctx() ctx: FinanceContext): Promise<string> {
    return formatCents(overdueCents(await instalmentsByLoan(ctx).load(loan.id), today()));
  }

  @FieldResolver(() => [LoanPayment])
  async payments(@Root() loan: LoanRow, @Ctx() ctx: FinanceContext): Promise<LoanPaymentRow[]> {
    return paymentsByLoan(ctx).load(loan.id);
  }

  @Mutation(() => Loan, {
    description: "Grants a loan from the fund to a member cooperative that membership confirms ACTIVE; if it cannot answer, nothing is written. The fund must hold the principal.",
  })
  @Authorized("ADMIN")
  async grantLoan(@Ctx() ctx: FinanceContext, @Arg("input") input: GrantLoanInput): Promise<LoanRow> {
    const now = new Date();
    const startDate = notInFuture("input.startDate", input.startDate ?? today(now), now);
    if (!loanLimits.covers(startDate)) throw badInput("input.startDate", `loans can start from ${loanLimits.firstDay}`);
    const terms = validateLoanTerms({ ...input, startDate }, loanLimits.at(startDate));
    const cooperativeId = input.cooperativeId.trim().toLowerCase();
    if (!isUuid(cooperativeId)) throw badInput("input.cooperativeId", "this is not the id of a cooperative");
    const coop = (await ctx.membership.cooperatives([cooperativeId], today(now), "that the cooperative is an active member")).get(cooperativeId);
    if (!coop) throw badInput("input.cooperativeId", "no member cooperative has this id");
    if (coop.status !== "ACTIVE") throw conflict(`${coop.name} is ${coop.status}: the fund lends to ACTIVE members only`, { field: "input.cooperativeId" });
    return execute(ctx, grantLoan, { cooperativeId, terms });
  }

  @Mutation(() => Loan, { description: "Records a payment on a loan, settling its instalments in order; never more than is still owed." })
  @Authorized("ADMIN")
  async recordLoanPayment(@Ctx() ctx: FinanceContext, @Arg("input") input: RecordLoanPaymentInput): Promise<LoanRow> {
    const amount = toCents(positiveAmount("input.amount", input.amount));
    if (!isUuid(input.loanId)) throw notFound("loan", input.loanId);
    const day = today();
    const paidOn = input.paidOn ?? day;
    const loan = await execute(ctx, recordLoanPayment, { loanId: input.loanId.toLowerCase(), amount, paidOn, today: day }, { maxWait: 30_000, timeout: 30_000 });
    // The schedule changed: a field of the answer must read it again.
    instalmentsByLoan(ctx).clear(loan.id);
    standingByLoan(ctx).clear(loan.id);
    paymentsByLoan(ctx).clear(loan.id);
    return loan;
  }
}

@Resolver(() => LoanInstalment)
export class LoanInstalmentResolver {
  @FieldResolver(() => InstalmentStatus)
  status(@Root() row: LoanInstalmentRow): InstalmentStatus {
    return instalmentStatus(row, today()) as InstalmentStatus;
  }

  @FieldResolver(() => DecimalScalar, { description: "What is still owed of it." })
  outstanding(@Root() row: LoanInstalmentRow): string {
    return formatCents(toCents(row.amount) - toCents(row.paid));
  }
}

export async function resolveLoanReference(ref: { id: string }, ctx: FinanceContext): Promise<LoanRow | null> {
  const loan = await loanById(ctx).load(ref.id);
  return loan && canSeeLoan(ctx.identity, loan) ? loan : null;
}
