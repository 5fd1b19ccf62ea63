import type { IdentityConfig } from "@coopgraph/identity";
import { buildFederatedSchema, signedInReference, startSubgraph, type RunningServer } from "@coopgraph/kit";
import path from "node:path";
import { ComplianceResolver } from "./compliance/compliance.resolver";
import { CooperativeResolver, resolveCooperativeReference } from "./cooperative/cooperative.resolver";
import type { PrismaClient } from "./db";
import { DurcResolver } from "./durc/durc.resolver";
import { CooperativePeopleResolver, PersonResolver, resolvePersonReference } from "./person/person.resolver";

export const name = "membership";
/** This subgraph's folder: prisma/ lives there. */
export const dir = path.join(__dirname, "..");
export { PrismaClient } from "./db";

/** The subgraph schema and its SDL; the compose step reads it from here. */
export function schema() {
  return buildFederatedSchema({
    resolvers: [CooperativeResolver, CooperativePeopleResolver, PersonResolver, DurcResolver, ComplianceResolver],
    referenceResolvers: {
      Cooperative: { __resolveReference: signedInReference(resolveCooperativeReference) },
      Person: { __resolveReference: signedInReference(resolvePersonReference) },
    },
  });
}

export interface StartOptions {
  db: PrismaClient;
  identity: IdentityConfig;
  port?: number;
  host?: string;
}

export async function start(options: StartOptions): Promise<RunningServer> {
  return startSubgraph({
    name,
    schema: (await schema()).schema,
    identity: options.identity,
    port: options.port,
    host: options.host,
    services: { db: options.db },
    ready: async () => (await options.db.$queryRaw<unknown[]>`SELECT 1`).length === 1,
  });
}
