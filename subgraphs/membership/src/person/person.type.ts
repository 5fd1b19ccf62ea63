import { Connection, DateScalar, Entity } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PersonRole } from "../db";

registerEnumType(PersonRole, {
  name: "PersonRole",
  description: "WORKER_MEMBER socio lavoratore; VOLUNTEER_MEMBER socio volontario (Law 381/1991 art. 2: at most half of the members, expenses only); EMPLOYEE dipendente.",
});

@ObjectType({
  description: "A person working in or for a member cooperative. Personal data: visible to the consortium's staff, the person's own cooperative and inclusion operators.",
})
@Entity()
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field({ description: "Codice fiscale: 16 characters." })
  taxCode!: string;

  @Field(() => PersonRole)
  role!: PersonRole;

  @Field(() => DateScalar)
  startDate!: Date;

  @Field(() => DateScalar, { nullable: true })
  endDate!: Date | null;

  cooperativeId!: string;
}

export const PersonConnection = Connection(Person);

@ObjectType({ description: "Who worked in a cooperative during a month, by headcount: everyone there on at least one day of it." })
export class Workforce {
  @Field({ description: "YYYY-MM." })
  month!: string;

  @Field(() => Int, { description: "Worker members and employees: the workers of Law 381/1991 art. 4 (volunteers are not workers)." })
  workers!: number;

  @Field(() => Int)
  workerMembers!: number;

  @Field(() => Int)
  employees!: number;

  @Field(() => Int)
  volunteerMembers!: number;
}
