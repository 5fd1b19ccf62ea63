import { Connection, DateScalar, DateTimeScalar } from "@coopgraph/kit";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A period for which consortium fees were invoiced to the assignees of contracts in execution; periods never overlap." })
export class FeePeriod {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  fromDate!: Date;

  @Field(() => DateScalar)
  toDate!: Date;

  @Field(() => DateTimeScalar)
  issuedAt!: Date;
}

export const FeePeriodConnection = Connection(FeePeriod);
