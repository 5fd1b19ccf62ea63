import type { __Name__Command } from "../context";
import type { ItemRow } from "../db";

/** Records an item for the caller. */
export const createItem: __Name__Command<{ name: string }, ItemRow> = (tx, caller, input) => tx.item.create({ data: { name: input.name, createdBy: caller.sub } });
