export { PrismaClient, Prisma } from "./generated/prisma/client";
export type { Cooperative as CooperativeRow, Person as PersonRow, Durc as DurcRow, StatusChange as StatusChangeRow } from "./generated/prisma/client";
export { CooperativeStatus, CooperativeType, PersonRole, ShareCapitalEntryKind } from "./generated/prisma/enums";
