import { badInput, conflict, type ConnectionResult, execute, formatCents, isoDate, notInFuture, PageArgs, paginate, today } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FinanceContext } from "../context";
import type { FeePeriodRow, InvoiceRow } from "../db";
import type { InvoiceDocument } from "../invoice/invoice.commands";
import { billingDetailsByCooperative } from "../invoice/invoice.loaders";
import { latinText, priceLines, validateAddress, vatRatesOn } from "../invoice/invoice.rules";
import { Invoice } from "../invoice/invoice.type";
import { consortiumFeeRate } from "../settings";
import { issueFeeInvoices } from "./fee.commands";
import { IssueFeeInvoicesInput } from "./fee.inputs";
import { invoicesByFeePeriod } from "./fee.loaders";
import { feeCharges, feeLineDescription, validateFeePeriod } from "./fee.rules";
import { FeePeriod, FeePeriodConnection } from "./fee.type";

@Resolver(() => FeePeriod)
export class FeePeriodResolver {
  @Query(() => FeePeriodConnection, { description: "Periods whose consortium fees were invoiced, latest first." })
  @Authorized("ADMIN")
  async feePeriods(@Ctx() ctx: FinanceContext, @Args() page: PageArgs): Promise<ConnectionResult<FeePeriodRow>> {
    return paginate(
      page,
      (p) => ctx.db.feePeriod.findMany({ orderBy: [{ fromDate: "desc" }, { id: "asc" }], ...p }),
      () => ctx.db.feePeriod.count(),
    );
  }

  @FieldResolver(() => [Invoice], { description: "One invoice per cooperative that owed fees for the period." })
  async invoices(@Root() period: FeePeriodRow, @Ctx() ctx: FinanceContext): Promise<InvoiceRow[]> {
    return invoicesByFeePeriod(ctx).load(period.id);
  }

  @Mutation(() => FeePeriod, {
    description:
      "Invoices the consortium fees that accrued in a period: procurement says which contracts were in execution and each assignee's amount, membership names the cooperatives; if either cannot answer, nothing is written. One invoice per cooperative, at 22% VAT.",
  })
  @Authorized("ADMIN")
  async issueFeeInvoices(@Ctx() ctx: FinanceContext, @Arg("input") input: IssueFeeInvoicesInput): Promise<FeePeriodRow> {
    const now = new Date();
    const day = today(now);
    const { from, to } = validateFeePeriod(input.from, input.to, day);
    // No contract in execution before the first rate bears a fee: such a period has nothing to invoice.
    if (!consortiumFeeRate.covers(from)) throw badInput("input.from", `consortium fees are charged from ${consortiumFeeRate.firstDay}`);
    const issueDate = notInFuture("input.issueDate", input.issueDate ?? day, now);
    if (issueDate.getTime() <= to.getTime()) throw conflict(`fees for a period are invoiced after it ends (${isoDate(to)})`, { field: "input.issueDate" });
    const rates = vatRatesOn("input.issueDate", issueDate);

    const contracts = await ctx.procurement.contractsInExecution(isoDate(from), isoDate(to), "the contracts in execution and their assignees' amounts, for the consortium fees");
    const charges = feeCharges(contracts, from, to, (start) => (consortiumFeeRate.covers(start) ? consortiumFeeRate.at(start) : null));
    const cooperativeIds = [...charges.keys()].sort();
    const [facts, billing] = await Promise.all([
      cooperativeIds.length ? ctx.membership.invoicingFacts(cooperativeIds, "the names, codici fiscali and seats of the cooperatives for their fee invoices") : new Map(),
      billingDetailsByCooperative(ctx).loadMany(cooperativeIds),
    ]);
    const missing = cooperativeIds.filter((id, i) => !facts.has(id) || !billing[i] || billing[i] instanceof Error);
    if (missing.length) {
      throw conflict(`set the billing details of these cooperatives first (or membership does not know them): ${missing.join(", ")}`, { field: "input", cooperativeIds: missing });
    }

    const documents: Omit<InvoiceDocument, "feePeriodId">[] = cooperativeIds.map((id, i) => {
      const coop = facts.get(id)!;
      const details = billing[i] as { street: string; postcode: string; recipientCode: string };
      const lines = charges
        .get(id)!
        .map((charge) => ({ description: feeLineDescription(charge, from, to), quantity: "1", unitPrice: formatCents(charge.cents), vatCode: "STANDARD" }));
      return {
        documentType: "INVOICE",
        purpose: "CONSORTIUM_FEE",
        issueDate,
        customer: {
          cooperativeId: id,
          name: latinText("input", coop.name, 80),
          taxCode: coop.taxCode,
          vatNumber: /^\d{11}$/.test(coop.taxCode) ? coop.taxCode : null,
          ...validateAddress(
            { street: "input", postcode: "input", municipality: "input", province: "input" },
            { street: details.street, postcode: details.postcode, municipality: coop.municipality, province: coop.province },
          ),
          publicAdministration: false,
          recipientCode: details.recipientCode,
        },
        lines: priceLines(lines, rates, issueDate),
        cig: null,
        cup: null,
        notes: `Quote consortili del periodo ${isoDate(from)} - ${isoDate(to)}`,
      };
    });
    return execute(ctx, issueFeeInvoices, { from, to, documents }, { maxWait: 60_000, timeout: 60_000 });
  }
}
