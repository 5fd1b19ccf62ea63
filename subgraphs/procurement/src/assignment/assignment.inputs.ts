import { DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class AssignmentShareInput {
  @Field(() => ID, { description: "A member cooperative (membership's id)." })
  cooperativeId!: string;

  @Field(() => DecimalScalar, { description: 'Percentage of the contract, at most two decimals, e.g. "33.34".' })
  sharePercent!: string;
}

@InputType({ description: "Assigns the execution of a contract to member cooperatives: the shares add up to exactly 100%." })
export class AssignContractInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => [AssignmentShareInput])
  assignments!: AssignmentShareInput[];
}
