import { Connection, DateScalar, DecimalScalar, Entity, Public } from "@coopgraph/kit";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "Assegnazione: the share of a contract a member cooperative executes." })
@Entity()
@Public()
export class Assignment {
  @Field(() => ID, { description: "Opaque identifier." })
  @Public()
  id!: string;

  @Field(() => DecimalScalar, { description: 'Percentage of the contract, e.g. "33.34"; a contract\'s shares add up to 100.' })
  @Public()
  sharePercent!: unknown;

  @Field(() => DateScalar, { description: "The day membership confirmed the cooperative eligible (ACTIVE, valid DURC)." })
  @Public()
  assignedOn!: Date;

  contractId!: string;
  cooperativeId!: string;
}

export const AssignmentConnection = Connection(Assignment, { isPublic: true });
