import { defineSubgraph } from "@coopgraph/kit";
import path from "node:path";
import { PrismaClient } from "./db";
import { __Name__ItemResolver, resolve__Name__ItemReference } from "./item/item.resolver";
import { seed__Name__ } from "./seed";

/** __Name__: what this domain owns. It asks no other domain (give `clients` when a write must). */
export const subgraph = defineSubgraph({
  name: "__name__",
  dir: path.join(__dirname, ".."),
  PrismaClient,
  resolvers: [__Name__ItemResolver],
  references: { __Name__Item: resolve__Name__ItemReference },
  seed: seed__Name__,
});
