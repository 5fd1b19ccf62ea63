import { badInput, conflict, type ConnectionResult, execute, isUuid, notInFuture, PageArgs, paginate, today } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FinanceContext } from "../context";
import { Cooperative } from "../cooperative/cooperative.type";
import type { MembershipFeeRow, Prisma } from "../db";
import { membershipFeeAmount } from "../settings";
import { recordMembershipFee } from "./membershipFee.commands";
import { MembershipFeeFilter, RecordMembershipFeeInput } from "./membershipFee.inputs";
import { membershipFeeOf, membershipFeeRefusal, validateFeeYear } from "./membershipFee.rules";
import { MembershipFee, MembershipFeeConnection } from "./membershipFee.type";

function visibleFees(ctx: FinanceContext): Prisma.MembershipFeeWhereInput {
  const identity = ctx.identity;
  if (identity?.role === "ADMIN" || identity?.role === "SERVICE") return {};
  if (identity?.role === "COOP_MANAGER" && identity.coopId) return { cooperativeId: identity.coopId };
  return { id: { in: [] } };
}

@Resolver(() => MembershipFee)
export class MembershipFeeResolver {
  @Query(() => MembershipFeeConnection, { description: "Membership fees recorded, newest year first. A cooperative's manager sees their own cooperative's." })
  @Authorized("ADMIN", "COOP_MANAGER", "SERVICE")
  async membershipFees(
    @Ctx() ctx: FinanceContext,
    @Args() page: PageArgs,
    @Arg("filter", () => MembershipFeeFilter, { nullable: true }) filter?: MembershipFeeFilter,
  ): Promise<ConnectionResult<MembershipFeeRow>> {
    const where: Prisma.MembershipFeeWhereInput = {
      AND: [
        visibleFees(ctx),
        filter?.year != null ? { year: filter.year } : {},
        filter?.cooperativeId ? { cooperativeId: isUuid(filter.cooperativeId) ? filter.cooperativeId.toLowerCase() : { in: [] } } : {},
      ],
    };
    return paginate(
      page,
      (p) => ctx.db.membershipFee.findMany({ where, orderBy: [{ year: "desc" }, { id: "asc" }], ...p }),
      () => ctx.db.membershipFee.count({ where }),
    );
  }

  @FieldResolver(() => Cooperative)
  cooperative(@Root() fee: MembershipFeeRow): Cooperative {
    return { id: fee.cooperativeId };
  }

  @Mutation(() => MembershipFee, { description: "Records a member cooperative's membership fee for a year, at the amount in force that year; once per year." })
  @Authorized("ADMIN")
  async recordMembershipFee(@Ctx() ctx: FinanceContext, @Arg("input") input: RecordMembershipFeeInput): Promise<MembershipFeeRow> {
    const now = new Date();
    const year = validateFeeYear(input.year, membershipFeeAmount, today(now));
    const paidOn = notInFuture("input.paidOn", input.paidOn ?? today(now), now);
    const cooperativeId = input.cooperativeId.trim().toLowerCase();
    if (!isUuid(cooperativeId)) throw badInput("input.cooperativeId", "this is not the id of a cooperative");
    const coop = (await ctx.membership.cooperatives([cooperativeId], paidOn, "that the cooperative is a member")).get(cooperativeId);
    if (!coop) throw badInput("input.cooperativeId", "no member cooperative has this id");
    const refusal = membershipFeeRefusal(coop);
    if (refusal) throw conflict(refusal, { field: "input.cooperativeId" });
    return execute(ctx, recordMembershipFee, { cooperativeId, cooperativeName: coop.name, year, amount: membershipFeeOf(year, membershipFeeAmount), paidOn });
  }
}
