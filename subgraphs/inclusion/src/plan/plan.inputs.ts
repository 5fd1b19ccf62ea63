import { DateScalar } from "@coopgraph/kit";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Records a periodic review of a placement's individual plan." })
export class AddPlanReviewInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => DateScalar, { description: "The day of the review: not in the future, within the placement." })
  date!: Date;

  @Field({ description: "How the person is progressing towards the plan's goals." })
  progressNote!: string;
}
