import { errorsOf } from "@coopgraph/testing";
import { isoInDays } from "@coopgraph/testing";
import type { Role } from "@coopgraph/identity";
import { type RunningServer } from "@coopgraph/kit";
import { startPlatform } from "@coopgraph/testing";
import type { PrismaClient as MembershipPrismaClient } from "@coopgraph/membership";
import { subgraph as procurement } from "../../src/app";
import type { PrismaClient } from "../../src/db";

export interface Caller {
  role: Role;
  coopId?: string;
}

export interface GraphQLAnswer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/**
 * The real platform around procurement (`startPlatform` from @coopgraph/testing): membership,
 * inclusion (asked for the 30% verdicts of reserved contracts) and procurement, each on a fresh migrated database, and the real gateway in front of them, all
 * over HTTP. `query` talks to procurement's own URL (its subgraph API, `_entities` included);
 * procurement asks membership through the real gateway, so what membership knows is what the test
 * wrote to `membershipDb`.
 */
export async function startProcurement() {
  const platform = await startPlatform(["membership", "inclusion", procurement]);
  const others: RunningServer[] = [];
  const db = platform.db.procurement as PrismaClient;

  async function send(url: string, query: string, variables: Record<string, unknown>, caller: Caller | null): Promise<GraphQLAnswer> {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(caller ? { authorization: `Bearer ${await platform.token(caller)}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLAnswer;
  }

  return {
    platform,
    /** Procurement's database. */
    db,
    /** Membership's database: what membership knows about cooperatives. */
    membershipDb: platform.db.membership as MembershipPrismaClient,
    url: platform.subgraphUrls.procurement,
    /** Sends one GraphQL operation straight to procurement as `caller` (anonymous when null). */
    query(query: string, variables: Record<string, unknown> = {}, caller: Caller | null = { role: "ADMIN" }): Promise<GraphQLAnswer> {
      return send(platform.subgraphUrls.procurement, query, variables, caller);
    },
    /** SQL statements `subgraph`'s database received since the last reset. */
    sqlCount: (subgraph: "procurement" | "membership" = "procurement") => platform.sqlCount(subgraph),
    resetSqlCounts: () => platform.resetSqlCounts(),
    /** Stops membership's server for good (its database stays): the gateway can no longer reach it. */
    stopMembership: () => platform.stopSubgraph("membership"),
    /**
     * A second procurement server on the same database that asks membership through `gatewayUrl`
     * instead of the real gateway, waiting at most `membershipTimeoutMs` for it.
     */
    async procurementAskingGatewayAt(gatewayUrl: string, membershipTimeoutMs = 1_000) {
      const server = await procurement.start({
        db: platform.db.procurement,
        identity: platform.identity,
        host: "127.0.0.1",
        port: 0,
        gatewayUrl: () => gatewayUrl,
        askTimeoutMs: membershipTimeoutMs,
      });
      others.push(server);
      return {
        query: (query: string, variables: Record<string, unknown> = {}, caller: Caller | null = { role: "ADMIN" }) => send(server.url, query, variables, caller),
      };
    },
    async stop() {
      for (const server of others) await server.stop();
      await platform.stop();
    },
  };
}

export type Procurement = Awaited<ReturnType<typeof startProcurement>>;

export { errorsOf };

let cigCounter = 0;
/** A fresh valid CIG per call, unique within a test run. */
export function nextCig(): string {
  cigCounter += 1;
  return `T${process.pid.toString(36).toUpperCase().padStart(4, "0").slice(-4)}${String(cigCounter).padStart(5, "0")}`;
}

export { day } from "@coopgraph/testing";
export { isoInDays };
export const isoToday = () => isoInDays(0);
