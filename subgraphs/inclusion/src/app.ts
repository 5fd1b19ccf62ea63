import { membershipClient } from "@coopgraph/clients";
import { defineSubgraph, stubReference } from "@coopgraph/kit";
import path from "node:path";
import { AuditResolver } from "./audit/audit.resolver";
import { ComplianceResolver, CooperativeComplianceResolver } from "./compliance/compliance.resolver";
import { CooperativePlacementsResolver } from "./cooperative/cooperative.resolver";
import { PrismaClient } from "./db";
import { PersonPlacementsResolver } from "./person/person.resolver";
import { PlacementRelationsResolver, PlacementResolver, resolvePlacementReference } from "./placement/placement.resolver";
import { PlacementPlanResolver, PlanResolver, PlanReviewsResolver } from "./plan/plan.resolver";
import { seedInclusion } from "./seed";
import { StatsResolver } from "./stats/stats.resolver";

/**
 * Social inclusion: work placements of disadvantaged persons, their individual plans, the 30%
 * rule and the audit log of every read. It asks membership about persons, cooperatives and workforces.
 */
export const subgraph = defineSubgraph({
  name: "inclusion",
  dir: path.join(__dirname, ".."),
  PrismaClient,
  resolvers: [
    PlacementResolver,
    PlacementRelationsResolver,
    PlacementPlanResolver,
    PlanResolver,
    PlanReviewsResolver,
    PersonPlacementsResolver,
    CooperativePlacementsResolver,
    CooperativeComplianceResolver,
    ComplianceResolver,
    StatsResolver,
    AuditResolver,
  ],
  references: {
    Placement: resolvePlacementReference,
    Person: stubReference,
    Cooperative: stubReference,
  },
  seed: seedInclusion,
  clients: ({ ask }) => ({ membership: membershipClient(ask) }),
});

export { seedInclusion } from "./seed";
export type { PrismaClient } from "./db";
