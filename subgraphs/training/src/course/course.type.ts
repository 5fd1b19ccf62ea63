import { Connection, DateScalar, DecimalScalar, Entity, Public } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { CourseMode, FundingSource, SafetyTrainingKind, TrainingArea } from "../db";

registerEnumType(TrainingArea, {
  name: "TrainingArea",
  description: "Subject area of a course: SAFETY, SOCIAL_CARE, EDUCATION, WORK_INCLUSION, MANAGEMENT, DIGITAL, LANGUAGES, TECHNICAL.",
});
registerEnumType(CourseMode, { name: "CourseMode", description: "IN_PERSON or BLENDED (with a venue), or ONLINE." });
registerEnumType(FundingSource, {
  name: "FundingSource",
  description:
    "Who pays for a course: FONCOOP (the interprofessional training fund of cooperative enterprises), FSE_PLUS (a regional programme of the European Social Fund Plus), REGION, or SELF_FUNDED.",
});
registerEnumType(SafetyTrainingKind, {
  name: "SafetyTrainingKind",
  description:
    "Mandatory safety training (D.Lgs. 81/2008): GENERAL (4 h, never expires); SPECIFIC_LOW_RISK, SPECIFIC_MEDIUM_RISK, SPECIFIC_HIGH_RISK (4, 8, 12 h) and SPECIFIC_REFRESHER (6 h every 5 years), Accordo Stato-Regioni; FIRST_AID and FIRST_AID_REFRESHER (D.M. 388/2003); FIRE_WARDEN and FIRE_WARDEN_REFRESHER (D.M. 2/09/2021).",
});

@ObjectType({ description: "Lezione: one session of a course, on one day." })
@Public()
export class CourseSession {
  @Field(() => ID, { description: "The session's id, to record attendance against." })
  @Public()
  id!: string;

  @Field(() => Int, { description: "1, 2, 3... in date order." })
  @Public()
  number!: number;

  @Field(() => DateScalar, { description: "The day of the session." })
  @Public()
  date!: Date;

  @Field(() => DecimalScalar, { description: "Hours of the session." })
  @Public()
  hours!: unknown;
}

@ObjectType({ description: "Corso: a course of the consortium's training plan for the people of its member cooperatives." })
@Entity()
@Public()
export class Course {
  @Field(() => ID, { description: "The course's id." })
  @Public()
  id!: string;

  @Field({ description: "Title of the course." })
  @Public()
  title!: string;

  @Field(() => String, { nullable: true, description: "What the course teaches." })
  @Public()
  description!: string | null;

  @Field(() => TrainingArea, { description: "Subject area." })
  @Public()
  area!: TrainingArea;

  @Field(() => DecimalScalar, { description: "Total hours: the sum of its sessions' hours." })
  @Public()
  hours!: unknown;

  @Field(() => Int, { description: "Seats on offer." })
  @Public()
  seats!: number;

  @Field(() => Int, { description: "Seats taken by ENROLLED participants; never more than seats." })
  @Public()
  seatsTaken!: number;

  @Field(() => DateScalar, { description: "First day of the course." })
  @Public()
  startDate!: Date;

  @Field(() => DateScalar, { description: "Last day of the course; no enrolment after it." })
  @Public()
  endDate!: Date;

  @Field(() => CourseMode, { description: "In person, online or blended." })
  @Public()
  mode!: CourseMode;

  @Field(() => String, { nullable: true, description: "Where it is held; null for an online course." })
  @Public()
  venue!: string | null;

  @Field(() => FundingSource, { description: "Who pays for the course." })
  @Public()
  fundingSource!: FundingSource;

  @Field(() => String, { nullable: true, description: "Avviso: the funding notice; null when self-funded." })
  @Public()
  fundingNotice!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Amount granted by the funder, in euro; null when self-funded." })
  @Public()
  fundingAmount!: unknown;

  @Field(() => Int, { description: "Percent of the course hours a participant must attend for the certificate." })
  @Public()
  attendanceThreshold!: number;

  @Field(() => SafetyTrainingKind, { nullable: true, description: "The mandatory safety training the course gives, if any." })
  @Public()
  safetyTraining!: SafetyTrainingKind | null;
}

export const CourseConnection = Connection(Course, { isPublic: true });
