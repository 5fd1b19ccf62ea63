import { byKey, isUuid } from "@coopgraph/kit";
import type { __Name__Context } from "../context";
import type { ItemRow } from "../db";

/** Items by id, one query per request however many are asked for. */
export function itemById(ctx: __Name__Context) {
  return ctx.loaders.get<string, ItemRow | null>("itemById", async (ids) => {
    const rows = await ctx.db.item.findMany({ where: { id: { in: ids.filter(isUuid) } } });
    return byKey(ids, rows, (row) => row.id);
  });
}
