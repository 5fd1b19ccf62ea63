import path from "node:path";
import { buildFederatedSchema, identityReader, serve, unauthenticated, type RunningServer } from "@coopgraph/kit";
import type { IdentityConfig } from "@coopgraph/identity";
import type { MembershipContext } from "./context";
import type { PrismaClient } from "./db";
import { ComplianceResolver } from "./compliance/compliance.resolver";
import { CooperativeResolver, resolveCooperativeReference } from "./cooperative/cooperative.resolver";
import { DurcResolver } from "./durc/durc.resolver";
import { CooperativePeopleResolver, PersonResolver, resolvePersonReference } from "./person/person.resolver";

export const name = "membership";
/** This subgraph's folder: prisma/ lives there. */
export const dir = path.join(__dirname, "..");
export { PrismaClient } from "./db";

/** Entities reached from other subgraphs: only a signed-in caller may resolve them. */
function signedIn<T>(resolve: (ref: { id: string }, ctx: MembershipContext) => Promise<T>) {
  return (ref: { id: string }, ctx: MembershipContext) => {
    if (!ctx.identity) throw unauthenticated();
    return resolve(ref, ctx);
  };
}

/** The subgraph schema and its SDL; the compose step reads it from here. */
export function schema() {
  return buildFederatedSchema({
    resolvers: [CooperativeResolver, CooperativePeopleResolver, PersonResolver, DurcResolver, ComplianceResolver],
    referenceResolvers: {
      Cooperative: { __resolveReference: signedIn(resolveCooperativeReference) },
      Person: { __resolveReference: signedIn(resolvePersonReference) },
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
  const built = await schema();
  const readIdentity = identityReader(options.identity);
  return serve<MembershipContext>({
    name,
    schema: built.schema,
    port: options.port,
    host: options.host,
    context: async (req) => ({ ...(await readIdentity(req.headers as Record<string, string>)), db: options.db }),
    ready: async () => {
      await options.db.$queryRaw`SELECT 1`;
      return true;
    },
  });
}
