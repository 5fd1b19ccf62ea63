import { checkProvince } from "@coopgraph/ids";
import {
  badInput,
  checked,
  conflict,
  DateScalar,
  isoDate,
  isUniqueViolation,
  isUuid,
  MAX_PAGE_SIZE,
  notFound,
  notInFuture,
  optionalText,
  paginate,
  positiveAmount,
  Public,
  requiredText,
  requireIdentity,
  today,
  type ConnectionResult,
} from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { currentCompliance } from "../compliance/compliance.resolver";
import type { MembershipContext } from "../context";
import { Prisma, type CooperativeRow } from "../db";
import { hasValidDurc, latestValidUntil } from "../durc/durc.rules";
import { canSeeBusinessRecords, canSeeCooperative, listableStatuses } from "./cooperative.access";
import {
  ApplyForMembershipInput,
  ChangeCooperativeStatusInput,
  CooperativeFilter,
  DecideMembershipApplicationInput,
  RecordShareCapitalInput,
} from "./cooperative.inputs";
import { cooperativeById, durcsByCooperative, statusChangesByCooperative } from "./cooperative.loaders";
import { MAY_APPLY_AGAIN, SOCIAL_TYPES, transitionRefusal, validateApplication } from "./cooperative.rules";
import { Cooperative, CooperativeConnection, ShareCapital, StatusChange } from "./cooperative.type";

/** The largest value of a numeric(14,2) column. */
const LARGEST_AMOUNT = "999999999999.99";

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
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => CooperativeFilter, { nullable: true }) filter?: CooperativeFilter,
  ): Promise<ConnectionResult<CooperativeRow>> {
    const statuses = listableStatuses(ctx.identity);
    const where: Prisma.CooperativeWhereInput = { AND: [whereOf(filter), statuses ? { status: { in: statuses } } : {}] };
    return paginate(
      { first, after },
      (page) => ctx.db.cooperative.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], ...page }),
      () => ctx.db.cooperative.count({ where }),
    );
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
  async hasValidDurc(
    @Root() coop: CooperativeRow,
    @Ctx() ctx: MembershipContext,
    @Arg("on", () => DateScalar, { nullable: true }) on?: Date,
  ): Promise<boolean | null> {
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
    const { sub } = requireIdentity(ctx);
    const application = validateApplication(input);
    const { requestedShareCapital, ...data } = application;
    try {
      return await ctx.db.$transaction(async (tx) => {
        // A body that was rejected, or left, applies again under its own record and history.
        const previous = await tx.cooperative.findUnique({ where: { taxCode: data.taxCode } });
        if (previous && !MAY_APPLY_AGAIN.includes(previous.status)) throw duplicate("input.taxCode");
        if (data.alboNumber && (await tx.cooperative.count({ where: { alboNumber: data.alboNumber, NOT: { taxCode: data.taxCode } } }))) {
          throw duplicate("input.alboNumber");
        }
        let coop: CooperativeRow;
        if (previous) {
          const moved = await tx.cooperative.updateMany({ where: { id: previous.id, status: previous.status }, data: { ...data, status: "APPLICANT" } });
          if (moved.count === 0) throw conflict("the cooperative's status changed meanwhile; read it again");
          coop = await tx.cooperative.findUniqueOrThrow({ where: { id: previous.id } });
        } else {
          coop = await tx.cooperative.create({ data: { ...data, status: "APPLICANT" } });
        }
        await tx.membershipApplication.create({ data: { cooperativeId: coop.id, submittedBy: sub, requestedShareCapital } });
        await tx.statusChange.create({
          data: {
            cooperativeId: coop.id,
            fromStatus: previous?.status ?? null,
            toStatus: "APPLICANT",
            reason: previous ? "new application" : "application received",
            effectiveDate: today(),
            changedBy: sub,
          },
        });
        return coop;
      });
    } catch (error) {
      // A concurrent application took the code between the check and the insert.
      if (isUniqueViolation(error)) throw duplicate((await duplicateField(ctx.db, data)) ?? "input.taxCode");
      throw error;
    }
  }

  @Mutation(() => Cooperative, { description: "The board's resolution on an application: ADMIT makes the cooperative ACTIVE and subscribes its share capital; REJECT closes it." })
  @Authorized("ADMIN")
  async decideMembershipApplication(
    @Ctx() ctx: MembershipContext,
    @Arg("input") input: DecideMembershipApplicationInput,
  ): Promise<CooperativeRow> {
    const { sub } = requireIdentity(ctx);
    const resolutionNumber = requiredText("input.resolutionNumber", input.resolutionNumber, 50);
    const resolutionDate = notInFuture("input.resolutionDate", input.resolutionDate, today());
    const reason = optionalText("input.reason", input.reason, 500);
    const toStatus = input.decision === "ADMIT" ? "ACTIVE" : "REJECTED";
    return ctx.db.$transaction(async (tx) => {
      const application = isUuid(input.cooperativeId)
        ? await tx.membershipApplication.findFirst({ where: { cooperativeId: input.cooperativeId }, orderBy: { submittedAt: "desc" } })
        : null;
      if (!application) throw notFound("application of cooperative", input.cooperativeId);
      if (application.decision) throw conflict("this application has already been decided");
      if (resolutionDate < today(application.submittedAt)) throw badInput("input.resolutionDate", "the resolution cannot precede the application");
      const moved = await tx.cooperative.updateMany({
        where: { id: input.cooperativeId, status: "APPLICANT" },
        data: {
          status: toStatus,
          ...(toStatus === "ACTIVE"
            ? { admissionDate: resolutionDate, shareCapitalSubscribed: { increment: application.requestedShareCapital } }
            : {}),
        },
      });
      if (moved.count === 0) throw conflict("this application has already been decided");
      if (toStatus === "ACTIVE") await refuseBelowSocialShare(tx, input.cooperativeId);
      await tx.membershipApplication.update({
        where: { id: application.id },
        data: { decision: input.decision, resolutionNumber, resolutionDate, decidedBy: sub, decidedAt: new Date() },
      });
      await tx.statusChange.create({
        data: { cooperativeId: input.cooperativeId, fromStatus: "APPLICANT", toStatus, reason, resolutionNumber, effectiveDate: resolutionDate, changedBy: sub },
      });
      if (toStatus === "ACTIVE") {
        await tx.shareCapitalEntry.create({
          data: { cooperativeId: input.cooperativeId, kind: "SUBSCRIPTION", amount: application.requestedShareCapital, date: resolutionDate, recordedBy: sub },
        });
      }
      return tx.cooperative.findUniqueOrThrow({ where: { id: input.cooperativeId } });
    });
  }

  @Mutation(() => Cooperative, { description: "Suspends, reinstates, records the withdrawal (recesso) or the exclusion (esclusione) of a member." })
  @Authorized("ADMIN")
  async changeCooperativeStatus(@Ctx() ctx: MembershipContext, @Arg("input") input: ChangeCooperativeStatusInput): Promise<CooperativeRow> {
    const { sub } = requireIdentity(ctx);
    const reason = requiredText("input.reason", input.reason, 500);
    const resolutionNumber = optionalText("input.resolutionNumber", input.resolutionNumber, 50);
    const effectiveDate = notInFuture("input.effectiveDate", input.effectiveDate ?? today(), today());
    return ctx.db.$transaction(async (tx) => {
      const coop = isUuid(input.cooperativeId) ? await tx.cooperative.findUnique({ where: { id: input.cooperativeId } }) : null;
      if (!coop) throw notFound("cooperative", input.cooperativeId);
      const last = await tx.statusChange.findFirst({ where: { cooperativeId: coop.id }, orderBy: [{ effectiveDate: "desc" }] });
      if (last && effectiveDate < last.effectiveDate) {
        throw badInput("input.effectiveDate", `the last change took effect on ${isoDate(last.effectiveDate)}; this one cannot take effect before it`);
      }
      const refusal = transitionRefusal(coop.status, input.status);
      if (refusal) throw conflict(refusal, { field: "input.status" });
      // Conditional on the status just read: of two concurrent changes, the second finds it moved.
      const moved = await tx.cooperative.updateMany({ where: { id: coop.id, status: coop.status }, data: { status: input.status } });
      if (moved.count === 0) throw conflict("the cooperative's status changed meanwhile; read it again");
      await tx.statusChange.create({
        data: { cooperativeId: coop.id, fromStatus: coop.status, toStatus: input.status, reason, resolutionNumber, effectiveDate, changedBy: sub },
      });
      return tx.cooperative.findUniqueOrThrow({ where: { id: coop.id } });
    });
  }

  @Mutation(() => Cooperative, { description: "Records a subscription of share capital or a payment of it; payments never exceed what is subscribed." })
  @Authorized("ADMIN")
  async recordShareCapital(@Ctx() ctx: MembershipContext, @Arg("input") input: RecordShareCapitalInput): Promise<CooperativeRow> {
    const { sub } = requireIdentity(ctx);
    const amount = positiveAmount("input.amount", input.amount);
    const date = notInFuture("input.date", input.date, today());
    return ctx.db.$transaction(async (tx) => {
      const coop = isUuid(input.cooperativeId) ? await tx.cooperative.findUnique({ where: { id: input.cooperativeId } }) : null;
      if (!coop) throw notFound("cooperative", input.cooperativeId);
      if (coop.status !== "ACTIVE" && coop.status !== "SUSPENDED") throw conflict(`share capital is recorded for members; this cooperative is ${coop.status}`);
      // One conditional UPDATE: concurrent payments can never take paid above subscribed.
      // A subscription stays within the numeric(14,2) column: beyond it PostgreSQL would fail the whole write.
      const updated =
        input.kind === "SUBSCRIPTION"
          ? await tx.$executeRaw`UPDATE "Cooperative" SET "shareCapitalSubscribed" = "shareCapitalSubscribed" + ${amount}::numeric, "updatedAt" = now() WHERE id = ${coop.id}::uuid AND "shareCapitalSubscribed" + ${amount}::numeric <= ${LARGEST_AMOUNT}::numeric`
          : await tx.$executeRaw`UPDATE "Cooperative" SET "shareCapitalPaid" = "shareCapitalPaid" + ${amount}::numeric, "updatedAt" = now() WHERE id = ${coop.id}::uuid AND "shareCapitalPaid" + ${amount}::numeric <= "shareCapitalSubscribed"`;
      if (updated === 0) {
        throw badInput("input.amount", input.kind === "SUBSCRIPTION" ? `the subscribed capital would exceed ${LARGEST_AMOUNT}, the largest amount recorded` : "this payment would exceed the share capital still to be paid");
      }
      await tx.shareCapitalEntry.create({ data: { cooperativeId: coop.id, kind: input.kind, amount, date, recordedBy: sub } });
      return tx.cooperative.findUniqueOrThrow({ where: { id: coop.id } });
    });
  }
}

export async function resolveCooperativeReference(ref: { id: string }, ctx: MembershipContext): Promise<CooperativeRow | null> {
  const coop = await cooperativeById(ctx).load(ref.id);
  return coop && canSeeCooperative(ctx.identity, coop) ? coop : null;
}

type Tx = Parameters<Parameters<MembershipContext["db"]["$transaction"]>[0]>[0];

/** Which unique code of an application is already held by a member or applicant, if any. */
async function duplicateField(db: Pick<Tx, "cooperative">, data: { taxCode: string; alboNumber: string | null }): Promise<string | null> {
  const holder = await db.cooperative.findFirst({
    where: { OR: [{ taxCode: data.taxCode }, ...(data.alboNumber ? [{ alboNumber: data.alboNumber }] : [])] },
    select: { taxCode: true },
  });
  if (!holder) return null;
  return holder.taxCode === data.taxCode ? "input.taxCode" : "input.alboNumber";
}

function duplicate(field: string) {
  return conflict(`a member or applicant with this ${field === "input.taxCode" ? "tax code" : "Albo number"} already exists`, { field });
}

/**
 * Law 381/1991 art. 8: admitting a member that is not a social cooperative must not take the
 * consortium below the least share of social cooperatives. Admissions take one lock so that two
 * of them cannot each see room for one.
 */
async function refuseBelowSocialShare(tx: Tx, admittedId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(3811991008)`;
  const after = await currentCompliance(tx);
  const admitted = await tx.cooperative.findUniqueOrThrow({ where: { id: admittedId }, select: { type: true } });
  if (!after.compliant && !SOCIAL_TYPES.includes(admitted.type)) {
    throw conflict(
      `admitting it would leave ${after.socialCooperatives} social cooperatives among ${after.members} members (${after.ratio}); Law 381/1991 art. 8 requires at least ${after.threshold}`,
      { field: "input.decision" },
    );
  }
}
