import { checkTaxCode } from "@coopgraph/ids";
import { DateScalar, DecimalScalar } from "@coopgraph/kit";
import { Field, ID, InputType } from "type-graphql";
import { BuyerKind, TenderObject, TenderProcedure, TenderStatus, type Prisma } from "../db";

@InputType({ description: "Narrows the list; all given conditions must hold." })
export class TenderFilter {
  @Field(() => [TenderStatus], { nullable: true, description: "Only tenders in one of these statuses." })
  status?: TenderStatus[];

  @Field(() => [TenderProcedure], { nullable: true, description: "Only tenders with one of these procedures." })
  procedure?: TenderProcedure[];

  @Field(() => [TenderObject], { nullable: true, description: "Only tenders that buy one of these." })
  object?: TenderObject[];

  @Field(() => DateScalar, { nullable: true, description: "Deadline on or after this day." })
  deadlineFrom?: Date;

  @Field(() => DateScalar, { nullable: true, description: "Deadline on or before this day." })
  deadlineTo?: Date;

  @Field({ nullable: true, description: "The buyer: its codice fiscale, or part of its name in any case." })
  buyer?: string;

  @Field({ nullable: true, description: "Part of the title, any case, or a CIG." })
  search?: string;
}

@InputType()
export class BuyerInput {
  @Field()
  name!: string;

  @Field({ description: "Codice fiscale: 11 digits for a body, 16 characters for a person." })
  taxCode!: string;

  @Field(() => BuyerKind)
  kind!: BuyerKind;
}

@InputType()
export class TenderLotInput {
  @Field()
  title!: string;

  @Field(() => DecimalScalar)
  baseAmount!: string;

  @Field(() => String, { nullable: true })
  cig?: string | null;
}

@InputType({ description: "Records a tender; it starts as DRAFT." })
export class CreateTenderInput {
  @Field({ description: "CIG: 10 letters or digits." })
  cig!: string;

  @Field(() => String, { nullable: true, description: "CUP: 15 letters or digits." })
  cup?: string | null;

  @Field()
  title!: string;

  @Field(() => TenderObject)
  object!: TenderObject;

  @Field(() => TenderProcedure)
  procedure!: TenderProcedure;

  @Field(() => BuyerInput)
  buyer!: BuyerInput;

  @Field(() => DecimalScalar, { description: "Base amount net of VAT." })
  baseAmount!: string;

  @Field(() => DateScalar, { description: "Last day for bids." })
  deadline!: Date;

  @Field(() => [TenderLotInput], { nullable: true, description: "Lots, numbered in this order; their base amounts add up to the tender's." })
  lots?: TenderLotInput[] | null;

  @Field(() => String, { nullable: true, description: "Internal notes: only the consortium's staff read them." })
  notes?: string | null;
}

@InputType()
export class ChangeTenderStatusInput {
  @Field(() => ID)
  tenderId!: string;

  @Field(() => TenderStatus, { description: "AWARDED is reached through awardTender." })
  status!: TenderStatus;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

/** The filter's buyer: its codice fiscale (exactly) or part of its name. */
export function buyerWhere(buyer: string | undefined): Prisma.TenderWhereInput {
  const text = buyer?.trim();
  if (!text) return {};
  const taxCode = checkTaxCode(text);
  return taxCode.ok ? { buyerTaxCode: taxCode.value } : { buyerName: { contains: text, mode: "insensitive" } };
}
