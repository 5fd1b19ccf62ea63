import type { MembershipClient } from "@coopgraph/clients";
import type { SubgraphContext } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

/** Membership's facts about cooperatives are asked through the gateway with procurement's service identity. */
export type ProcurementContext = SubgraphContext<PrismaClient, { membership: MembershipClient }>;
