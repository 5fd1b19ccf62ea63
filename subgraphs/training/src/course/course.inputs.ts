import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, InputType, Int } from "type-graphql";
import { CourseMode, FundingSource, SafetyTrainingKind, TrainingArea } from "../db";

@InputType({ description: "Narrows the catalogue; all given conditions must hold." })
export class CourseFilter {
  @Field(() => [TrainingArea], { nullable: true, description: "Courses of these areas." })
  area?: TrainingArea[];

  @Field(() => [FundingSource], { nullable: true, description: "Courses paid by these sources." })
  fundingSource?: FundingSource[];

  @Field(() => DateScalar, { nullable: true, description: "Courses starting on or after this day." })
  startsFrom?: Date;

  @Field(() => DateScalar, { nullable: true, description: "Courses starting on or before this day." })
  startsTo?: Date;

  @Field(() => Boolean, { nullable: true, description: "true: courses that have not ended (they take enrolments); false: ended ones." })
  open?: boolean;

  @Field(() => [SafetyTrainingKind], { nullable: true, description: "Safety courses of these kinds." })
  safetyTraining?: SafetyTrainingKind[];
}

@InputType({ description: "One session of a new course." })
export class CourseSessionInput {
  @Field(() => DateScalar, { description: "Its day, between the course's start and end." })
  date!: Date;

  @Field(() => DecimalScalar, { description: 'Its hours, e.g. "4.00".' })
  hours!: string;
}

@InputType({ description: "A new course with its sessions: their hours add up to the course's hours." })
export class CreateCourseInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => TrainingArea)
  area!: TrainingArea;

  @Field(() => DecimalScalar, { description: "Total hours; the sessions' hours must add up to them." })
  hours!: string;

  @Field(() => Int)
  seats!: number;

  @Field(() => DateScalar)
  startDate!: Date;

  @Field(() => DateScalar)
  endDate!: Date;

  @Field(() => CourseMode)
  mode!: CourseMode;

  @Field(() => String, { nullable: true, description: "Required unless ONLINE." })
  venue?: string | null;

  @Field(() => FundingSource)
  fundingSource!: FundingSource;

  @Field(() => String, { nullable: true, description: "Avviso: required unless SELF_FUNDED." })
  fundingNotice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Amount granted, in euro: required unless SELF_FUNDED." })
  fundingAmount?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Percent of the hours to attend for the certificate; by default the consortium's rule (70%), or the legal minimum (90%) for safety training.",
  })
  attendanceThreshold?: number | null;

  @Field(() => SafetyTrainingKind, { nullable: true, description: "For a mandatory safety course (area SAFETY): the kind of training it gives." })
  safetyTraining?: SafetyTrainingKind | null;

  @Field(() => [CourseSessionInput])
  sessions!: CourseSessionInput[];
}
