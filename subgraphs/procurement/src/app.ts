import type { IdentityConfig } from "@coopgraph/identity";
import path from "node:path";
import { buildFederatedSchema, signedInReference, startSubgraph, type RunningServer } from "@coopgraph/kit";
import { AssignmentResolver, resolveAssignmentReference } from "./assignment/assignment.resolver";
import { ContractResolver, resolveContractReference } from "./contract/contract.resolver";
import { CooperativeContractsResolver, resolveCooperativeReference } from "./cooperative/cooperative.resolver";
import type { PrismaClient } from "./db";
import { GroupPurchaseResolver } from "./groupPurchase/groupPurchase.resolver";
import { membershipClient, type MembershipClient } from "./membership/membership.client";
import { resolveTenderReference, TenderResolver } from "./tender/tender.resolver";

export const name = "procurement";
/** This subgraph's folder: prisma/ lives there. */
export const dir = path.join(__dirname, "..");
export { PrismaClient } from "./db";

/** The subgraph schema and its SDL; the compose step reads it from here. */
export function schema() {
  return buildFederatedSchema({
    resolvers: [TenderResolver, ContractResolver, AssignmentResolver, CooperativeContractsResolver, GroupPurchaseResolver],
    referenceResolvers: {
      Tender: { __resolveReference: signedInReference(resolveTenderReference) },
      Contract: { __resolveReference: signedInReference(resolveContractReference) },
      Assignment: { __resolveReference: signedInReference(resolveAssignmentReference) },
      Cooperative: { __resolveReference: signedInReference(resolveCooperativeReference) },
    },
  });
}

export interface StartOptions {
  db: PrismaClient;
  identity: IdentityConfig;
  port?: number;
  host?: string;
  /** The gateway's base URL (e.g. http://127.0.0.1:4000): membership is asked through it. */
  gatewayUrl: () => string;
  /** How long a write waits for membership's answer. */
  membershipTimeoutMs?: number;
}

export async function start(options: StartOptions): Promise<RunningServer> {
  const membership: MembershipClient = membershipClient({ gatewayUrl: options.gatewayUrl, identity: options.identity, timeoutMs: options.membershipTimeoutMs });
  return startSubgraph({
    name,
    schema: (await schema()).schema,
    identity: options.identity,
    port: options.port,
    host: options.host,
    services: { db: options.db, membership },
    ready: async () => (await options.db.$queryRaw<unknown[]>`SELECT 1`).length === 1,
  });
}
