import { type ConnectionResult, execute, optionalText, PageArgs, Public, paginateModel, today } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context";
import { contractByTender, visibleContract } from "../contract/contract.loaders";
import { Contract } from "../contract/contract.type";
import type { ContractRow, Prisma, TenderLotRow, TenderRow, TenderStatusChangeRow } from "../db";
import { canSeeNotes, canSeeStatusHistory, canSeeTender, visibleTenders } from "./tender.access";
import { changeTenderStatus, createTender } from "./tender.commands";
import { buyerWhere, ChangeTenderStatusInput, CreateTenderInput, TenderFilter } from "./tender.inputs";
import { lotsByTender, statusChangesByTender, tenderById } from "./tender.loaders";
import { validateTender } from "./tender.rules";
import { Buyer, Tender, TenderConnection, TenderLot, TenderStatusChange } from "./tender.type";

function whereOf(filter: TenderFilter | undefined): Prisma.TenderWhereInput[] {
  if (!filter) return [];
  const search = filter.search?.trim();
  return [
    filter.status?.length ? { status: { in: filter.status } } : {},
    filter.procedure?.length ? { procedure: { in: filter.procedure } } : {},
    filter.object?.length ? { object: { in: filter.object } } : {},
    filter.deadlineFrom ? { deadline: { gte: filter.deadlineFrom } } : {},
    filter.deadlineTo ? { deadline: { lte: filter.deadlineTo } } : {},
    buyerWhere(filter.buyer),
    search ? { OR: [{ title: { contains: search, mode: "insensitive" } }, { cig: search.replace(/\s+/g, "").toUpperCase() }] } : {},
  ];
}

@Resolver(() => Tender)
export class TenderResolver {
  @Query(() => TenderConnection, { description: "Tenders, by deadline. Drafts are visible to the consortium's staff only." })
  @Authorized()
  @Public()
  async tenders(
    @Ctx() ctx: ProcurementContext,
    @Args() page: PageArgs,
    @Arg("filter", () => TenderFilter, { nullable: true }) filter?: TenderFilter,
  ): Promise<ConnectionResult<TenderRow>> {
    const where: Prisma.TenderWhereInput = { AND: [visibleTenders(ctx.identity), ...whereOf(filter)] };
    const tenders = await paginateModel(page, ctx.db.tender, { where, orderBy: [{ deadline: "asc" }, { id: "asc" }] });
    for (const tender of tenders.nodes) tenderById(ctx).prime(tender.id, tender);
    return tenders;
  }

  @Query(() => Tender, { nullable: true, description: "A tender; null when absent or not visible to you." })
  @Authorized()
  @Public()
  async tender(@Ctx() ctx: ProcurementContext, @Arg("id", () => ID) id: string): Promise<TenderRow | null> {
    return visibleTender(ctx, await tenderById(ctx).load(id));
  }

  @FieldResolver(() => Buyer, { description: "Who buys." })
  @Public()
  buyer(@Root() tender: TenderRow, @Ctx() ctx: ProcurementContext): Buyer {
    const personal = tender.buyerTaxCode.length === 16 && ctx.identity?.role !== "ADMIN" && ctx.identity?.role !== "SERVICE";
    return { name: tender.buyerName, taxCode: personal ? null : tender.buyerTaxCode, kind: tender.buyerKind };
  }

  @FieldResolver(() => [TenderLot], { description: "Lots in order; empty when the tender is not divided into lots." })
  @Public()
  async lots(@Root() tender: TenderRow, @Ctx() ctx: ProcurementContext): Promise<TenderLotRow[]> {
    return lotsByTender(ctx).load(tender.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "Internal notes of the consortium's staff; null for everyone else." })
  notes(@Root() tender: TenderRow, @Ctx() ctx: ProcurementContext): string | null {
    return canSeeNotes(ctx.identity) ? tender.notes : null;
  }

  @FieldResolver(() => [TenderStatusChange], { nullable: true, description: "Every status change, oldest first; null when you may not see it." })
  async statusHistory(@Root() tender: TenderRow, @Ctx() ctx: ProcurementContext): Promise<TenderStatusChangeRow[] | null> {
    if (!canSeeStatusHistory(ctx.identity)) return null;
    return statusChangesByTender(ctx).load(tender.id);
  }

  @FieldResolver(() => Contract, { nullable: true, description: "The contract, once awarded; null before, or when you may not see it." })
  @Public()
  async contract(@Root() tender: TenderRow, @Ctx() ctx: ProcurementContext): Promise<ContractRow | null> {
    return visibleContract(ctx, await contractByTender(ctx).load(tender.id));
  }

  @Mutation(() => Tender, { description: "Records a tender the consortium follows; it starts as DRAFT." })
  @Authorized("ADMIN")
  async createTender(@Ctx() ctx: ProcurementContext, @Arg("input") input: CreateTenderInput): Promise<TenderRow> {
    return execute(ctx, createTender, validateTender(input, today()));
  }

  @Mutation(() => Tender, {
    description:
      "Moves a tender along its lifecycle (see TenderStatus); an illegal move is a CONFLICT naming the allowed ones. CONTRACT_SIGNED needs the contract assigned in full.",
  })
  @Authorized("ADMIN")
  async changeTenderStatus(@Ctx() ctx: ProcurementContext, @Arg("input") input: ChangeTenderStatusInput): Promise<TenderRow> {
    return execute(ctx, changeTenderStatus, { tenderId: input.tenderId, status: input.status, reason: optionalText("input.reason", input.reason, 500) });
  }
}

export function visibleTender(ctx: ProcurementContext, tender: TenderRow | null): TenderRow | null {
  return tender && canSeeTender(ctx.identity, tender) ? tender : null;
}

export async function resolveTenderReference(ref: { id: string }, ctx: ProcurementContext): Promise<TenderRow | null> {
  return visibleTender(ctx, await tenderById(ctx).load(ref.id));
}
