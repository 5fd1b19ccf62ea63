export { PrismaClient, Prisma } from "./generated/prisma/client";
export type {
  Tender as TenderRow,
  TenderLot as TenderLotRow,
  TenderStatusChange as TenderStatusChangeRow,
  Contract as ContractRow,
  Assignment as AssignmentRow,
  GroupPurchase as GroupPurchaseRow,
  GroupOrder as GroupOrderRow,
} from "./generated/prisma/client";
export { BuyerKind, TenderObject, TenderProcedure, TenderStatus } from "./generated/prisma/enums";
