import { checkProvince } from "@coopgraph/ids";
import {
  badInput,
  checked,
  type ConnectionResult,
  DateScalar,
  execute,
  isUuid,
  MAX_PAGE_SIZE,
  notInFuture,
  optionalText,
  PageArgs,
  paginateModel,
  Public,
  positiveAmount,
  requiredText,
  today,
} from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { MembershipContext } from "../context";
import type { CooperativeRow, Prisma } from "../db";
import { hasValidDurc, latestValidUntil } from "../durc/durc.rules";
import { canSeeBusinessRecords, canSeeCooperative, listableStatuses } from "./cooperative.access";
import { ApplyForMembershipInput, ChangeCooperativeStatusInput, CooperativeFilter, DecideMembershipApplicationInput, RecordShareCapitalInput } from "./cooperative.inputs";
import { applyForMembership, changeCooperativeStatus, decideMembershipApplication, recordShareCapital } from "./cooperative.commands";
import { cooperativeById, durcsByCooperative, statusChangesByCooperative } from "./cooperative.loaders";
import { validateApplication } from "./cooperative.rules";
import { Cooperative, CooperativeConnection, ShareCapital, StatusChange } from "./cooperative.type";

function whereOf(filter: CooperativeFilter | undefined): Prisma.CooperativeWhereInput {
  if (!filter) return {};
  if (filter.ids && filter.ids.length > MAX_PAGE_SIZE) throw badInput("filter.ids", `ask for at most ${MAX_PAGE_SIZE} ids at a time`);
  return {
    ...(filter.ids ? { id: { in: filter.ids.filter(isUuid) } } : {}),
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter.type?.length ? { type: { in: filter.type } } : {}),
    ...(filter.province ? { province: checked("filter.province", filter.province, checkProvince) } : {}),
    ...(filter.region ? { region: { equals: filter.region.trim(), mode: "insensitive" } } : {}),
    ...(filter.search?.trim() ? { name: { contains: filter.search.trim(), mode: "insensitive" } } : {}),
  };
}

@Resolver(() => Cooperative)
export class CooperativeResolver {
  @Query(() => CooperativeConnection, {
    description: "The consortium's members, former members and applicants, by name (partners and analysts see members and former members).",
  })
  @Authorized()
  @Public()
  async cooperatives(
    @Ctx() ctx: MembershipContext,
    @Args() page: PageArgs,
    @Arg("filter", () => CooperativeFilter, { nullable: true }) filter?: CooperativeFilter,
  ): Promise<ConnectionResult<CooperativeRow>> {
    const statuses = listableStatuses(ctx.identity);
    const where: Prisma.CooperativeWhereInput = { AND: [whereOf(filter), statuses ? { status: { in: statuses } } : {}] };
    return paginateModel(page, ctx.db.cooperative, { where, orderBy: [{ name: "asc" }, { id: "asc" }] });
  }

  @Query(() => Cooperative, { nullable: true, description: "A cooperative; null when absent or not visible to you." })
  @Authorized()
  @Public()
  async cooperative(@Ctx() ctx: MembershipContext, @Arg("id", () => ID) id: string): Promise<CooperativeRow | null> {
    return resolveCooperativeReference({ id }, ctx);
  }

  @FieldResolver(() => ShareCapital, { nullable: true, description: "Null when you may not see it." })
  shareCapital(@Root() coop: CooperativeRow, @Ctx() ctx: MembershipContext): ShareCapital | null {
    if (!canSeeBusinessRecords(ctx.identity, coop.id)) return null;
    return {
      subscribed: coop.shareCapitalSubscribed.toFixed(2),
      paid: coop.shareCapitalPaid.toFixed(2),
      outstanding: coop.shareCapitalSubscribed.minus(coop.shareCapitalPaid).toFixed(2),
    };
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "Last day covered by a DURC on record; null when none, or when you may not see it." })
  async durcValidUntil(@Root() coop: CooperativeRow, @Ctx() ctx: MembershipContext): Promise<Date | null> {
    if (!canSeeBusinessRecords(ctx.identity, coop.id)) return null;
    return latestValidUntil(await durcsByCooperative(ctx).load(coop.id));
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Whether a DURC on record covers the day (today when omitted); null when you may not see it." })
  async hasValidDurc(@Root() coop: CooperativeRow, @Ctx() ctx: MembershipContext, @Arg("on", () => DateScalar, { nullable: true }) on?: Date): Promise<boolean | null> {
    if (!canSeeBusinessRecords(ctx.identity, coop.id)) return null;
    return hasValidDurc(await durcsByCooperative(ctx).load(coop.id), on ?? today());
  }

  @FieldResolver(() => [StatusChange], { nullable: true, description: "Every status change, oldest first; null when you may not see it." })
  async statusHistory(@Root() coop: CooperativeRow, @Ctx() ctx: MembershipContext) {
    if (!canSeeBusinessRecords(ctx.identity, coop.id)) return null;
    return statusChangesByCooperative(ctx).load(coop.id);
  }

  @Mutation(() => Cooperative, { description: "Records an application for membership: the cooperative starts as APPLICANT." })
  @Authorized("ADMIN")
  async applyForMembership(@Ctx() ctx: MembershipContext, @Arg("input") input: ApplyForMembershipInput): Promise<CooperativeRow> {
    return execute(ctx, applyForMembership, validateApplication(input));
  }

  @Mutation(() => Cooperative, { description: "The board's resolution on an application: ADMIT makes the cooperative ACTIVE and subscribes its share capital; REJECT closes it." })
  @Authorized("ADMIN")
  async decideMembershipApplication(@Ctx() ctx: MembershipContext, @Arg("input") input: DecideMembershipApplicationInput): Promise<CooperativeRow> {
    return execute(ctx, decideMembershipApplication, {
      cooperativeId: input.cooperativeId,
      decision: input.decision,
      resolutionNumber: requiredText("input.resolutionNumber", input.resolutionNumber, 50),
      resolutionDate: notInFuture("input.resolutionDate", input.resolutionDate, today()),
      reason: optionalText("input.reason", input.reason, 500),
    });
  }

  @Mutation(() => Cooperative, { description: "Suspends, reinstates, records the withdrawal (recesso) or the exclusion (esclusione) of a member." })
  @Authorized("ADMIN")
  async changeCooperativeStatus(@Ctx() ctx: MembershipContext, @Arg("input") input: ChangeCooperativeStatusInput): Promise<CooperativeRow> {
    const reason = requiredText("input.reason", input.reason, 500);
    return execute(ctx, changeCooperativeStatus, {
      cooperativeId: input.cooperativeId,
      status: input.status,
      reason,
      effectiveDate: notInFuture("input.effectiveDate", input.effectiveDate ?? today(), today()),
      resolutionNumber: optionalText("input.resolutionNumber", input.resolutionNumber, 50),
    });
  }

  @Mutation(() => Cooperative, { description: "Records a subscription of share capital or a payment of it; payments never exceed what is subscribed." })
  @Authorized("ADMIN")
  async recordShareCapital(@Ctx() ctx: MembershipContext, @Arg("input") input: RecordShareCapitalInput): Promise<CooperativeRow> {
    const amount = positiveAmount("input.amount", input.amount);
    return execute(ctx, recordShareCapital, { cooperativeId: input.cooperativeId, kind: input.kind, amount, date: notInFuture("input.date", input.date, today()) });
  }
}

export async function resolveCooperativeReference(ref: { id: string }, ctx: MembershipContext): Promise<CooperativeRow | null> {
  const coop = await cooperativeById(ctx).load(ref.id);
  return coop && canSeeCooperative(ctx.identity, coop) ? coop : null;
}
