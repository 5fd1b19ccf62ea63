import { type ConnectionResult, DecimalScalar, execute, formatCents, isUuid, notFound, notInFuture, PageArgs, paginate, today, toCents } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FinanceContext } from "../context";
import { Cooperative } from "../cooperative/cooperative.type";
import type { InvoiceRow, Prisma } from "../db";
import { consortium } from "../settings";
import { canSeeInvoice, visibleInvoices } from "./invoice.access";
import { issueCreditNote, issueInvoice } from "./invoice.commands";
import { invoiceCustomer } from "./invoice.customer";
import { fatturaPAXml } from "./invoice.fatturapa";
import { InvoiceFilter, IssueCreditNoteInput, IssueInvoiceInput } from "./invoice.inputs";
import { creditNotesByInvoice, invoiceById, linesByInvoice } from "./invoice.loaders";
import { amountDueCents, documentTypeCode, invoiceNumberText, latinText, priceLines, validateContractCodes, vatRatesOn, vatSummary } from "./invoice.rules";
import { Invoice, InvoiceConnection, InvoiceCustomer, InvoiceLine, InvoiceTotals, VatSummaryRow } from "./invoice.type";

/** Issuing waits its turn for the year's counter row: many issues at once queue behind it. */
export const ISSUE_OPTIONS = { maxWait: 60_000, timeout: 60_000 };

function whereOf(filter: InvoiceFilter | null | undefined): Prisma.InvoiceWhereInput[] {
  if (!filter) return [];
  return [
    filter.year != null ? { year: filter.year } : {},
    filter.cooperativeId ? { customerCooperativeId: isUuid(filter.cooperativeId) ? filter.cooperativeId.toLowerCase() : { in: [] } } : {},
    filter.documentType ? { documentType: filter.documentType } : {},
    filter.purpose ? { purpose: filter.purpose } : {},
    filter.issuedFrom ? { issueDate: { gte: filter.issuedFrom } } : {},
    filter.issuedTo ? { issueDate: { lte: filter.issuedTo } } : {},
  ];
}

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, { description: "Invoices and credit notes, newest number first. A cooperative's manager sees those addressed to their cooperative." })
  @Authorized("ADMIN", "COOP_MANAGER", "SERVICE")
  async invoices(
    @Ctx() ctx: FinanceContext,
    @Args() page: PageArgs,
    @Arg("filter", () => InvoiceFilter, { nullable: true }) filter?: InvoiceFilter,
  ): Promise<ConnectionResult<InvoiceRow>> {
    const where: Prisma.InvoiceWhereInput = { AND: [visibleInvoices(ctx.identity), ...whereOf(filter)] };
    return paginate(
      page,
      (p) => ctx.db.invoice.findMany({ where, orderBy: [{ year: "desc" }, { number: "desc" }, { id: "asc" }], ...p }),
      () => ctx.db.invoice.count({ where }),
    );
  }

  @Query(() => Invoice, { nullable: true, description: "An invoice or credit note; null when absent or not visible to you." })
  @Authorized("ADMIN", "COOP_MANAGER", "SERVICE")
  async invoice(@Ctx() ctx: FinanceContext, @Arg("id", () => ID) id: string): Promise<InvoiceRow | null> {
    const invoice = await invoiceById(ctx).load(id);
    return invoice && canSeeInvoice(ctx.identity, invoice) ? invoice : null;
  }

  @FieldResolver(() => String, { description: 'The number as printed and sent: number/year, e.g. "17/2026".' })
  fullNumber(@Root() invoice: InvoiceRow): string {
    return invoiceNumberText(invoice.year, invoice.number);
  }

  @FieldResolver(() => String, { description: "FatturaPA TipoDocumento: TD01 invoice, TD04 credit note." })
  documentTypeCode(@Root() invoice: InvoiceRow): string {
    return documentTypeCode(invoice.documentType);
  }

  @FieldResolver(() => InvoiceCustomer)
  customer(@Root() invoice: InvoiceRow): InvoiceCustomer {
    return {
      cooperativeId: invoice.customerCooperativeId,
      name: invoice.customerName,
      taxCode: invoice.customerTaxCode,
      vatNumber: invoice.customerVatNumber,
      street: invoice.customerStreet,
      postcode: invoice.customerPostcode,
      municipality: invoice.customerMunicipality,
      province: invoice.customerProvince,
      publicAdministration: invoice.publicAdministration,
      recipientCode: invoice.recipientCode,
    };
  }

  @FieldResolver(() => Cooperative, { nullable: true, description: "The member cooperative invoiced (resolved by membership); null for an external client." })
  cooperative(@Root() invoice: InvoiceRow): Cooperative | null {
    return invoice.customerCooperativeId ? { id: invoice.customerCooperativeId } : null;
  }

  @FieldResolver(() => [InvoiceLine])
  async lines(@Root() invoice: InvoiceRow, @Ctx() ctx: FinanceContext) {
    return linesByInvoice(ctx).load(invoice.id);
  }

  @FieldResolver(() => [VatSummaryRow], { description: "The VAT summary: one row per rate or nature." })
  async vatSummary(@Root() invoice: InvoiceRow, @Ctx() ctx: FinanceContext): Promise<VatSummaryRow[]> {
    return vatSummary(await linesByInvoice(ctx).load(invoice.id)).map((row) => ({
      vatPercent: row.percent,
      vatNature: row.nature,
      legalReference: row.legalReference,
      taxable: formatCents(row.taxable),
      vat: formatCents(row.vat),
    }));
  }

  @FieldResolver(() => InvoiceTotals)
  totals(@Root() invoice: InvoiceRow): InvoiceTotals {
    return { net: invoice.net.toFixed(2), vat: invoice.vat.toFixed(2), gross: invoice.gross.toFixed(2) };
  }

  @FieldResolver(() => DecimalScalar, { description: "What the customer pays the consortium: the gross, less the VAT under split payment." })
  amountDue(@Root() invoice: InvoiceRow): string {
    const totals = { net: toCents(invoice.net), vat: toCents(invoice.vat), gross: toCents(invoice.gross) };
    return formatCents(amountDueCents(totals, invoice.splitPayment));
  }

  @FieldResolver(() => Invoice, { nullable: true, description: "The invoice a credit note corrects." })
  async corrects(@Root() invoice: InvoiceRow, @Ctx() ctx: FinanceContext): Promise<InvoiceRow | null> {
    return invoice.correctsId ? invoiceById(ctx).load(invoice.correctsId) : null;
  }

  @FieldResolver(() => [Invoice], { description: "The credit notes that correct this invoice." })
  async creditNotes(@Root() invoice: InvoiceRow, @Ctx() ctx: FinanceContext): Promise<InvoiceRow[]> {
    return creditNotesByInvoice(ctx).load(invoice.id);
  }

  @FieldResolver(() => String, { description: "The invoice as a FatturaPA XML document (FPA12 for a public administration, FPR12 otherwise), for the Sistema di Interscambio." })
  async fatturaPA(@Root() invoice: InvoiceRow, @Ctx() ctx: FinanceContext): Promise<string> {
    const [lines, corrected] = await Promise.all([linesByInvoice(ctx).load(invoice.id), invoice.correctsId ? invoiceById(ctx).load(invoice.correctsId) : null]);
    return fatturaPAXml(invoice, lines, consortium, corrected);
  }

  @Mutation(() => Invoice, {
    description:
      "Issues an invoice (TD01), numbered in the year of its date without gaps. A member cooperative's name, codice fiscale and seat are asked of membership; if it cannot answer, nothing is written.",
  })
  @Authorized("ADMIN")
  async issueInvoice(@Ctx() ctx: FinanceContext, @Arg("input") input: IssueInvoiceInput): Promise<InvoiceRow> {
    const issueDate = notInFuture("input.issueDate", input.issueDate ?? today(), new Date());
    const lines = priceLines(input.lines, vatRatesOn("input.issueDate", issueDate), issueDate);
    const notes = input.notes?.trim() ? latinText("input.notes", input.notes, 200) : null;
    const external = input.customer.external;
    const codes = validateContractCodes(input, external?.publicAdministration === true && !input.customer.cooperativeId);
    const customer = await invoiceCustomer(ctx, input.customer, "input.customer");
    return execute(ctx, issueInvoice, { purpose: "GENERAL", issueDate, customer, lines, ...codes, notes }, ISSUE_OPTIONS);
  }

  @Mutation(() => Invoice, { description: "Issues a credit note (TD04) correcting an issued invoice, in whole or in part; it is numbered like invoices." })
  @Authorized("ADMIN")
  async issueCreditNote(@Ctx() ctx: FinanceContext, @Arg("input") input: IssueCreditNoteInput): Promise<InvoiceRow> {
    if (!isUuid(input.invoiceId)) throw notFound("invoice", input.invoiceId);
    const issueDate = notInFuture("input.issueDate", input.issueDate ?? today(), new Date());
    return execute(ctx, issueCreditNote, { invoiceId: input.invoiceId.toLowerCase(), issueDate, lines: input.lines ?? null, reason: input.reason }, ISSUE_OPTIONS);
  }
}

export async function resolveInvoiceReference(ref: { id: string }, ctx: FinanceContext): Promise<InvoiceRow | null> {
  const invoice = await invoiceById(ctx).load(ref.id);
  return invoice && canSeeInvoice(ctx.identity, invoice) ? invoice : null;
}
