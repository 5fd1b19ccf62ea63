import { Connection, Entity } from "@coopgraph/kit";
import { Field, ID, InputType, ObjectType } from "type-graphql";

@ObjectType({ description: "The template's one entity: rename it to the domain's first one." })
@Entity()
export class __Name__Item {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;
}

export const __Name__ItemConnection = Connection(__Name__Item);

@InputType()
export class Create__Name__ItemInput {
  @Field()
  name!: string;
}
