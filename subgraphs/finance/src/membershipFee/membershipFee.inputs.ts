import { DateScalar } from "@coopgraph/kit";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Records that a member cooperative paid its membership fee for a year: once per year." })
export class RecordMembershipFeeInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar, { nullable: true, description: "Today when omitted." })
  paidOn?: Date | null;
}

@InputType({ description: "Narrows the list; all given conditions must hold." })
export class MembershipFeeFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  cooperativeId?: string | null;
}
