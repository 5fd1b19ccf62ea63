import { Connection, DateScalar, DateTimeScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { FundMovementKind } from "../db";

registerEnumType(FundMovementKind, { name: "FundMovementKind", description: "CONTRIBUTION and LOAN_REPAYMENT into the fund, LOAN_GRANTED out of it." });

@ObjectType({ description: "A movement of the fund, with the balance it left." })
export class FundMovement {
  @Field(() => ID)
  id!: string;

  @Field(() => FundMovementKind)
  kind!: FundMovementKind;

  @Field(() => DecimalScalar, { description: "Positive into the fund, negative out of it." })
  amount!: unknown;

  @Field(() => DecimalScalar)
  balanceAfter!: unknown;

  @Field(() => DateScalar)
  date!: Date;

  @Field(() => String, { nullable: true, description: "Who contributed, when not a member cooperative." })
  contributor!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;

  cooperativeId!: string | null;
  loanId!: string | null;
}

export const FundMovementConnection = Connection(FundMovement);

@ObjectType({ description: "Fondo di sostegno e rilancio: fed by contributions, it lends to member cooperatives; repayments return to it." })
export class Fund {
  @Field(() => DecimalScalar)
  balance!: string;
}
