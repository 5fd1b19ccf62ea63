export { PrismaClient, Prisma } from "./generated/prisma/client";
export type {
  Placement as PlacementRow,
  IndividualPlan as IndividualPlanRow,
  PlanReview as PlanReviewRow,
  AuditRecord as AuditRecordRow,
} from "./generated/prisma/client";
export { AuditedRecordType, CooperativeType, DisadvantageCategory, PlacementKind, PlacementOutcome, ReferringService } from "./generated/prisma/enums";
