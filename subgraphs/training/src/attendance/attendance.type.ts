import { DecimalScalar } from "@coopgraph/kit";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A recording of an attendance: the first, or a correction with the hours before and why." })
export class AttendanceChange {
  @Field(() => DecimalScalar, { nullable: true, description: "Hours before this recording; null for the first." })
  previousHours!: unknown;

  @Field(() => DecimalScalar)
  hours!: unknown;

  @Field(() => String, { nullable: true, description: "Why it was corrected; null for the first recording." })
  reason!: string | null;

  @Field({ description: "Who recorded it (the subject of their token)." })
  changedBy!: string;

  @Field()
  changedAt!: Date;
}

@ObjectType({ description: "Presenza: the hours an enrolled participant attended one session." })
export class Attendance {
  @Field(() => ID)
  id!: string;

  @Field(() => DecimalScalar, { description: "Hours attended, at most the session's." })
  hours!: unknown;

  @Field({ description: "Who recorded it last." })
  recordedBy!: string;

  @Field()
  recordedAt!: Date;

  enrolmentId!: string;
  sessionId!: string;
}
