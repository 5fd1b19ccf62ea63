import type { BaseContext } from "@coopgraph/kit";
import type { PrismaClient } from "./db";
import type { MembershipClient } from "./membership/membership.client";

export interface ProcurementContext extends BaseContext {
  db: PrismaClient;
  /** Membership's facts about cooperatives, asked through the gateway with a service identity. */
  membership: MembershipClient;
}
