import type { PrismaClient } from "./db";

export async function seedFinance(db: PrismaClient): Promise<unknown> {
  if ((await db.invoice.count()) > 0) return null;
  return {};
}
