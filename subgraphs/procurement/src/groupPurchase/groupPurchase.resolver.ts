import { badInput, type ConnectionResult, execute, forbidden, formatCents, isUuid, notFound, PageArgs, paginateModel, requireIdentity, toCents, today } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context";
import type { GroupOrderRow, GroupPurchaseRow, Prisma } from "../db";
import { canOrderFor, canSeeOrdersOf, GROUP_PURCHASE_READERS } from "./groupPurchase.access";
import { CreateGroupPurchaseInput, GroupPurchaseFilter, PlaceGroupOrderInput } from "./groupPurchase.inputs";
import { groupPurchaseById, ordersByGroupPurchase } from "./groupPurchase.loaders";
import { createGroupPurchase, placeGroupOrder } from "./groupPurchase.commands";
import { groupTotals, isOpen, orderQuantity, validateGroupPurchase } from "./groupPurchase.rules";
import { GroupOrder, GroupPurchase, GroupPurchaseConnection, GroupPurchaseTotals } from "./groupPurchase.type";

@Resolver(() => GroupPurchase)
export class GroupPurchaseResolver {
  @Query(() => GroupPurchaseConnection, { description: "Group purchases, latest closing first." })
  @Authorized(...GROUP_PURCHASE_READERS)
  async groupPurchases(
    @Ctx() ctx: ProcurementContext,
    @Args() page: PageArgs,
    @Arg("filter", () => GroupPurchaseFilter, { nullable: true }) filter?: GroupPurchaseFilter,
  ): Promise<ConnectionResult<GroupPurchaseRow>> {
    const where: Prisma.GroupPurchaseWhereInput = filter?.openOn ? { closesOn: { gte: filter.openOn } } : {};
    return paginateModel(page, ctx.db.groupPurchase, { where, orderBy: [{ closesOn: "desc" }, { id: "asc" }] });
  }

  @Query(() => GroupPurchase, { nullable: true })
  @Authorized(...GROUP_PURCHASE_READERS)
  async groupPurchase(@Ctx() ctx: ProcurementContext, @Arg("id", () => ID) id: string): Promise<GroupPurchaseRow | null> {
    return groupPurchaseById(ctx).load(id);
  }

  @FieldResolver(() => Boolean, { description: "Whether it still takes orders today." })
  open(@Root() purchase: GroupPurchaseRow): boolean {
    return isOpen(purchase, today());
  }

  @FieldResolver(() => [GroupOrder], { description: "Orders, oldest first; a cooperative's manager sees their own." })
  async orders(@Root() purchase: GroupPurchaseRow, @Ctx() ctx: ProcurementContext): Promise<GroupOrder[]> {
    const orders = await ordersByGroupPurchase(ctx).load(purchase.id);
    return orders
      .filter((order) => canSeeOrdersOf(ctx.identity, order.cooperativeId))
      .map((order: GroupOrderRow) => ({
        id: order.id,
        cooperative: { id: order.cooperativeId },
        quantity: order.quantity,
        amount: formatCents(BigInt(order.quantity) * toCents(purchase.unitPrice)),
        placedAt: order.placedAt,
      }));
  }

  @FieldResolver(() => GroupPurchaseTotals)
  async totals(@Root() purchase: GroupPurchaseRow, @Ctx() ctx: ProcurementContext): Promise<GroupPurchaseTotals> {
    const totals = groupTotals(await ordersByGroupPurchase(ctx).load(purchase.id), purchase.unitPrice);
    return {
      quantity: totals.quantity,
      amount: formatCents(totals.amountCents),
      byCooperative: totals.byCooperative
        .filter((member) => canSeeOrdersOf(ctx.identity, member.cooperativeId))
        .map((member) => ({ cooperative: { id: member.cooperativeId }, quantity: member.quantity, amount: formatCents(member.amountCents) })),
    };
  }

  @Mutation(() => GroupPurchase)
  @Authorized("ADMIN")
  async createGroupPurchase(@Ctx() ctx: ProcurementContext, @Arg("input") input: CreateGroupPurchaseInput): Promise<GroupPurchaseRow> {
    return execute(ctx, createGroupPurchase, validateGroupPurchase(input, today()));
  }

  @Mutation(() => GroupPurchase, { description: "Adds a member's order; membership confirms the cooperative ACTIVE, and if it cannot answer nothing is written." })
  @Authorized("ADMIN", "COOP_MANAGER")
  async placeGroupOrder(@Ctx() ctx: ProcurementContext, @Arg("input") input: PlaceGroupOrderInput): Promise<GroupPurchaseRow> {
    const identity = requireIdentity(ctx);
    if (!isUuid(input.cooperativeId)) throw badInput("input.cooperativeId", "this is not the id of a cooperative");
    const cooperativeId = input.cooperativeId.toLowerCase();
    if (!canOrderFor(identity, cooperativeId)) throw forbidden("a cooperative manager orders for their own cooperative only");
    const quantity = orderQuantity("input.quantity", input.quantity);
    const purchase = await groupPurchaseById(ctx).load(input.groupPurchaseId);
    if (!purchase) throw notFound("group purchase", input.groupPurchaseId);
    const on = today();
    const facts = await ctx.membership.cooperatives([cooperativeId], on, "that the cooperative is an active member");
    return execute(ctx, placeGroupOrder, { purchase, cooperativeId, quantity, cooperative: facts.get(cooperativeId) ?? null, on });
  }
}
