import { Connection, DateScalar, DecimalScalar, Entity, Public } from "@coopgraph/kit";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "Contratto: what the consortium won with an awarded tender; its execution is assigned to member cooperatives." })
@Entity()
@Public()
export class Contract {
  @Field(() => ID, { description: "Opaque identifier." })
  @Public()
  id!: string;

  @Field(() => DecimalScalar, { description: "Awarded value net of VAT." })
  @Public()
  value!: unknown;

  @Field(() => DateScalar, { description: "First day of execution." })
  @Public()
  startDate!: Date;

  @Field(() => DateScalar, { description: "Last day of execution." })
  @Public()
  endDate!: Date;

  @Field(() => DateScalar, { description: "Day the tender was awarded to the consortium." })
  @Public()
  awardedOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: "When the tender moved to CONTRACT_SIGNED." })
  @Public()
  signedOn!: Date | null;

  tenderId!: string;
}

export const ContractConnection = Connection(Contract, { isPublic: true });
