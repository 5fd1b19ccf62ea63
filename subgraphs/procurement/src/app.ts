import type { IdentityConfig } from "@coopgraph/identity";
import path from "node:path";
import { buildFederatedSchema, identityReader, serve, unauthenticated, type RunningServer } from "@coopgraph/kit";
import { AssignmentResolver, resolveAssignmentReference } from "./assignment/assignment.resolver";
import type { ProcurementContext } from "./context";
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

/** Entities reached from other subgraphs: only a signed-in caller may resolve them. */
function signedIn<T>(resolve: (ref: { id: string }, ctx: ProcurementContext) => T | Promise<T>) {
  return (ref: { id: string }, ctx: ProcurementContext) => {
    if (!ctx.identity) throw unauthenticated();
    return resolve(ref, ctx);
  };
}

/** The subgraph schema and its SDL; the compose step reads it from here. */
export function schema() {
  return buildFederatedSchema({
    resolvers: [TenderResolver, ContractResolver, AssignmentResolver, CooperativeContractsResolver, GroupPurchaseResolver],
    referenceResolvers: {
      Tender: { __resolveReference: signedIn(resolveTenderReference) },
      Contract: { __resolveReference: signedIn(resolveContractReference) },
      Assignment: { __resolveReference: signedIn(resolveAssignmentReference) },
      Cooperative: { __resolveReference: signedIn(resolveCooperativeReference) },
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
  const built = await schema();
  const readIdentity = identityReader(options.identity);
  const membership: MembershipClient = membershipClient({ gatewayUrl: options.gatewayUrl, identity: options.identity, timeoutMs: options.membershipTimeoutMs });
  return serve<ProcurementContext>({
    name,
    schema: built.schema,
    port: options.port,
    host: options.host,
    context: async (req) => ({ ...(await readIdentity(req.headers as Record<string, string>)), db: options.db, membership }),
    ready: async () => {
      await options.db.$queryRaw`SELECT 1`;
      return true;
    },
  });
}
