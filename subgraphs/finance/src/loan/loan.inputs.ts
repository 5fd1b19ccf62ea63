import { DateScalar, DecimalScalar, RateScalar } from "@coopgraph/kit";
import { Field, ID, InputType, Int } from "type-graphql";
import { LoanStatus } from "./loan.type";

@InputType({ description: "Grants a loan from the fund to an ACTIVE member cooperative: its schedule is fixed at once." })
export class GrantLoanInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field(() => DecimalScalar, { description: "At most two decimals." })
  principal!: string;

  @Field(() => RateScalar, { description: 'Nominal annual rate in percent, at most four decimals, e.g. "4.125"; "0" for an interest-free loan.' })
  annualRate!: string;

  @Field(() => Int)
  termMonths!: number;

  @Field(() => DateScalar, { nullable: true, description: "Disbursement date; today when omitted." })
  startDate?: Date | null;
}

@InputType({ description: "Records a payment on a loan: it settles the instalments in order, oldest first." })
export class RecordLoanPaymentInput {
  @Field(() => ID)
  loanId!: string;

  @Field(() => DecimalScalar, { description: "At most what is still owed." })
  amount!: string;

  @Field(() => DateScalar, { nullable: true, description: "Today when omitted." })
  paidOn?: Date | null;
}

@InputType({ description: "Narrows the list; all given conditions must hold." })
export class LoanFilter {
  @Field(() => ID, { nullable: true })
  cooperativeId?: string | null;

  @Field(() => LoanStatus, { nullable: true })
  status?: LoanStatus | null;
}
