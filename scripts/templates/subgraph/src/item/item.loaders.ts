import { rowsById } from "@coopgraph/kit";
import type { __Name__Context } from "../context";
import type { ItemRow } from "../db";

/** Items by id, one query per request however many are asked for. */
export function itemById(ctx: __Name__Context) {
  return rowsById<ItemRow>(ctx.loaders, "itemById", (ids) => ctx.db.item.findMany({ where: { id: { in: ids } } }));
}
