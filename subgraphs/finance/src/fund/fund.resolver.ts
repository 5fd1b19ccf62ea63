import { badInput, type ConnectionResult, execute, isUuid, notInFuture, optionalText, PageArgs, paginate, positiveAmount, today, toCents } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FinanceContext } from "../context";
import { Cooperative } from "../cooperative/cooperative.type";
import type { FundMovementRow } from "../db";
import { recordFundContribution } from "./fund.commands";
import { RecordFundContributionInput } from "./fund.inputs";
import { Fund, FundMovement, FundMovementConnection } from "./fund.type";

@Resolver(() => Fund)
export class FundResolver {
  @Query(() => Fund, { description: "The fund (fondo di sostegno e rilancio) and its movements." })
  @Authorized("ADMIN")
  async fund(@Ctx() ctx: FinanceContext): Promise<Fund> {
    const fund = await ctx.db.fund.findUniqueOrThrow({ where: { id: 1 } });
    return { balance: fund.balance.toFixed(2) };
  }

  @FieldResolver(() => FundMovementConnection, { description: "Movements, newest first." })
  async movements(@Root() _fund: Fund, @Ctx() ctx: FinanceContext, @Args() page: PageArgs): Promise<ConnectionResult<FundMovementRow>> {
    return paginate(
      page,
      (p) => ctx.db.fundMovement.findMany({ orderBy: [{ recordedAt: "desc" }, { id: "asc" }], ...p }),
      () => ctx.db.fundMovement.count(),
    );
  }

  @Mutation(() => FundMovement, {
    description:
      "Records a contribution to the fund; its balance stays exact under concurrent writes. A contributing cooperative must be known to membership; if it cannot answer, nothing is written.",
  })
  @Authorized("ADMIN")
  async recordFundContribution(@Ctx() ctx: FinanceContext, @Arg("input") input: RecordFundContributionInput): Promise<FundMovementRow> {
    const amount = toCents(positiveAmount("input.amount", input.amount));
    const now = new Date();
    const contributedOn = notInFuture("input.contributedOn", input.contributedOn ?? today(now), now);
    const contributor = optionalText("input.contributor", input.contributor, 200);
    const note = optionalText("input.note", input.note, 500);
    const cooperativeId = input.cooperativeId?.trim() ? input.cooperativeId.trim().toLowerCase() : null;
    if (cooperativeId && contributor) throw badInput("input.contributor", "name either a member cooperative (cooperativeId) or another contributor, not both");
    if (!cooperativeId && !contributor) throw badInput("input.contributor", "name who contributes: a member cooperative (cooperativeId) or another contributor");
    if (cooperativeId) {
      if (!isUuid(cooperativeId)) throw badInput("input.cooperativeId", "this is not the id of a cooperative");
      const known = await ctx.membership.cooperatives([cooperativeId], contributedOn, "that the contributing cooperative is a member");
      if (!known.has(cooperativeId)) throw badInput("input.cooperativeId", "no member cooperative has this id");
    }
    return execute(ctx, recordFundContribution, { amount, contributedOn, cooperativeId, contributor, note }, { maxWait: 30_000, timeout: 30_000 });
  }
}

@Resolver(() => FundMovement)
export class FundMovementResolver {
  @FieldResolver(() => Cooperative, { nullable: true, description: "The contributing or borrowing member cooperative." })
  cooperative(@Root() movement: FundMovementRow): Cooperative | null {
    return movement.cooperativeId ? { id: movement.cooperativeId } : null;
  }
}
