import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType, Int } from "type-graphql";
import { DisadvantageCategory, PlacementKind, PlacementOutcome, ReferringService } from "../db";

@InputType({ description: "Starts a work placement of a disadvantaged person in their cooperative, with its individual plan." })
export class StartPlacementInput {
  @Field(() => ID, { description: "Membership's person: they must belong to the cooperative." })
  personId!: string;

  @Field(() => ID, { description: "Membership's cooperative: it must be ACTIVE." })
  cooperativeId!: string;

  @Field(() => DisadvantageCategory)
  category!: DisadvantageCategory;

  @Field(() => ReferringService)
  referringService!: ReferringService;

  @Field({ description: "Reference of the certifying document (protocol number or similar)." })
  certificationReference!: string;

  @Field(() => DateScalar, { description: "Not in the future, and not after the start." })
  certificationDate!: Date;

  @Field(() => PlacementKind)
  kind!: PlacementKind;

  @Field(() => DecimalScalar, { nullable: true, description: "Monthly stipend in euro: required for a traineeship, not given for employment." })
  monthlyStipend?: string | null;

  @Field(() => Int, { description: "Whole hours a week, 1 to 48." })
  hoursPerWeek!: number;

  @Field()
  role!: string;

  @Field()
  tutor!: string;

  @Field(() => DateScalar)
  startDate!: Date;

  @Field(() => [String], { description: "Goals of the individual plan (progetto personalizzato), 1 to 20." })
  goals!: string[];
}

@InputType({ description: "Ends a placement with its outcome." })
export class EndPlacementInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => DateScalar, { description: "Not in the future, not before the start." })
  endDate!: Date;

  @Field(() => PlacementOutcome)
  outcome!: PlacementOutcome;
}

@InputType({ description: "Narrows the list; all given conditions must hold." })
export class PlacementFilter {
  @Field(() => ID, { nullable: true })
  cooperativeId?: string | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => [DisadvantageCategory], { nullable: true })
  category?: DisadvantageCategory[] | null;

  @Field(() => PlacementKind, { nullable: true })
  kind?: PlacementKind | null;

  @Field(() => Boolean, { nullable: true, description: "true: only placements not ended; false: only ended ones." })
  current?: boolean | null;
}
