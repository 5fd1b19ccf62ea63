import { Connection, DateScalar, DateTimeScalar, DecimalScalar, Entity, RateScalar } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum InstalmentStatus {
  PAID = "PAID",
  PARTLY_PAID = "PARTLY_PAID",
  DUE = "DUE",
  OVERDUE = "OVERDUE",
}
registerEnumType(InstalmentStatus, { name: "InstalmentStatus", description: "OVERDUE: due before today and not paid in full." });

export enum LoanStatus {
  GOOD_STANDING = "GOOD_STANDING",
  OVERDUE = "OVERDUE",
  REPAID = "REPAID",
}
registerEnumType(LoanStatus, { name: "LoanStatus", description: "GOOD_STANDING: no instalment overdue; OVERDUE: at least one; REPAID: every instalment paid." });

@ObjectType({ description: "One month of a loan's French amortisation schedule." })
export class LoanInstalment {
  @Field(() => Int)
  number!: number;

  @Field(() => DateScalar)
  dueDate!: Date;

  @Field(() => DecimalScalar, { description: "principal + interest." })
  amount!: unknown;

  @Field(() => DecimalScalar)
  principal!: unknown;

  @Field(() => DecimalScalar, { description: "Principal owed before it times the monthly rate, rounded half up to the cent." })
  interest!: unknown;

  @Field(() => DecimalScalar, { description: "Principal still owed after this instalment." })
  balance!: unknown;

  @Field(() => DecimalScalar, { description: "Paid of it so far." })
  paid!: unknown;

  loanId!: string;
}

@ObjectType({ description: "Sums over a loan's schedule, exact to the cent: principal + interest = amount, paid + outstanding = amount." })
export class LoanTotals {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DecimalScalar, { description: "Equals the loan's principal." })
  principal!: string;

  @Field(() => DecimalScalar)
  interest!: string;

  @Field(() => DecimalScalar)
  paid!: string;

  @Field(() => DecimalScalar)
  outstanding!: string;
}

@ObjectType({ description: "A payment received on a loan." })
export class LoanPayment {
  @Field(() => ID)
  id!: string;

  @Field(() => DecimalScalar)
  amount!: unknown;

  @Field(() => DateScalar)
  paidOn!: Date;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;
}

@ObjectType({ description: "Prestito: a loan from the fund to a member cooperative, repaid by monthly constant instalments (French amortisation)." })
@Entity()
export class Loan {
  @Field(() => ID)
  id!: string;

  @Field(() => DecimalScalar)
  principal!: unknown;

  // A Rate, not a Decimal: the rate may have up to four decimals ("4.125"), which a Decimal cannot print.
  @Field(() => RateScalar, { description: 'Nominal annual rate in percent, up to four decimals (e.g. "4.125"); the monthly rate is a twelfth of it.' })
  annualRate!: unknown;

  @Field(() => Int)
  termMonths!: number;

  @Field(() => DateScalar, { description: "Disbursement date; instalment k falls due k months later." })
  startDate!: Date;

  @Field(() => DateTimeScalar)
  grantedAt!: Date;

  cooperativeId!: string;
}

export const LoanConnection = Connection(Loan);
