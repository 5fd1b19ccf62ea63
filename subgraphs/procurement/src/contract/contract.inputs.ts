import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType } from "type-graphql";
import { TenderProcedure, TenderStatus } from "../db";

@InputType({ description: "Narrows the list; all given conditions must hold." })
export class ContractFilter {
  @Field(() => ID, { nullable: true, description: "Contracts with a share assigned to this cooperative." })
  cooperativeId?: string;

  @Field(() => [TenderStatus], { nullable: true, description: "Status of the contract's tender: AWARDED, CONTRACT_SIGNED or COMPLETED." })
  tenderStatus?: TenderStatus[];

  @Field(() => [TenderProcedure], { nullable: true, description: "Only contracts won with one of these procedures." })
  procedure?: TenderProcedure[];

  @Field({ nullable: true, description: "The buyer: its codice fiscale, or part of its name in any case." })
  buyer?: string;

  @Field(() => DateScalar, { nullable: true, description: "Contracts in execution on this day (start <= day <= end)." })
  activeOn?: Date;

  @Field(() => DateScalar, { nullable: true, description: "Awarded on or after this day." })
  awardedFrom?: Date;

  @Field(() => DateScalar, { nullable: true, description: "Awarded on or before this day." })
  awardedTo?: Date;
}

@InputType({ description: "The buyer awarded the tender to the consortium: records the contract and moves the tender to AWARDED." })
export class AwardTenderInput {
  @Field(() => ID)
  tenderId!: string;

  @Field(() => DecimalScalar, { description: "Awarded value net of VAT; not above the base amount." })
  value!: string;

  @Field(() => DateScalar)
  startDate!: Date;

  @Field(() => DateScalar)
  endDate!: Date;

  @Field(() => DateScalar, { nullable: true, description: "Date of the award; today when omitted." })
  awardedOn?: Date | null;
}
