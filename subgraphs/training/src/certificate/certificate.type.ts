import { Connection, DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { SafetyTrainingKind } from "../db";

@ObjectType({ description: "Attestato di frequenza: issued when a participant's attended hours reach the course's threshold, once per enrolment." })
export class Certificate {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Numbered per year without gaps, e.g. "2026/0001".' })
  number!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar, { description: "The day it was issued: the day attendance reached the threshold." })
  issuedOn!: Date;

  @Field(() => DecimalScalar, { description: "Hours attended when it was issued." })
  hours!: unknown;

  @Field(() => SafetyTrainingKind, { nullable: true, description: "The mandatory safety training it certifies, if any." })
  safetyTraining!: SafetyTrainingKind | null;

  enrolmentId!: string;
  courseId!: string;
  personId!: string;
  cooperativeId!: string;
}

export const CertificateConnection = Connection(Certificate);
