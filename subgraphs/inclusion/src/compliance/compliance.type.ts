import { Connection, RateScalar } from "@coopgraph/kit";
import { Field, Int, ObjectType } from "type-graphql";
import { Cooperative } from "../cooperative/cooperative.type";

@ObjectType({
  description: "The 30% rule of Law 381/1991 art. 4 for one cooperative and month: at least 30% of the workers must be disadvantaged persons, counted by headcount over the month.",
})
export class InclusionCompliance {
  @Field({ description: "YYYY-MM." })
  month!: string;

  @Field(() => Cooperative)
  cooperative!: Cooperative;

  @Field(() => Int, {
    description: "Worker members and employees present on at least one day of the month, by headcount (membership's count). Volunteer members are not workers.",
  })
  workers!: number;

  @Field(() => Int, {
    description:
      "Distinct persons with an EMPLOYMENT placement in the cooperative active on at least one day of the month. Trainees with a stipend (borsa lavoro, tirocinio) are not workers and do not count.",
  })
  disadvantagedWorkers!: number;

  @Field(() => RateScalar, {
    nullable: true,
    description: 'disadvantagedWorkers / workers as a fraction with four decimals, rounded down (e.g. "0.3000"); null when there are no workers.',
  })
  ratio!: string | null;

  @Field(() => RateScalar, { description: 'The least share in force for the month, as a fraction (e.g. "0.3000").' })
  requiredRatio!: string;

  @Field({
    description: "Whether disadvantagedWorkers is at least the required share of workers, computed exactly (disadvantaged x 100 >= 30 x workers). No workers: not compliant.",
  })
  compliant!: boolean;

  @Field(() => Int, {
    description:
      "How far from the line. When compliant, zero or more: how many disadvantaged workers could leave (each leaving both counts) with the cooperative still compliant; 0 means one more such departure breaks the rule. When not compliant, negative: minus the number of disadvantaged persons it must hire as workers (each joining both counts) to comply; with no workers, -1.",
  })
  margin!: number;

  /** The cooperative's id: the cursor of the watchlist. */
  id!: string;
}

export const InclusionComplianceConnection = Connection(InclusionCompliance);
