import { Connection, Entity } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { EnrolmentStatus } from "../db";

registerEnumType(EnrolmentStatus, {
  name: "EnrolmentStatus",
  description: "ENROLLED holds a seat; WAITLISTED waits for one, in order of request; CANCELLED is kept as history.",
});

@ObjectType({ description: "A status change of an enrolment, with who made it and when." })
export class EnrolmentStatusChange {
  @Field(() => EnrolmentStatus, { nullable: true })
  fromStatus!: EnrolmentStatus | null;

  @Field(() => EnrolmentStatus)
  toStatus!: EnrolmentStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field({ description: "Who made the change (the subject of their token)." })
  changedBy!: string;

  @Field()
  changedAt!: Date;
}

@ObjectType({ description: "Iscrizione: a person of a member cooperative on a course, holding a seat or waiting for one." })
@Entity()
export class Enrolment {
  @Field(() => ID)
  id!: string;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => Int, { description: "This course's request number: requests are served in this order." })
  requestNumber!: number;

  @Field({ description: "When the request was taken, in the order requests were served." })
  requestedAt!: Date;

  courseId!: string;
  personId!: string;
  cooperativeId!: string;
}

export const EnrolmentConnection = Connection(Enrolment);
