import express from "express";
import { GraphQLError } from "graphql";
import { createSubgraphFetcher, type SubgraphAgents } from "./fetcher";

export const DEFAULT_READY_TIMEOUT_MS = 2_000;

export interface HealthOptions {
  /** The subgraphs the gateway calls, with their GraphQL URLs. */
  subgraphs: () => Array<{ name: string; url: string }>;
  agents: SubgraphAgents;
  /** How long each subgraph's /ready may take. */
  timeoutMs?: number;
}

type SubgraphState = { status: "ready" } | { status: "unavailable"; reason: string };

/**
 * `/health`: the gateway process is alive (for a liveness probe; asks nobody).
 * `/ready`: every subgraph's own `/ready` (same origin as its GraphQL URL) answered 200 in time
 * (for a readiness probe or a load balancer): 200, else 503; the body gives each subgraph's state.
 */
export function healthRoutes({ subgraphs, agents, timeoutMs = DEFAULT_READY_TIMEOUT_MS }: HealthOptions): express.Router {
  const router = express.Router();
  router.get("/health", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ status: "ok" });
  });
  router.get("/ready", async (_req, res) => {
    const checks = await Promise.all(subgraphs().map(async ({ name, url }) => [name, await readiness(name, url)] as const));
    const ready = checks.every(([, state]) => state.status === "ready");
    res.setHeader("Cache-Control", "no-store");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", subgraphs: Object.fromEntries(checks) });
  });
  return router;

  async function readiness(name: string, graphqlUrl: string): Promise<SubgraphState> {
    const fetch = createSubgraphFetcher({ subgraph: name, timeoutMs, agents });
    try {
      const response = await fetch(new URL("/ready", graphqlUrl).href, { method: "GET", headers: { accept: "application/json" } });
      return response.status === 200 ? { status: "ready" } : { status: "unavailable", reason: `its /ready answered ${response.status}` };
    } catch (error) {
      return { status: "unavailable", reason: error instanceof GraphQLError ? error.message : String(error) };
    }
  }
}
