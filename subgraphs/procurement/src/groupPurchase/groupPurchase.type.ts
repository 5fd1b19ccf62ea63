import { Connection, DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Cooperative } from "../cooperative/cooperative.type";

@ObjectType({ description: "One order of a member cooperative in a group purchase." })
export class GroupOrder {
  @Field(() => ID)
  id!: string;

  @Field(() => Cooperative)
  cooperative!: Cooperative;

  @Field(() => Int)
  quantity!: number;

  @Field(() => DecimalScalar, { description: "quantity x unit price, net of VAT." })
  amount!: string;

  @Field()
  placedAt!: Date;
}

@ObjectType({ description: "What one member ordered in a group purchase, all its orders together." })
export class MemberOrderTotal {
  @Field(() => Cooperative)
  cooperative!: Cooperative;

  @Field(() => Int)
  quantity!: number;

  @Field(() => DecimalScalar)
  amount!: string;
}

@ObjectType()
export class GroupPurchaseTotals {
  @Field(() => Int, { description: "Units ordered by all members." })
  quantity!: number;

  @Field(() => DecimalScalar, { description: "Amount of all orders, net of VAT; the members' amounts add up to it." })
  amount!: string;

  @Field(() => [MemberOrderTotal], { description: "Per member, in the order they first ordered; a cooperative's manager sees their own line." })
  byCooperative!: MemberOrderTotal[];
}

@ObjectType({ description: "Gruppo d'acquisto: the consortium collects members' orders for the same item and buys them together." })
export class GroupPurchase {
  @Field(() => ID)
  id!: string;

  @Field()
  item!: string;

  @Field({ description: 'What one unit is, e.g. "box of 100 gloves".' })
  unit!: string;

  @Field(() => DecimalScalar, { description: "Price of one unit, net of VAT." })
  unitPrice!: unknown;

  @Field(() => DateScalar, { description: "Last day orders are taken." })
  closesOn!: Date;
}

export const GroupPurchaseConnection = Connection(GroupPurchase);
