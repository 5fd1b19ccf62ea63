export { Prisma, PrismaClient } from "./generated/prisma/client";
export type { Item as ItemRow } from "./generated/prisma/client";
