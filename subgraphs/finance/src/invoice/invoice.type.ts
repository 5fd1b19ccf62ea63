import { Connection, DateScalar, DateTimeScalar, DecimalScalar, Entity } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DocumentType, InvoicePurpose } from "../db";

registerEnumType(DocumentType, {
  name: "DocumentType",
  description: "INVOICE: fattura (FatturaPA TD01); CREDIT_NOTE: nota di credito (TD04), which corrects an issued invoice.",
});
registerEnumType(InvoicePurpose, { name: "InvoicePurpose", description: "GENERAL, or CONSORTIUM_FEE: the consortium fee on assigned contracts for a period." });

@ObjectType({ description: "Net, VAT and gross of an invoice, exact to the cent: net + vat = gross." })
export class InvoiceTotals {
  @Field(() => DecimalScalar, { description: "Sum of the line totals." })
  net!: string;

  @Field(() => DecimalScalar, { description: "VAT, computed per rate on the sum of that rate's lines and rounded half up to the cent." })
  vat!: string;

  @Field(() => DecimalScalar)
  gross!: string;
}

@ObjectType({ description: "One line of an invoice." })
export class InvoiceLine {
  @Field(() => Int, { description: "1, 2, 3... within the invoice." })
  position!: number;

  @Field()
  description!: string;

  @Field(() => DecimalScalar)
  quantity!: unknown;

  @Field(() => DecimalScalar, { description: "Price of one unit net of VAT." })
  unitPrice!: unknown;

  @Field(() => DecimalScalar, { description: "quantity x unitPrice, rounded half up to the cent." })
  lineTotal!: unknown;

  @Field({ description: "The VAT code of the line (STANDARD, REDUCED_10, SOCIAL_5, EXEMPT_ART10, EXCLUDED_ART15)." })
  vatCode!: string;

  @Field(() => DecimalScalar, { description: "VAT percentage; 0.00 with a nature." })
  vatPercent!: unknown;

  @Field(() => String, { nullable: true, description: "FatturaPA Natura when no VAT is charged (N1 excluded, N4 exempt)." })
  vatNature!: string | null;

  @Field(() => String, { nullable: true, description: "The law that exempts or excludes the line." })
  legalReference!: string | null;
}

@ObjectType({ description: "One row of the VAT summary (FatturaPA DatiRiepilogo): the lines of one rate or nature." })
export class VatSummaryRow {
  @Field(() => DecimalScalar)
  vatPercent!: string;

  @Field(() => String, { nullable: true })
  vatNature!: string | null;

  @Field(() => String, { nullable: true })
  legalReference!: string | null;

  @Field(() => DecimalScalar, { description: "Sum of the line totals of this rate." })
  taxable!: string;

  @Field(() => DecimalScalar, { description: "taxable x rate, rounded half up to the cent." })
  vat!: string;
}

@ObjectType({ description: "The customer as the invoice names it, as it was on the day of issue." })
export class InvoiceCustomer {
  @Field()
  name!: string;

  @Field({ description: "Codice fiscale: 11 digits, or 16 characters for a person." })
  taxCode!: string;

  @Field(() => String, { nullable: true, description: "Partita IVA, when the customer has one." })
  vatNumber!: string | null;

  @Field()
  street!: string;

  @Field({ description: "CAP." })
  postcode!: string;

  @Field()
  municipality!: string;

  @Field()
  province!: string;

  @Field({ description: "A public administration: FatturaPA FPA12, CIG, split payment." })
  publicAdministration!: boolean;

  @Field({ description: "SDI recipient code: 6 characters for a public administration, 7 otherwise." })
  recipientCode!: string;

  cooperativeId!: string | null;
}

@ObjectType({ description: "Fattura or nota di credito issued by the consortium, numbered per year without gaps. Never edited once issued." })
@Entity()
export class Invoice {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentType)
  documentType!: DocumentType;

  @Field(() => InvoicePurpose)
  purpose!: InvoicePurpose;

  @Field(() => Int, { description: "Progressive number within the year, from 1, without gaps." })
  number!: number;

  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar)
  issueDate!: Date;

  @Field(() => DateScalar, { description: "The day payment is due." })
  dueDate!: Date;

  @Field(() => String, { nullable: true, description: "CIG of the contract a public administration is invoiced for." })
  cig!: string | null;

  @Field(() => String, { nullable: true, description: "CUP of the project, when the contract has one." })
  cup!: string | null;

  @Field({ description: "Scissione dei pagamenti (art. 17-ter DPR 633/72): the public administration pays the VAT to the Treasury, not to the consortium." })
  splitPayment!: boolean;

  @Field(() => DecimalScalar, { description: "Imposta di bollo paid by the consortium (virtual stamp), 0.00 when not due." })
  stampDuty!: unknown;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => DateTimeScalar)
  issuedAt!: Date;

  correctsId!: string | null;
  customerCooperativeId!: string | null;
}

export const InvoiceConnection = Connection(Invoice);
