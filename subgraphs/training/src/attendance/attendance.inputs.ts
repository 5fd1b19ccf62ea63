import { DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType } from "type-graphql";

@InputType({
  description:
    "The hours an ENROLLED participant attended one session. Recording a session already recorded is a correction: it needs a correctionReason, and the hours before are kept.",
})
export class RecordAttendanceInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => ID, { description: "A session of the enrolment's course, on or before today." })
  sessionId!: string;

  @Field(() => DecimalScalar, { description: 'Hours attended, from 0 (absent) to the session\'s hours, e.g. "3.50".' })
  hours!: string;

  @Field(() => String, { nullable: true, description: "Why an attendance already recorded is corrected; only for a correction." })
  correctionReason?: string | null;
}
