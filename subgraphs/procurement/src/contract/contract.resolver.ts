import { type ConnectionResult, DecimalScalar, execute, formatCents, isUuid, PageArgs, Public, paginateModel, toCents } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { assignmentPagesOfContracts, assignmentsByContract } from "../assignment/assignment.loaders";
import { assignedHundredths } from "../assignment/assignment.rules";
import { AssignmentConnection } from "../assignment/assignment.type";
import type { ProcurementContext } from "../context";
import type { AssignmentRow, ContractRow, Prisma, TenderRow } from "../db";
import { buyerWhere } from "../tender/tender.inputs";
import { tenderById } from "../tender/tender.loaders";
import { Tender } from "../tender/tender.type";
import { visibleContracts } from "./contract.access";
import { awardTender } from "./contract.commands";
import { AwardTenderInput, ContractFilter } from "./contract.inputs";
import { contractById, visibleContract } from "./contract.loaders";
import { Contract, ContractConnection } from "./contract.type";

function whereOf(filter: ContractFilter | undefined): Prisma.ContractWhereInput[] {
  if (!filter) return [];
  const tender: Prisma.TenderWhereInput[] = [
    filter.tenderStatus?.length ? { status: { in: filter.tenderStatus } } : {},
    filter.procedure?.length ? { procedure: { in: filter.procedure } } : {},
    buyerWhere(filter.buyer),
  ];
  return [
    filter.cooperativeId ? { assignments: { some: { cooperativeId: isUuid(filter.cooperativeId) ? filter.cooperativeId : { in: [] } } } } : {},
    { tender: { AND: tender } },
    filter.activeOn ? { startDate: { lte: filter.activeOn }, endDate: { gte: filter.activeOn } } : {},
    filter.awardedFrom ? { awardedOn: { gte: filter.awardedFrom } } : {},
    filter.awardedTo ? { awardedOn: { lte: filter.awardedTo } } : {},
  ];
}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => ContractConnection, { description: "Contracts won by the consortium, newest award first. A cooperative's manager sees those assigned to their cooperative." })
  @Authorized()
  @Public()
  async contracts(
    @Ctx() ctx: ProcurementContext,
    @Args() page: PageArgs,
    @Arg("filter", () => ContractFilter, { nullable: true }) filter?: ContractFilter,
  ): Promise<ConnectionResult<ContractRow>> {
    const where: Prisma.ContractWhereInput = { AND: [visibleContracts(ctx.identity), ...whereOf(filter)] };
    const contracts = await paginateModel(page, ctx.db.contract, { where, orderBy: [{ awardedOn: "desc" }, { id: "asc" }] });
    // The rows are in hand: an assignment's amount needs its contract, and need not read it again.
    for (const contract of contracts.nodes) contractById(ctx).prime(contract.id, contract);
    return contracts;
  }

  @Query(() => Contract, { nullable: true, description: "A contract; null when absent or not visible to you." })
  @Authorized()
  @Public()
  async contract(@Ctx() ctx: ProcurementContext, @Arg("id", () => ID) id: string): Promise<ContractRow | null> {
    return visibleContract(ctx, await contractById(ctx).load(id));
  }

  @FieldResolver(() => Tender, { description: "The tender it was won with." })
  @Public()
  async tender(@Root() contract: ContractRow, @Ctx() ctx: ProcurementContext): Promise<TenderRow> {
    return (await tenderById(ctx).load(contract.tenderId))!;
  }

  @FieldResolver(() => AssignmentConnection, { description: "Who executes the contract, largest share first. A cooperative's manager sees their own assignment." })
  @Public()
  async assignments(@Root() contract: ContractRow, @Ctx() ctx: ProcurementContext, @Args() page: PageArgs): Promise<ConnectionResult<AssignmentRow>> {
    return assignmentPagesOfContracts(ctx, page).load(contract.id);
  }

  @FieldResolver(() => DecimalScalar, { description: "The shares assigned so far, in percent: 100.00 when assigned in full." })
  @Public()
  async assignedPercent(@Root() contract: ContractRow, @Ctx() ctx: ProcurementContext): Promise<string> {
    const all = await assignmentsByContract(ctx).load(contract.id);
    return formatCents(assignedHundredths(all.map((a) => toCents(a.sharePercent))));
  }

  @Mutation(() => Contract, { description: "The buyer awarded the tender (BID_SUBMITTED) to the consortium: records the contract and moves the tender to AWARDED." })
  @Authorized("ADMIN")
  async awardTender(@Ctx() ctx: ProcurementContext, @Arg("input") input: AwardTenderInput): Promise<ContractRow> {
    return execute(ctx, awardTender, { tenderId: input.tenderId, value: input.value, startDate: input.startDate, endDate: input.endDate, awardedOn: input.awardedOn });
  }
}

export async function resolveContractReference(ref: { id: string }, ctx: ProcurementContext): Promise<ContractRow | null> {
  return visibleContract(ctx, await contractById(ctx).load(ref.id));
}
