import { conflict, type ConnectionResult, isUniqueViolation, isUuid, notFound, optionalText, paginate, Public, requireIdentity, toCents, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context";
import { contractByTender } from "../contract/contract.loaders";
import { visibleContract } from "../contract/contract.resolver";
import { signingRefusal } from "../contract/contract.rules";
import { Contract } from "../contract/contract.type";
import type { ContractRow, Prisma, TenderLotRow, TenderRow, TenderStatusChangeRow } from "../db";
import { canSeeNotes, canSeeStatusHistory, canSeeTender, visibleTenders } from "./tender.access";
import { buyerWhere, ChangeTenderStatusInput, CreateTenderInput, TenderFilter } from "./tender.inputs";
import { lotsByTender, statusChangesByTender, tenderById } from "./tender.loaders";
import { TENDER_TRANSITIONS, transitionRefusal, validateTender } from "./tender.rules";
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
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => TenderFilter, { nullable: true }) filter?: TenderFilter,
  ): Promise<ConnectionResult<TenderRow>> {
    const where: Prisma.TenderWhereInput = { AND: [visibleTenders(ctx.identity), ...whereOf(filter)] };
    const page = await paginate(
      { first, after },
      (page) => ctx.db.tender.findMany({ where, orderBy: [{ deadline: "asc" }, { id: "asc" }], ...page }),
      () => ctx.db.tender.count({ where }),
    );
    for (const tender of page.nodes) tenderById(ctx).prime(tender.id, tender);
    return page;
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
    const { sub } = requireIdentity(ctx);
    const { lots, ...tender } = validateTender(input, today());
    const cigs = [{ field: "input.cig", cig: tender.cig }, ...lots.flatMap((lot, i) => (lot.cig ? [{ field: `input.lots.${i}.cig`, cig: lot.cig }] : []))];
    const values = cigs.map((c) => c.cig);
    const [tenders, lotRows] = await Promise.all([
      ctx.db.tender.findMany({ where: { cig: { in: values } }, select: { cig: true } }),
      ctx.db.tenderLot.findMany({ where: { cig: { in: values } }, select: { cig: true } }),
    ]);
    const taken = new Set([...tenders, ...lotRows].map((row) => row.cig));
    const duplicate = cigs.find((c) => taken.has(c.cig));
    if (duplicate) throw conflict(`the CIG ${duplicate.cig} is already recorded for another tender`, { field: duplicate.field });
    try {
      return await ctx.db.tender.create({
        data: {
          ...tender,
          status: "DRAFT",
          createdBy: sub,
          lots: { create: lots },
          statusChanges: { create: { fromStatus: null, toStatus: "DRAFT", reason: "recorded", changedBy: sub } },
        },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("this CIG is already recorded for another tender", { field: "input.cig" });
      throw error;
    }
  }

  @Mutation(() => Tender, {
    description: "Moves a tender along its lifecycle (see TenderStatus); an illegal move is a CONFLICT naming the allowed ones. CONTRACT_SIGNED needs the contract assigned in full.",
  })
  @Authorized("ADMIN")
  async changeTenderStatus(@Ctx() ctx: ProcurementContext, @Arg("input") input: ChangeTenderStatusInput): Promise<TenderRow> {
    const { sub } = requireIdentity(ctx);
    const reason = optionalText("input.reason", input.reason, 500);
    return ctx.db.$transaction(async (tx) => {
      const tender = isUuid(input.tenderId) ? await tx.tender.findUnique({ where: { id: input.tenderId } }) : null;
      if (!tender) throw notFound("tender", input.tenderId);
      const refusal = transitionRefusal(tender.status, input.status);
      if (refusal) throw conflict(refusal, { field: "input.status", allowed: TENDER_TRANSITIONS[tender.status] });
      if (input.status === "CONTRACT_SIGNED") {
        // Locks the contract: no assignment can slip in between the check and the signature.
        const [contract] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Contract" WHERE "tenderId" = ${tender.id}::uuid FOR UPDATE`;
        if (!contract) throw conflict("this tender has no contract to sign");
        const shares = await tx.assignment.findMany({ where: { contractId: contract.id }, select: { sharePercent: true } });
        const unsigned = signingRefusal(shares.reduce((sum, a) => sum + toCents(a.sharePercent), 0n));
        if (unsigned) throw conflict(unsigned, { field: "input.status" });
        await tx.contract.update({ where: { id: contract.id }, data: { signedOn: today() } });
      }
      // Conditional on the status just read: of two concurrent changes, the second finds it moved.
      const moved = await tx.tender.updateMany({ where: { id: tender.id, status: tender.status }, data: { status: input.status } });
      if (moved.count === 0) throw conflict("the tender's status changed meanwhile; read it again");
      await tx.tenderStatusChange.create({ data: { tenderId: tender.id, fromStatus: tender.status, toStatus: input.status, reason, changedBy: sub } });
      return tx.tender.findUniqueOrThrow({ where: { id: tender.id } });
    });
  }
}

export function visibleTender(ctx: ProcurementContext, tender: TenderRow | null): TenderRow | null {
  return tender && canSeeTender(ctx.identity, tender) ? tender : null;
}

export async function resolveTenderReference(ref: { id: string }, ctx: ProcurementContext): Promise<TenderRow | null> {
  return visibleTender(ctx, await tenderById(ctx).load(ref.id));
}
