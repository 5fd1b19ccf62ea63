import { execute, forbidden, isUniqueViolation, isUuid, notFound, PageArgs, paginate, requireIdentity, today, type ConnectionResult } from "@coopgraph/kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, UseMiddleware } from "type-graphql";
import { answerRead, PlacementRead } from "../audit/audit.guard";
import { readRecorded } from "../audit/audit.loaders";
import type { InclusionContext } from "../context";
import { Cooperative } from "../cooperative/cooperative.type";
import type { Prisma, PlacementRow } from "../db";
import { Person } from "../person/person.type";
import { canManagePlacementsOf, canReadPlacementsOf, PLACEMENT_READERS, placementScope } from "./placement.access";
import { alreadyPlaced, endPlacement, startPlacement } from "./placement.commands";
import { EndPlacementInput, PlacementFilter, StartPlacementInput } from "./placement.inputs";
import { PLACEMENT_ORDER, placementById } from "./placement.loaders";
import { placementRefusal, validateStart } from "./placement.rules";
import { Placement, PlacementConnection } from "./placement.type";

function whereOf(filter: PlacementFilter | null | undefined): Prisma.PlacementWhereInput {
  if (!filter) return {};
  // An id that is not a uuid names no row: the list is empty.
  if ((filter.cooperativeId != null && !isUuid(filter.cooperativeId)) || (filter.personId != null && !isUuid(filter.personId))) return { id: { in: [] } };
  const day = today();
  return {
    ...(filter.cooperativeId != null ? { cooperativeId: filter.cooperativeId.toLowerCase() } : {}),
    ...(filter.personId != null ? { personId: filter.personId.toLowerCase() } : {}),
    ...(filter.category?.length ? { category: { in: filter.category } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.current === true ? { OR: [{ endDate: null }, { endDate: { gte: day } }] } : filter.current === false ? { endDate: { lt: day } } : {}),
  };
}

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => PlacementConnection, {
    description: "Work placements, newest first: the consortium's staff and inclusion operators see all, a cooperative's manager their own. Every placement read is audited.",
  })
  @Authorized(...PLACEMENT_READERS)
  async placements(
    @Ctx() ctx: InclusionContext,
    @Args() page: PageArgs,
    @Arg("filter", () => PlacementFilter, { nullable: true }) filter?: PlacementFilter,
  ): Promise<ConnectionResult<PlacementRow>> {
    const scope = placementScope(ctx.identity);
    if (!scope) throw forbidden();
    const where: Prisma.PlacementWhereInput = { AND: [whereOf(filter), scope] };
    return paginate(
      page,
      (p) => ctx.db.placement.findMany({ where, orderBy: PLACEMENT_ORDER, ...p }),
      () => ctx.db.placement.count({ where }),
    );
  }

  @Query(() => Placement, { nullable: true, description: "A placement; null when absent or not visible to you. Its read is audited." })
  @Authorized(...PLACEMENT_READERS)
  async placement(@Ctx() ctx: InclusionContext, @Arg("id", () => ID) id: string): Promise<PlacementRow | null> {
    return visiblePlacement(ctx, await placementById(ctx).load(id));
  }

  @Mutation(() => Placement, {
    description:
      "Starts a placement with its individual plan. Membership confirms that the person belongs to the cooperative and that it is ACTIVE; if it cannot answer, nothing is written.",
  })
  @Authorized(...PLACEMENT_READERS)
  async startPlacement(@Ctx() ctx: InclusionContext, @Info() info: GraphQLResolveInfo, @Arg("input") input: StartPlacementInput): Promise<PlacementRow> {
    const caller = requireIdentity(ctx);
    const start = validateStart(input, new Date());
    if (!canManagePlacementsOf(caller, start.cooperativeId)) throw forbidden("a cooperative's manager starts placements in their own cooperative only");
    // Membership's facts, asked before any write: if it cannot answer, nothing is written.
    const [person, cooperatives] = await Promise.all([
      ctx.membership.person(start.personId, "that the person belongs to the cooperative"),
      ctx.membership.cooperatives([start.cooperativeId], today(), "that the cooperative is an active member"),
    ]);
    const cooperative = cooperatives.get(start.cooperativeId);
    const refusal = placementRefusal(start, person, cooperative);
    if (refusal) throw refusal;
    const read = answerRead(info);
    try {
      const placement = await execute(ctx, startPlacement, { start, cooperative: { type: cooperative!.type, province: cooperative!.province }, requestId: ctx.requestId, read });
      readRecorded(ctx, { ...read, recordType: "PLACEMENT", recordId: placement.id });
      return placement;
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyPlaced();
      throw error;
    }
  }

  @Mutation(() => Placement, { description: "Ends a placement with its outcome; its history stays." })
  @Authorized(...PLACEMENT_READERS)
  async endPlacement(@Ctx() ctx: InclusionContext, @Info() info: GraphQLResolveInfo, @Arg("input") input: EndPlacementInput): Promise<PlacementRow> {
    const read = answerRead(info);
    // A malformed id names no placement.
    if (!isUuid(input.placementId)) throw notFound("placement", input.placementId);
    const placement = await execute(ctx, endPlacement, {
      placementId: input.placementId.toLowerCase(),
      endDate: input.endDate,
      outcome: input.outcome,
      requestId: ctx.requestId,
      read,
    });
    readRecorded(ctx, { ...read, recordType: "PLACEMENT", recordId: placement.id });
    return placement;
  }
}

/** Placement's relations to membership's entities; every field of a placement is guarded and audited. */
@Resolver(() => Placement)
@UseMiddleware(PlacementRead)
export class PlacementRelationsResolver {
  @FieldResolver(() => Person, { description: "The person placed (membership's)." })
  person(@Root() placement: PlacementRow): Person {
    return { id: placement.personId };
  }

  @FieldResolver(() => Cooperative, { description: "The cooperative the person is placed in (membership's)." })
  cooperative(@Root() placement: PlacementRow): Cooperative {
    return { id: placement.cooperativeId };
  }
}

function visiblePlacement(ctx: InclusionContext, placement: PlacementRow | null): PlacementRow | null {
  return placement && canReadPlacementsOf(ctx.identity, placement.cooperativeId) ? placement : null;
}

export async function resolvePlacementReference(ref: { id: string }, ctx: InclusionContext): Promise<PlacementRow | null> {
  return visiblePlacement(ctx, await placementById(ctx).load(ref.id));
}
