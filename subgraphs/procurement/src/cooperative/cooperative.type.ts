import { Entity, Public } from "@coopgraph/kit";
import { Field, ID, ObjectType } from "type-graphql";

/**
 * Membership's Cooperative, extended here by its key: procurement knows only its id and adds the
 * contracts it executes. Everything else about it is resolved by membership.
 */
@ObjectType()
@Entity()
@Public()
export class Cooperative {
  @Field(() => ID)
  @Public()
  id!: string;
}
