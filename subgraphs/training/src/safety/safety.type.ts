import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Cooperative } from "../cooperative/cooperative.type";
import { SafetyRiskLevel, SafetyTrainingKind } from "../db";
import { Person } from "../person/person.type";

registerEnumType(SafetyRiskLevel, {
  name: "SafetyRiskLevel",
  description: "Risk class of a cooperative's work, from its risk assessment (DVR): sets the specific safety training its workers need (4, 8 or 12 hours).",
});

/** What a worker must hold. */
export enum SafetyRequirement {
  GENERAL = "GENERAL",
  SPECIFIC = "SPECIFIC",
  FIRST_AID = "FIRST_AID",
  FIRE_WARDEN = "FIRE_WARDEN",
}
registerEnumType(SafetyRequirement, {
  name: "SafetyRequirement",
  description: "GENERAL and SPECIFIC training every worker needs (D.Lgs. 81/2008 art. 37); FIRST_AID and FIRE_WARDEN for the workers designated (art. 45-46).",
});

export enum SafetyDueStatus {
  MISSING = "MISSING",
  EXPIRED = "EXPIRED",
  EXPIRING = "EXPIRING",
}
registerEnumType(SafetyDueStatus, {
  name: "SafetyDueStatus",
  description: "MISSING: never done; EXPIRED: its validity ended; EXPIRING: its validity ends within the window asked.",
});

@ObjectType({ description: "A mandatory safety training a current person of a cooperative must do, and by when." })
export class SafetyTrainingDue {
  @Field(() => Person, { description: "The person (resolved by membership)." })
  person!: Person;

  @Field(() => SafetyRequirement)
  requirement!: SafetyRequirement;

  @Field(() => SafetyRiskLevel, { nullable: true, description: "For SPECIFIC: the cooperative's risk class; null when it is not recorded (recordSafetyRiskLevel)." })
  riskLevel!: SafetyRiskLevel | null;

  @Field(() => SafetyDueStatus)
  status!: SafetyDueStatus;

  @Field(() => DateScalar, { nullable: true, description: "The latest completion that counts." })
  lastCompletedOn!: Date | null;

  @Field(() => DateScalar, { description: "By when: a new worker's deadline (60 days from their start) when missing, else the day its validity ends." })
  dueDate!: Date;

  @Field(() => SafetyTrainingKind, {
    nullable: true,
    description: "The course to take: the full course when missing, the refresher otherwise; null when the risk class is unknown.",
  })
  kindToTake!: SafetyTrainingKind | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Minimum hours of that course." })
  hours!: string | null;
}

@ObjectType({ description: "A cooperative's risk class for safety training, from its risk assessment, in force from a day." })
export class SafetyRiskAssessment {
  @Field(() => Cooperative)
  cooperative!: Cooperative;

  @Field(() => SafetyRiskLevel)
  riskLevel!: SafetyRiskLevel;

  @Field(() => DateScalar)
  effectiveFrom!: Date;

  @Field()
  recordedBy!: string;

  @Field()
  recordedAt!: Date;
}
