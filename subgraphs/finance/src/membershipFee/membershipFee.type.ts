import { Connection, DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Quota associativa: a member cooperative's membership fee for a year (outside the scope of VAT, art. 4 DPR 633/72)." })
export class MembershipFee {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => DecimalScalar, { description: "The yearly amount in force on 1 January of the year." })
  amount!: unknown;

  @Field(() => DateScalar)
  paidOn!: Date;

  cooperativeId!: string;
}

export const MembershipFeeConnection = Connection(MembershipFee);
