import { Field, ID, InputType } from "type-graphql";
import { EnrolmentStatus } from "../db";

@InputType({ description: "Enrols a person of a member cooperative on a course: a seat while seats last, else a place on the waiting list." })
export class EnrolInput {
  @Field(() => ID)
  courseId!: string;

  @Field(() => ID, { description: "Membership's id of the person." })
  personId!: string;
}

@InputType({ description: "Cancels an enrolment; a freed seat goes to the first on the waiting list." })
export class CancelEnrolmentInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => String, { nullable: true, description: "Why, for the enrolment's history." })
  reason?: string | null;
}

@InputType({ description: "Narrows a list of enrolments." })
export class EnrolmentFilter {
  @Field(() => [EnrolmentStatus], { nullable: true })
  status?: EnrolmentStatus[];
}
