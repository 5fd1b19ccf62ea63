import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { CooperativeStatus, CooperativeType, ShareCapitalEntryKind } from "../db";

@InputType({ description: "Narrows the list; all given conditions must hold." })
export class CooperativeFilter {
  @Field(() => [ID], { nullable: true, description: "Only these cooperatives (at most 100)." })
  ids?: string[];

  @Field(() => [CooperativeStatus], { nullable: true, description: "Only cooperatives in one of these statuses." })
  status?: CooperativeStatus[];

  @Field(() => [CooperativeType], { nullable: true, description: "Only cooperatives of one of these types." })
  type?: CooperativeType[];

  @Field({ nullable: true, description: "Two-letter province code." })
  province?: string;

  @Field({ nullable: true, description: "Region of the seat, e.g. Lombardia." })
  region?: string;

  @Field({ nullable: true, description: "Part of the name, any case." })
  search?: string;
}

@InputType({ description: "Domanda di ammissione: a body asks to join the consortium." })
export class ApplyForMembershipInput {
  @Field()
  name!: string;

  @Field({ description: "Codice fiscale / partita IVA, 11 digits." })
  taxCode!: string;

  @Field(() => String, { nullable: true, description: "Albo nazionale number (required for cooperatives and consortia)." })
  alboNumber?: string | null;

  @Field(() => CooperativeType)
  type!: CooperativeType;

  @Field()
  municipality!: string;

  @Field()
  province!: string;

  @Field(() => [String])
  atecoCodes!: string[];

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => DecimalScalar, { description: "Share capital to subscribe on admission." })
  requestedShareCapital!: string;
}

export enum MembershipDecision {
  ADMIT = "ADMIT",
  REJECT = "REJECT",
}
registerEnumType(MembershipDecision, { name: "MembershipDecision" });

@InputType({ description: "The board's resolution (delibera del CdA) on an application." })
export class DecideMembershipApplicationInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field(() => MembershipDecision)
  decision!: MembershipDecision;

  @Field()
  resolutionNumber!: string;

  @Field(() => DateScalar)
  resolutionDate!: Date;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class ChangeCooperativeStatusInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field(() => CooperativeStatus)
  status!: CooperativeStatus;

  @Field()
  reason!: string;

  @Field(() => DateScalar, { nullable: true, description: "When the change takes effect; today when omitted." })
  effectiveDate?: Date | null;

  @Field(() => String, { nullable: true })
  resolutionNumber?: string | null;
}

registerEnumType(ShareCapitalEntryKind, { name: "ShareCapitalEntryKind", description: "SUBSCRIPTION raises the subscribed capital; PAYMENT pays part of it." });

@InputType()
export class RecordShareCapitalInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field(() => ShareCapitalEntryKind)
  kind!: ShareCapitalEntryKind;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DateScalar)
  date!: Date;
}
