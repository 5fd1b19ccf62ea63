import { DateScalar } from "@coopgraph/kit";
import { Field, ID, InputType } from "type-graphql";
import { PersonRole } from "../db";

@InputType()
export class PersonFilter {
  @Field(() => [PersonRole], { nullable: true })
  role?: PersonRole[];

  @Field({ nullable: true, description: "true: only people who have not left; false: only those who have." })
  current?: boolean;
}

@InputType({ description: "A person leaves a cooperative: the record stays, with its end date." })
export class EndPersonInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => DateScalar)
  endDate!: Date;
}

@InputType({ description: "A person joins a member cooperative as worker member, volunteer member or employee." })
export class AddPersonInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field({ description: "Codice fiscale, 16 characters." })
  taxCode!: string;

  @Field(() => PersonRole)
  role!: PersonRole;

  @Field(() => DateScalar)
  startDate!: Date;
}
