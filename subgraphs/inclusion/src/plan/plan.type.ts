import { DateScalar } from "@coopgraph/kit";
import { Field, ID, ObjectType, UseMiddleware } from "type-graphql";
import { PlanRead, PlanReviewRead } from "../audit/audit.guard";
import type { IndividualPlanRow, PlanReviewRow } from "../db";

/** A plan as the graph returns it: with its placement's cooperative, which decides who may read it. */
export type PlanView = IndividualPlanRow & { cooperativeId: string };
export type PlanReviewView = PlanReviewRow & { cooperativeId: string };

@ObjectType({ description: "A periodic review of an individual plan." })
@UseMiddleware(PlanReviewRead)
export class PlanReview {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  date!: Date;

  @Field({ description: "Who recorded it (the subject of their token)." })
  author!: string;

  @Field()
  progressNote!: string;

  planId!: string;
  cooperativeId!: string;
}

@ObjectType({ description: "Progetto personalizzato: the individual plan of a placement, its goals and reviews. Every read is audited." })
@UseMiddleware(PlanRead)
export class IndividualPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => [String], { description: "The goals agreed at the start, in order." })
  goals!: string[];

  @Field(() => Date, { description: "When the plan was drawn up." })
  createdAt!: Date;

  cooperativeId!: string;
}
