import type { GatewayConfig } from "@apollo/gateway";
import { LRUCache } from "lru-cache";

/** What ApolloGateway keeps its query plans in (`queryPlannerConfig.cache`). */
type PlanStore = NonNullable<NonNullable<GatewayConfig["queryPlannerConfig"]>["cache"]>;
type QueryPlan = NonNullable<Awaited<ReturnType<PlanStore["get"]>>>;

/** @apollo/gateway's own default size: planning an operation once per process is the point. */
export const DEFAULT_QUERY_PLAN_CACHE_MB = 30;

export interface QueryPlanCache extends PlanStore {
  /** Plans found, plans that had to be made, plans kept and their approximate size now. */
  stats(): { hits: number; misses: number; entries: number; bytes: number; maxBytes: number };
}

/**
 * The gateway's query plans, least recently used dropped first once they take `megabytes` of
 * memory (measured as their JSON, as @apollo/gateway measures them), counting hits and misses
 * for `GET /metrics`: a miss is an operation planned, which costs milliseconds of CPU; a
 * cache too small for the operations clients send shows as a falling hit rate. Cleared when the
 * supergraph changes.
 */
export function createQueryPlanCache(megabytes: number = DEFAULT_QUERY_PLAN_CACHE_MB): QueryPlanCache {
  const maxBytes = Math.max(1, Math.round(megabytes * 2 ** 20));
  const plans = new LRUCache<string, QueryPlan>({ maxSize: maxBytes, sizeCalculation: (plan) => Math.max(1, Buffer.byteLength(JSON.stringify(plan))) });
  let hits = 0;
  let misses = 0;
  return {
    async get(key) {
      const plan = plans.get(key);
      if (plan === undefined) misses++;
      else hits++;
      return plan;
    },
    async set(key, plan) {
      plans.set(key, plan);
    },
    async delete(key) {
      return plans.delete(key);
    },
    clear() {
      plans.clear();
    },
    stats: () => ({ hits, misses, entries: plans.size, bytes: plans.calculatedSize, maxBytes }),
  };
}
