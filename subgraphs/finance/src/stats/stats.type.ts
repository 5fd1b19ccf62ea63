import { DecimalScalar } from "@coopgraph/kit";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The loans from the fund, in aggregate." })
export class LoanPortfolio {
  @Field(() => Int)
  loans!: number;

  @Field(() => DecimalScalar, { description: "Principal of every loan granted." })
  principalGranted!: string;

  @Field(() => DecimalScalar, { description: "Principal not yet repaid." })
  outstandingPrincipal!: string;

  @Field(() => Int, { description: "Loans with at least one instalment overdue." })
  overdueLoans!: number;

  @Field(() => DecimalScalar, { description: "What overdue instalments still owe." })
  overdueAmount!: string;
}

@ObjectType({ description: "Net, VAT and gross of a set of documents: invoices less credit notes." })
export class InvoicedTotals {
  @Field(() => DecimalScalar)
  net!: string;

  @Field(() => DecimalScalar)
  vat!: string;

  @Field(() => DecimalScalar)
  gross!: string;
}

@ObjectType({ description: "The consortium's finances in aggregate: no single cooperative's records." })
export class FinanceStats {
  @Field(() => Int)
  year!: number;

  @Field(() => DecimalScalar, { description: "Membership fees recorded for the year." })
  membershipFees!: string;

  @Field(() => DecimalScalar, { description: "Consortium fees invoiced in the year, net of VAT, less their credit notes." })
  consortiumFees!: string;

  @Field(() => InvoicedTotals, { description: "Everything invoiced in the year, less credit notes." })
  invoiced!: InvoicedTotals;

  @Field(() => Int, { description: "Invoices and credit notes issued in the year: their numbers run 1 to this, without gaps." })
  documentsIssued!: number;

  @Field(() => DecimalScalar, { description: "The fund's balance today." })
  fundBalance!: string;

  @Field(() => DecimalScalar, { description: "Contributions to the fund dated in the year." })
  fundContributions!: string;

  @Field(() => LoanPortfolio, { description: "The loan portfolio today." })
  loanPortfolio!: LoanPortfolio;
}
