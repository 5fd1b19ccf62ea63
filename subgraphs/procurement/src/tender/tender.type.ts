import { Connection, DateScalar, DecimalScalar, Entity, Public } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { BuyerKind, TenderObject, TenderProcedure, TenderStatus } from "../db";

registerEnumType(TenderObject, { name: "TenderObject", description: "What the tender buys: WORKS (lavori), SERVICES (servizi), SUPPLIES (forniture)." });
registerEnumType(TenderProcedure, {
  name: "TenderProcedure",
  description:
    "OPEN, RESTRICTED, NEGOTIATED, DIRECT_AWARD (affidamento diretto); CONVENZIONE_ART5 (Law 381/1991 art. 5: type B cooperatives, below the EU threshold); RESERVED_CONTRACT (D.Lgs. 36/2023 art. 61: type B cooperatives).",
});
registerEnumType(TenderStatus, {
  name: "TenderStatus",
  description: "DRAFT -> PUBLISHED -> BID_SUBMITTED -> AWARDED | LOST | WITHDRAWN; AWARDED -> CONTRACT_SIGNED -> COMPLETED. WITHDRAWN also from DRAFT and PUBLISHED.",
});
registerEnumType(BuyerKind, {
  name: "BuyerKind",
  description: "CENTRAL_AUTHORITY and SUB_CENTRAL_AUTHORITY are public bodies (their EU thresholds differ); PRIVATE_CLIENT is anyone else.",
});

@ObjectType({ description: "Who buys: a public administration or a private client." })
@Public()
export class Buyer {
  @Field({ description: "Name of the public administration or private client." })
  @Public()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Codice fiscale: 11 digits for a body; a person's 16-character code is personal data, shown to the consortium's staff only (null otherwise).",
  })
  @Public()
  taxCode!: string | null;

  @Field(() => BuyerKind, { description: "A central or sub-central public authority, or a private client." })
  @Public()
  kind!: BuyerKind;
}

@ObjectType({ description: "Lotto: a part of a tender, with its own base amount and, often, its own CIG." })
@Public()
export class TenderLot {
  @Field(() => Int, { description: "1, 2, … in the tender's order." })
  @Public()
  number!: number;

  @Field({ description: "What the lot covers." })
  @Public()
  title!: string;

  @Field(() => DecimalScalar, { description: "Base amount of the lot, net of VAT." })
  @Public()
  baseAmount!: string;

  @Field(() => String, { nullable: true, description: "The lot's own CIG, where it has one." })
  @Public()
  cig!: string | null;
}

@ObjectType({ description: "A status change of a tender, with who made it and when." })
export class TenderStatusChange {
  @Field(() => TenderStatus, { nullable: true })
  fromStatus!: TenderStatus | null;

  @Field(() => TenderStatus)
  toStatus!: TenderStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field({ description: "Subject of the token that made the change." })
  changedBy!: string;

  @Field()
  changedAt!: Date;
}

@ObjectType({ description: "Gara: a tender the consortium follows or bids for." })
@Entity()
@Public()
export class Tender {
  @Field(() => ID, { description: "Opaque identifier." })
  @Public()
  id!: string;

  @Field({ description: "CIG (codice identificativo gara, ANAC): 10 letters or digits." })
  @Public()
  cig!: string;

  @Field(() => String, { nullable: true, description: "CUP (codice unico di progetto): 15 letters or digits." })
  @Public()
  cup!: string | null;

  @Field({ description: "Title of the tender, as the buyer published it." })
  @Public()
  title!: string;

  @Field(() => TenderObject, { description: "What it buys: works, services or supplies." })
  @Public()
  object!: TenderObject;

  @Field(() => TenderProcedure, { description: "How the buyer awards it." })
  @Public()
  procedure!: TenderProcedure;

  @Field(() => DecimalScalar, { description: "Base amount net of VAT (importo a base d'asta)." })
  @Public()
  baseAmount!: unknown;

  @Field(() => DateScalar, { description: "Last day for bids." })
  @Public()
  deadline!: Date;

  @Field(() => TenderStatus, { description: "Where the tender stands, from draft to completed contract." })
  @Public()
  status!: TenderStatus;

  @Field({ description: "When the consortium recorded it." })
  createdAt!: Date;
}

export const TenderConnection = Connection(Tender, { isPublic: true });
