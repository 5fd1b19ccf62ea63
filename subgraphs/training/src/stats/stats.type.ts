import { DecimalScalar } from "@coopgraph/kit";
import { Field, Int, ObjectType } from "type-graphql";
import { FundingSource, TrainingArea } from "../db";

@ObjectType({ description: "Training figures of a group of enrolments on courses started in the year." })
export class TrainingFigures {
  @Field(() => Int, { description: "Enrolments holding a seat (ENROLLED)." })
  participants!: number;

  @Field(() => Int, { description: "Enrolments waiting for a seat (WAITLISTED)." })
  waiting!: number;

  @Field(() => DecimalScalar, { description: "Hours attended, by all of them together." })
  attendedHours!: string;

  @Field(() => Int, { description: "Certificates issued." })
  certificates!: number;
}

@ObjectType({ description: "Training figures of a group of courses started in the year." })
export class CourseFigures extends TrainingFigures {
  @Field(() => Int, { description: "Courses started in the year." })
  courses!: number;

  @Field(() => DecimalScalar, { description: "Funding granted for those courses, in euro." })
  fundingAmount!: string;
}

@ObjectType({ description: "Training figures of the courses one funding source paid for." })
export class FundingSourceStats extends CourseFigures {
  @Field(() => FundingSource)
  fundingSource!: FundingSource;
}

@ObjectType({ description: "Training figures of the courses of one area." })
export class AreaStats extends CourseFigures {
  @Field(() => TrainingArea)
  area!: TrainingArea;
}

@ObjectType({ description: "Training figures of the people of cooperatives seated in one region (the seat when they enrolled)." })
export class RegionStats extends TrainingFigures {
  @Field()
  region!: string;
}

@ObjectType({ description: "Aggregate training figures of the courses started in a year: no person is named." })
export class TrainingStats {
  @Field(() => Int)
  year!: number;

  @Field(() => CourseFigures, { description: "All courses of the year together." })
  total!: CourseFigures;

  @Field(() => [FundingSourceStats], { description: "Every funding source, those with no course included." })
  byFundingSource!: FundingSourceStats[];

  @Field(() => [AreaStats], { description: "Every area, those with no course included." })
  byArea!: AreaStats[];

  @Field(() => [RegionStats], { description: "Regions with at least one enrolment, by name." })
  byRegion!: RegionStats[];
}
