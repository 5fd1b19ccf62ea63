import { DateScalar } from "@coopgraph/kit";
import { Field, ID, InputType } from "type-graphql";
import { SafetyRiskLevel } from "../db";

@InputType({ description: "Records a cooperative's risk class (from its risk assessment, DVR), which sets the specific training its workers need." })
export class RecordSafetyRiskLevelInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field(() => SafetyRiskLevel)
  riskLevel!: SafetyRiskLevel;

  @Field(() => DateScalar, { nullable: true, description: "From when it applies; today when omitted; not in the future." })
  effectiveFrom?: Date | null;
}
