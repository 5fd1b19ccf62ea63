import type { InclusionClient, MembershipClient } from "@coopgraph/clients";
import type { Command, SubgraphContext, Transaction } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

/**
 * Membership's facts about cooperatives, and inclusion's 30% verdicts for a convenzione art. 5 or a
 * reserved contract, are asked through the gateway with procurement's service identity.
 */
export type ProcurementContext = SubgraphContext<PrismaClient, { membership: MembershipClient; inclusion: InclusionClient }>;
/** What procurement's commands write through. */
export type ProcurementTransaction = Transaction<PrismaClient>;
/** A write of procurement, run by `execute` in one transaction; other domains' facts come in its input. */
export type ProcurementCommand<Input, Output> = Command<PrismaClient, Input, Output>;
