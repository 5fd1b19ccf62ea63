import {
  badInput,
  canSeeCooperativeRecords,
  type ConnectionResult,
  DecimalScalar,
  execute,
  formatCents,
  isUuid,
  loadEvery,
  PageArgs,
  paginateLoaded,
  today,
  toCents,
} from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { FinanceContext } from "../context";
import type { InvoiceRow, LoanRow } from "../db";
import { setBillingDetails } from "../invoice/invoice.commands";
import { SetBillingDetailsInput } from "../invoice/invoice.inputs";
import { billingDetailsByCooperative, invoicesByCooperative } from "../invoice/invoice.loaders";
import { latinText, validateRecipientCode } from "../invoice/invoice.rules";
import { InvoiceConnection } from "../invoice/invoice.type";
import { loansByCooperative, standingByLoan } from "../loan/loan.loaders";
import { LoanConnection } from "../loan/loan.type";
import { Cooperative } from "./cooperative.type";

@ObjectType({ description: "Where a member cooperative receives its invoices." })
export class BillingDetails {
  @Field()
  street!: string;

  @Field({ description: "CAP." })
  postcode!: string;

  @Field({ description: "SDI recipient code (codice destinatario)." })
  recipientCode!: string;
}

/** Finance's fields of membership's Cooperative: its invoices, loans and debt. Its own records: staff, services and its own manager. */
@Resolver(() => Cooperative)
export class CooperativeFinanceResolver {
  @FieldResolver(() => InvoiceConnection, { nullable: true, description: "Invoices and credit notes addressed to it, newest first; null when you may not see them." })
  async invoices(@Root() coop: Cooperative, @Ctx() ctx: FinanceContext, @Args() page: PageArgs): Promise<ConnectionResult<InvoiceRow> | null> {
    if (!canSeeCooperativeRecords(ctx.identity, coop.id)) return null;
    return paginateLoaded(await invoicesByCooperative(ctx).load(coop.id), page);
  }

  @FieldResolver(() => LoanConnection, { nullable: true, description: "Its loans from the fund, newest first; null when you may not see them." })
  async loans(@Root() coop: Cooperative, @Ctx() ctx: FinanceContext, @Args() page: PageArgs): Promise<ConnectionResult<LoanRow> | null> {
    if (!canSeeCooperativeRecords(ctx.identity, coop.id)) return null;
    return paginateLoaded(await loansByCooperative(ctx).load(coop.id), page);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      "What it owes the fund: the principal of its loans not yet repaid (payments settle each instalment's interest first). Invoices are not counted: their payment is not recorded here. Null when you may not see it.",
  })
  async outstandingDebt(@Root() coop: Cooperative, @Ctx() ctx: FinanceContext): Promise<string | null> {
    if (!canSeeCooperativeRecords(ctx.identity, coop.id)) return null;
    // The sum of its loans' unpaid principal, from the same per-loan aggregate that their
    // `outstandingPrincipal` and `status` read: a dashboard asking for both sends one query.
    const loanIds = (await loansByCooperative(ctx).load(coop.id)).map((loan) => loan.id);
    const standings = await loadEvery(standingByLoan(ctx), loanIds);
    return formatCents(standings.reduce((cents, standing) => cents + toCents(standing.unpaidPrincipal), 0n));
  }

  @FieldResolver(() => BillingDetails, { nullable: true, description: "Where it receives its invoices; null when none are on file or you may not see them." })
  async billingDetails(@Root() coop: Cooperative, @Ctx() ctx: FinanceContext): Promise<BillingDetails | null> {
    if (!canSeeCooperativeRecords(ctx.identity, coop.id)) return null;
    return billingDetailsByCooperative(ctx).load(coop.id);
  }

  @Mutation(() => Cooperative, { description: "Sets where a member cooperative receives its invoices (billing address and SDI code), used by invoices that name no address." })
  @Authorized("ADMIN")
  async setCooperativeBillingDetails(@Ctx() ctx: FinanceContext, @Arg("input") input: SetBillingDetailsInput): Promise<Cooperative> {
    const cooperativeId = input.cooperativeId.trim().toLowerCase();
    if (!isUuid(cooperativeId)) throw badInput("input.cooperativeId", "this is not the id of a cooperative");
    const street = latinText("input.street", input.street, 60);
    const postcode = input.postcode.trim();
    if (!/^\d{5}$/.test(postcode)) throw badInput("input.postcode", "a CAP (postcode) has 5 digits");
    const recipientCode = validateRecipientCode("input.recipientCode", input.recipientCode, false);
    const known = await ctx.membership.cooperatives([cooperativeId], today(), "that the cooperative is known");
    if (!known.has(cooperativeId)) throw badInput("input.cooperativeId", "no member cooperative has this id");
    await execute(ctx, setBillingDetails, { cooperativeId, street, postcode, recipientCode });
    billingDetailsByCooperative(ctx).clear(cooperativeId);
    return { id: cooperativeId };
  }
}
