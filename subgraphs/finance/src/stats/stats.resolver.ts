import { badInput, formatCents, today, toCents } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { FinanceContext } from "../context";
import { groupByKey } from "@coopgraph/kit";
import { instalmentStatus, overdueCents, unpaidPrincipalCents } from "../loan/loan.rules";
import { sumCents } from "../money";
import { FinanceStats } from "./stats.type";

const cents = (value: { toFixed(dp: number): string } | null | undefined) => (value ? toCents(value) : 0n);

@Resolver(() => FinanceStats)
export class FinanceStatsResolver {
  @Query(() => FinanceStats, { description: "The consortium's finances in aggregate for a year: fees, invoicing, the fund and the loan portfolio." })
  @Authorized("ADMIN", "ANALYST")
  async financeStats(@Ctx() ctx: FinanceContext, @Arg("year", () => Int) year: number): Promise<FinanceStats> {
    if (!Number.isInteger(year) || year < 1990 || year > 2200) throw badInput("year", "give a year such as 2026");
    const [fees, documents, fund, contributions, loans, instalments] = await Promise.all([
      ctx.db.membershipFee.aggregate({ where: { year }, _sum: { amount: true } }),
      ctx.db.invoice.groupBy({ by: ["documentType", "purpose"], where: { year }, _sum: { net: true, vat: true, gross: true }, _count: { _all: true } }),
      ctx.db.fund.findUniqueOrThrow({ where: { id: 1 } }),
      ctx.db.fundMovement.aggregate({
        where: { kind: "CONTRIBUTION", date: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) } },
        _sum: { amount: true },
      }),
      ctx.db.loan.aggregate({ _count: { _all: true }, _sum: { principal: true } }),
      ctx.db.loanInstalment.findMany({ select: { loanId: true, number: true, dueDate: true, amount: true, principal: true, interest: true, paid: true } }),
    ]);
    // Credit notes count against the year's invoicing.
    const signed = (row: (typeof documents)[number], field: "net" | "vat" | "gross") => (row.documentType === "CREDIT_NOTE" ? -cents(row._sum[field]) : cents(row._sum[field]));
    const total = (field: "net" | "vat" | "gross") => formatCents(sumCents(documents.map((row) => signed(row, field))));
    const day = today();
    const byLoan = groupByKey([...new Set(instalments.map((row) => row.loanId))], instalments, (row) => row.loanId);
    return {
      year,
      membershipFees: formatCents(cents(fees._sum.amount)),
      consortiumFees: formatCents(sumCents(documents.filter((row) => row.purpose === "CONSORTIUM_FEE").map((row) => signed(row, "net")))),
      invoiced: { net: total("net"), vat: total("vat"), gross: total("gross") },
      documentsIssued: documents.reduce((sum, row) => sum + row._count._all, 0),
      fundBalance: fund.balance.toFixed(2),
      fundContributions: formatCents(cents(contributions._sum.amount)),
      loanPortfolio: {
        loans: loans._count._all,
        principalGranted: formatCents(cents(loans._sum.principal)),
        outstandingPrincipal: formatCents(unpaidPrincipalCents(instalments)),
        overdueLoans: byLoan.filter((rows) => rows.some((row) => instalmentStatus(row, day) === "OVERDUE")).length,
        overdueAmount: formatCents(overdueCents(instalments, day)),
      },
    };
  }
}
