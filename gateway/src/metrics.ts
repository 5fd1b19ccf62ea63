import type express from "express";
import type { DeduplicationCounts } from "./deduplication";
import type { QueryPlanCache } from "./queryPlanCache";
import { responseCacheStats } from "./responseCache";

/**
 * `GET /metrics` in the Prometheus text format: the subgraph requests this gateway process sent and
 * those an identical request in flight answered (by subgraph), the query-plan cache's hits and
 * misses, entries and bytes, the response cache's hits, misses and bypasses (by endpoint), and
 * the process's CPU time. Counts are per process.
 */
export function metricsRoute(counts: DeduplicationCounts, queryPlans: Record<string, QueryPlanCache>): express.RequestHandler {
  return (_req, res) => {
    const { user, system } = process.cpuUsage();
    const plans = Object.entries(queryPlans).map(([endpoint, cache]) => [endpoint, cache.stats()] as const);
    const lines = [
      "# HELP coopgraph_gateway_subgraph_requests_total Subgraph requests sent.",
      "# TYPE coopgraph_gateway_subgraph_requests_total counter",
      ...labelled("coopgraph_gateway_subgraph_requests_total", counts.sent),
      "# HELP coopgraph_gateway_subgraph_requests_deduplicated_total Subgraph requests answered by an identical request in flight.",
      "# TYPE coopgraph_gateway_subgraph_requests_deduplicated_total counter",
      ...labelled("coopgraph_gateway_subgraph_requests_deduplicated_total", counts.shared),
      "# HELP coopgraph_gateway_query_plan_cache_total Operations whose query plan was cached (hit) or had to be made (miss).",
      "# TYPE coopgraph_gateway_query_plan_cache_total counter",
      ...plans.flatMap(([endpoint, s]) => [
        `coopgraph_gateway_query_plan_cache_total{endpoint="${endpoint}",outcome="hit"} ${s.hits}`,
        `coopgraph_gateway_query_plan_cache_total{endpoint="${endpoint}",outcome="miss"} ${s.misses}`,
      ]),
      "# HELP coopgraph_gateway_query_plan_cache_entries Query plans kept.",
      "# TYPE coopgraph_gateway_query_plan_cache_entries gauge",
      ...plans.map(([endpoint, s]) => `coopgraph_gateway_query_plan_cache_entries{endpoint="${endpoint}"} ${s.entries}`),
      "# HELP coopgraph_gateway_query_plan_cache_bytes Approximate size of the query plans kept, and the most they may take.",
      "# TYPE coopgraph_gateway_query_plan_cache_bytes gauge",
      ...plans.flatMap(([endpoint, s]) => [
        `coopgraph_gateway_query_plan_cache_bytes{endpoint="${endpoint}"} ${s.bytes}`,
        `coopgraph_gateway_query_plan_cache_max_bytes{endpoint="${endpoint}"} ${s.maxBytes}`,
      ]),
      "# HELP coopgraph_gateway_response_cache_total Requests the response cache answered (hit), missed or bypassed.",
      "# TYPE coopgraph_gateway_response_cache_total counter",
      ...Object.entries(responseCacheStats()).flatMap(([endpoint, c]) =>
        Object.entries(c).map(([outcome, n]) => `coopgraph_gateway_response_cache_total{endpoint="${endpoint}",outcome="${outcome}"} ${n}`),
      ),
      "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.",
      "# TYPE process_cpu_seconds_total counter",
      `process_cpu_seconds_total ${(user + system) / 1e6}`,
      "",
    ];
    res.setHeader("Cache-Control", "no-store");
    res.type("text/plain; version=0.0.4").send(lines.join("\n"));
  };
}

function labelled(name: string, counts: Map<string, number>): string[] {
  return [...counts].map(([subgraph, n]) => `${name}{subgraph="${subgraph}"} ${n}`);
}
