import { demoId } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

/** Demo data for the embedded start, in one transaction; null when the database already has data. */
export async function seed__Name__(tx: PrismaClient): Promise<{ items: number } | null> {
  if ((await tx.item.count()) > 0) return null;
  const { count } = await tx.item.createMany({ data: [{ id: demoId("__camel__Item", 1), name: "The first __name__ item", createdBy: "demo" }] });
  return { items: count };
}
