import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A contribution to the fund, from a member cooperative (cooperativeId) or another contributor (contributor), exactly one of them." })
export class RecordFundContributionInput {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DateScalar, { nullable: true, description: "Today when omitted." })
  contributedOn?: Date | null;

  @Field(() => ID, { nullable: true })
  cooperativeId?: string | null;

  @Field(() => String, { nullable: true, description: "A contributor that is not a member cooperative: a foundation, a public body..." })
  contributor?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
