import { type ConnectionResult, execute, PageArgs, paginateModel, requiredText } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { __Name__Context } from "../context";
import type { ItemRow } from "../db";
import { createItem } from "./item.commands";
import { itemById } from "./item.loaders";
import { __Name__Item, __Name__ItemConnection, Create__Name__ItemInput } from "./item.type";

@Resolver(() => __Name__Item)
export class __Name__ItemResolver {
  @Query(() => __Name__ItemConnection, { description: "Items, oldest first." })
  @Authorized()
  async __camel__Items(@Ctx() ctx: __Name__Context, @Args() page: PageArgs): Promise<ConnectionResult<ItemRow>> {
    return paginateModel(page, ctx.db.item, { orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  @Query(() => __Name__Item, { nullable: true, description: "An item; null when absent." })
  @Authorized()
  async __camel__Item(@Ctx() ctx: __Name__Context, @Arg("id", () => ID) id: string): Promise<ItemRow | null> {
    return itemById(ctx).load(id);
  }

  @Mutation(() => __Name__Item, { description: "Records an item." })
  @Authorized("ADMIN")
  async create__Name__Item(@Ctx() ctx: __Name__Context, @Arg("input") input: Create__Name__ItemInput): Promise<ItemRow> {
    return execute(ctx, createItem, { name: requiredText("input.name", input.name, 200) });
  }
}

export function resolve__Name__ItemReference(ref: { id: string }, ctx: __Name__Context): Promise<ItemRow | null> {
  return itemById(ctx).load(ref.id);
}
