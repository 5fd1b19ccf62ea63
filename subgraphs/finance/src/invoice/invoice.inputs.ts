import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType, Int } from "type-graphql";
import { DocumentType, InvoicePurpose } from "../db";

@InputType()
export class InvoiceLineInput {
  @Field()
  description!: string;

  @Field(() => DecimalScalar, { description: 'At most two decimals, e.g. "12.50".' })
  quantity!: string;

  @Field(() => DecimalScalar, { description: "Price of one unit net of VAT, at most two decimals." })
  unitPrice!: string;

  @Field({ description: "A VAT code in force on the issue date: STANDARD (22%), REDUCED_10, SOCIAL_5, EXEMPT_ART10 (N4), EXCLUDED_ART15 (N1)." })
  vatCode!: string;
}

@InputType({ description: "A customer that is not a member cooperative." })
export class ExternalCustomerInput {
  @Field({ description: "Legal name (denominazione), at most 80 characters." })
  name!: string;

  @Field({ description: "Codice fiscale: 11 digits (a company or body; for a company also its partita IVA) or 16 characters (a person)." })
  taxCode!: string;

  @Field()
  municipality!: string;

  @Field({ description: "Two-letter province code." })
  province!: string;

  @Field({ defaultValue: false, description: "A public administration: the invoice is FPA12, carries the CIG and is under split payment." })
  publicAdministration!: boolean;
}

@InputType({ description: "Who is invoiced: a member cooperative (cooperativeId) or an external client (external), exactly one of them." })
export class InvoiceCustomerInput {
  @Field(() => ID, { nullable: true, description: "A member cooperative: its name, codice fiscale and seat are membership's." })
  cooperativeId?: string | null;

  @Field(() => ExternalCustomerInput, { nullable: true })
  external?: ExternalCustomerInput | null;

  @Field(() => String, { nullable: true, description: "Street and number of the billing address; for a member cooperative, its billing details on file when omitted." })
  street?: string | null;

  @Field(() => String, { nullable: true, description: "CAP of the billing address." })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: "SDI recipient code: a public administration's 6-character office code, otherwise 7 characters (0000000 when omitted)." })
  recipientCode?: string | null;
}

@InputType({ description: "Issues an invoice: it is numbered in its year at once, and never edited afterwards." })
export class IssueInvoiceInput {
  @Field(() => InvoiceCustomerInput)
  customer!: InvoiceCustomerInput;

  @Field(() => DateScalar, { nullable: true, description: "Today when omitted; never in the future, never before the last invoice of its year." })
  issueDate?: Date | null;

  @Field(() => [InvoiceLineInput])
  lines!: InvoiceLineInput[];

  @Field(() => String, { nullable: true, description: "CIG: required for a public administration, not allowed otherwise." })
  cig?: string | null;

  @Field(() => String, { nullable: true, description: "CUP, for a public administration's project." })
  cup?: string | null;

  @Field(() => String, { nullable: true, description: "A note printed on the invoice (causale)." })
  notes?: string | null;
}

@InputType({ description: "Issues a credit note (nota di credito, TD04) that corrects an issued invoice." })
export class IssueCreditNoteInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => DateScalar, { nullable: true, description: "Today when omitted." })
  issueDate?: Date | null;

  @Field(() => [InvoiceLineInput], { nullable: true, description: "What is credited; the whole invoice when omitted." })
  lines?: InvoiceLineInput[] | null;

  @Field({ description: "Why the invoice is corrected, printed on the credit note." })
  reason!: string;
}

@InputType({ description: "Narrows the list; all given conditions must hold." })
export class InvoiceFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: "Invoices to this member cooperative." })
  cooperativeId?: string | null;

  @Field(() => DocumentType, { nullable: true })
  documentType?: DocumentType | null;

  @Field(() => InvoicePurpose, { nullable: true })
  purpose?: InvoicePurpose | null;

  @Field(() => DateScalar, { nullable: true, description: "Issued on or after this day." })
  issuedFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Issued on or before this day." })
  issuedTo?: Date | null;
}

@InputType({ description: "Where a member cooperative receives its invoices." })
export class SetBillingDetailsInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field({ description: "Street and number." })
  street!: string;

  @Field({ description: "CAP." })
  postcode!: string;

  @Field(() => String, { nullable: true, description: "SDI recipient code, 7 characters; 0000000 when omitted." })
  recipientCode?: string | null;
}
