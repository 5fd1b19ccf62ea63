import { conflict, type ConnectionResult, DecimalScalar, formatCents, isUniqueViolation, isUuid, notFound, paginate, paginateLoaded, Public, requireIdentity, toCents, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { assignedHundredths } from "../assignment/assignment.rules";
import { AssignmentConnection } from "../assignment/assignment.type";
import type { ProcurementContext } from "../context";
import type { AssignmentRow, ContractRow, Prisma, TenderRow } from "../db";
import { buyerWhere } from "../tender/tender.inputs";
import { tenderById } from "../tender/tender.loaders";
import { awardRefusal } from "../tender/tender.rules";
import { Tender } from "../tender/tender.type";
import { canSeeAllContracts, canSeeAssignmentsOf, canSeeContract, visibleContracts } from "./contract.access";
import { AwardTenderInput, ContractFilter } from "./contract.inputs";
import { assignmentsByContract } from "../assignment/assignment.loaders";
import { contractById } from "./contract.loaders";
import { validateAward } from "./contract.rules";
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
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => ContractFilter, { nullable: true }) filter?: ContractFilter,
  ): Promise<ConnectionResult<ContractRow>> {
    const where: Prisma.ContractWhereInput = { AND: [visibleContracts(ctx.identity), ...whereOf(filter)] };
    const page = await paginate(
      { first, after },
      (page) => ctx.db.contract.findMany({ where, orderBy: [{ awardedOn: "desc" }, { id: "asc" }], ...page }),
      () => ctx.db.contract.count({ where }),
    );
    // The rows are in hand: an assignment's amount needs its contract, and need not read it again.
    for (const contract of page.nodes) contractById(ctx).prime(contract.id, contract);
    return page;
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
  async assignments(
    @Root() contract: ContractRow,
    @Ctx() ctx: ProcurementContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionResult<AssignmentRow>> {
    const all = await assignmentsByContract(ctx).load(contract.id);
    const visible = canSeeAllContracts(ctx.identity) ? all : all.filter((a) => canSeeAssignmentsOf(ctx.identity, a.cooperativeId));
    return paginateLoaded(visible, { first, after });
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
    const { sub } = requireIdentity(ctx);
    const tender = await tenderById(ctx).load(input.tenderId);
    if (!tender) throw notFound("tender", input.tenderId);
    const refusal = awardRefusal(tender.status);
    if (refusal) throw conflict(refusal, { field: "input.tenderId" });
    const award = validateAward(input, tender, today());
    // The tender changes below: whatever this request asks of it next must read it again.
    tenderById(ctx).clear(tender.id);
    try {
      return await ctx.db.$transaction(async (tx) => {
        const moved = await tx.tender.updateMany({ where: { id: tender.id, status: "BID_SUBMITTED" }, data: { status: "AWARDED" } });
        if (moved.count === 0) throw conflict("the tender's status changed meanwhile; read it again");
        await tx.tenderStatusChange.create({
          data: { tenderId: tender.id, fromStatus: "BID_SUBMITTED", toStatus: "AWARDED", reason: `awarded for EUR ${award.value}`, changedBy: sub },
        });
        return tx.contract.create({ data: { tenderId: tender.id, ...award, createdBy: sub } });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("this tender has already been awarded", { field: "input.tenderId" });
      throw error;
    }
  }
}

export async function visibleContract(ctx: ProcurementContext, contract: ContractRow | null): Promise<ContractRow | null> {
  if (!contract || canSeeAllContracts(ctx.identity)) return contract;
  return canSeeContract(ctx.identity, await assignmentsByContract(ctx).load(contract.id)) ? contract : null;
}

export async function resolveContractReference(ref: { id: string }, ctx: ProcurementContext): Promise<ContractRow | null> {
  return visibleContract(ctx, await contractById(ctx).load(ref.id));
}
