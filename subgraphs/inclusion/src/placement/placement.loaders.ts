import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { InclusionContext } from "../context";
import type { Prisma, PlacementRow } from "../db";

/** Placements active on at least one day from `first` to `last`: started by the last day, not ended before the first (inclusionStats says the same in SQL). */
export function activeBetween(first: Date, last: Date): Prisma.PlacementWhereInput {
  return { startDate: { lte: last }, OR: [{ endDate: null }, { endDate: { gte: first } }] };
}

/** Newest first, then by id: the order of every list of placements. */
export const PLACEMENT_ORDER: Prisma.PlacementOrderByWithRelationInput[] = [{ startDate: "desc" }, { id: "asc" }];

export function placementById(ctx: InclusionContext) {
  return ctx.loaders.get<string, PlacementRow | null>("placementById", async (ids) => {
    const rows = await ctx.db.placement.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}

/** Every placement of each person asked for, newest first, in one query. */
export function placementsByPerson(ctx: InclusionContext) {
  return ctx.loaders.get<string, PlacementRow[]>("placementsByPerson", async (personIds) => {
    const rows = await ctx.db.placement.findMany({ where: { personId: { in: personIds.filter(isUuid) } }, orderBy: PLACEMENT_ORDER });
    return groupByKey(personIds, rows, (row) => row.personId);
  });
}

/** Every placement in each cooperative asked for, newest first, in one query. */
export function placementsByCooperative(ctx: InclusionContext) {
  return ctx.loaders.get<string, PlacementRow[]>("placementsByCooperative", async (cooperativeIds) => {
    const rows = await ctx.db.placement.findMany({ where: { cooperativeId: { in: cooperativeIds.filter(isUuid) } }, orderBy: PLACEMENT_ORDER });
    return groupByKey(cooperativeIds, rows, (row) => row.cooperativeId);
  });
}
