import { Connection, DateScalar, DecimalScalar, Entity, Public } from "@coopgraph/kit";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { CooperativeStatus, CooperativeType } from "../db";

registerEnumType(CooperativeType, {
  name: "CooperativeType",
  description: "Law 381/1991 art. 1: A social, health and educational services; B work integration; AB both; CONSORTIUM a member consortium; OTHER a non-social member.",
});
registerEnumType(CooperativeStatus, {
  name: "CooperativeStatus",
  description: "APPLICANT until the board decides; then ACTIVE or REJECTED; ACTIVE and SUSPENDED members may withdraw (recesso) or be excluded (esclusione).",
});

@ObjectType({ description: "A status change of a cooperative, with who made it and when." })
export class StatusChange {
  @Field(() => CooperativeStatus, { nullable: true })
  fromStatus!: CooperativeStatus | null;

  @Field(() => CooperativeStatus)
  toStatus!: CooperativeStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: "Number of the board resolution (delibera del CdA), where there is one." })
  resolutionNumber!: string | null;

  @Field(() => DateScalar)
  effectiveDate!: Date;

  @Field({ description: "Subject of the token that made the change." })
  changedBy!: string;

  @Field()
  changedAt!: Date;
}

@ObjectType({ description: "Share capital (capitale sociale) the cooperative has subscribed in the consortium, and how much of it is paid." })
export class ShareCapital {
  @Field(() => DecimalScalar)
  subscribed!: string;

  @Field(() => DecimalScalar)
  paid!: string;

  @Field(() => DecimalScalar, { description: "Subscribed but not yet paid." })
  outstanding!: string;
}

@ObjectType({ description: "A member of the consortium: a social cooperative, a member consortium or another body." })
@Entity()
@Public()
export class Cooperative {
  @Field(() => ID, { description: "Opaque identifier." })
  @Public()
  id!: string;

  @Field({ description: "Legal name (ragione sociale)." })
  @Public()
  name!: string;

  @Field({ description: "Codice fiscale / partita IVA: 11 digits." })
  @Public()
  taxCode!: string;

  @Field(() => String, { nullable: true, description: "Number in the Albo nazionale delle società cooperative, e.g. A123456." })
  @Public()
  alboNumber!: string | null;

  @Field(() => CooperativeType, { description: "Law 381/1991 art. 1 type (A, B, AB), a member consortium, or another body." })
  @Public()
  type!: CooperativeType;

  @Field(() => CooperativeStatus, { description: "Where it stands in the consortium: applicant, member (active or suspended), former member." })
  @Public()
  status!: CooperativeStatus;

  @Field({ description: "Municipality of the registered seat." })
  @Public()
  municipality!: string;

  @Field({ description: "Two-letter province code of the seat, e.g. MI." })
  @Public()
  province!: string;

  @Field({ description: "Region of the seat, from its province, e.g. Lombardia." })
  @Public()
  region!: string;

  @Field(() => [String], { description: "ATECO 2025 activity codes, NN.NN.NN." })
  @Public()
  atecoCodes!: string[];

  @Field(() => DateScalar, { nullable: true, description: "Date of the board resolution that admitted it." })
  @Public()
  admissionDate!: Date | null;

  email!: string | null;
  shareCapitalSubscribed!: unknown;
  shareCapitalPaid!: unknown;
}

export const CooperativeConnection = Connection(Cooperative, { isPublic: true });
