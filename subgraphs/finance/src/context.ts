import type { MembershipClient, ProcurementClient } from "@coopgraph/clients";
import type { SubgraphContext } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

/** Membership's facts about cooperatives and procurement's about contracts are asked through the gateway with finance's service identity. */
export type FinanceContext = SubgraphContext<PrismaClient, { membership: MembershipClient; procurement: ProcurementClient }>;
