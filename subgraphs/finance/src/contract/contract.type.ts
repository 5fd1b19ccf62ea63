import { DateScalar, DecimalScalar, Entity } from "@coopgraph/kit";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Procurement's Contract, extended here by its key: finance adds the consortium fee, computed
 * from the value and start date procurement owns (`@external`, fetched by the gateway for
 * `@requires`).
 */
@ObjectType("Contract")
@Entity()
export class Contract {
  @Field(() => ID)
  id!: string;

  @Field(() => DecimalScalar)
  @Directive("@external")
  value!: unknown;

  @Field(() => DateScalar)
  @Directive("@external")
  startDate!: Date | string;
}
