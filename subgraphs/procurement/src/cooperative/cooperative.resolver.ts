import { badInput, type ConnectionResult, DecimalScalar, formatCents, PageArgs, Public } from "@coopgraph/kit";
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { assignmentPagesOfCooperatives, contractValueByCooperative } from "../assignment/assignment.loaders";
import { AssignmentConnection } from "../assignment/assignment.type";
import type { ProcurementContext } from "../context";
import { canSeeAssignmentsOf } from "../contract/contract.access";
import type { AssignmentRow } from "../db";
import { Cooperative } from "./cooperative.type";

/** Procurement's fields of membership's Cooperative: the contracts it executes. */
@Resolver(() => Cooperative)
export class CooperativeContractsResolver {
  @FieldResolver(() => AssignmentConnection, { nullable: true, description: "Its shares of contracts, newest first; null when you may not see them." })
  @Public()
  async assignments(@Root() coop: Cooperative, @Ctx() ctx: ProcurementContext, @Args() page: PageArgs): Promise<ConnectionResult<AssignmentRow> | null> {
    if (!canSeeAssignmentsOf(ctx.identity, coop.id)) return null;
    return assignmentPagesOfCooperatives(ctx, page).load(coop.id);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: "Value of contracts it executes in the year, net of VAT: its share of each contract's value, spread over the contract's days; null when you may not see it.",
  })
  @Public()
  async contractValue(@Root() coop: Cooperative, @Ctx() ctx: ProcurementContext, @Arg("year", () => Int) year: number): Promise<string | null> {
    if (!Number.isInteger(year) || year < 1990 || year > 2200) throw badInput("year", "give a year such as 2026");
    if (!canSeeAssignmentsOf(ctx.identity, coop.id)) return null;
    return formatCents(await contractValueByCooperative(ctx, year).load(coop.id));
  }
}
