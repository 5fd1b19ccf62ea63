import type { MembershipClient } from "@coopgraph/clients";
import type { SubgraphContext, Transaction } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

/** Membership's facts (persons, cooperatives, workforce) are asked through the gateway with inclusion's service identity. */
export type InclusionContext = SubgraphContext<PrismaClient, { membership: MembershipClient }>;

/** What inclusion's commands write through: one transaction. */
export type InclusionTx = Transaction<PrismaClient>;
