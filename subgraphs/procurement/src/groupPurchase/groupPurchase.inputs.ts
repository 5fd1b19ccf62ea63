import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType()
export class GroupPurchaseFilter {
  @Field(() => DateScalar, { nullable: true, description: "Only those still taking orders on this day." })
  openOn?: Date;
}

@InputType({ description: "Opens a group purchase: members order units of one item until the closing day." })
export class CreateGroupPurchaseInput {
  @Field()
  item!: string;

  @Field()
  unit!: string;

  @Field(() => DecimalScalar, { description: "Price of one unit, net of VAT." })
  unitPrice!: string;

  @Field(() => DateScalar)
  closesOn!: Date;
}

@InputType({ description: "A member orders units in an open group purchase; a manager orders for their own cooperative." })
export class PlaceGroupOrderInput {
  @Field(() => ID)
  groupPurchaseId!: string;

  @Field(() => ID)
  cooperativeId!: string;

  @Field(() => Int)
  quantity!: number;
}
