import { createQueryPlanCache } from "../src/queryPlanCache";
import type { RunningGateway } from "../src/gateway";
import { gatewayOver, ITEMS_WITH_STOCK } from "./support/gateway";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

let subgraphs: TestSubgraphs;
let gateway: RunningGateway;
beforeAll(async () => {
  subgraphs = await startSubgraphs();
  gateway = await gatewayOver(subgraphs);
});
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

/** The query-plan cache's lines of the gateway's /metrics, as `name{labels}` → value. */
async function planMetrics(): Promise<Record<string, number>> {
  const text = await (await fetch(`${gateway.url}/metrics`)).text();
  return Object.fromEntries(
    text
      .split("\n")
      .filter((line) => line.startsWith("coopgraph_gateway_query_plan_cache"))
      .map((line) => [line.slice(0, line.lastIndexOf(" ")), Number(line.slice(line.lastIndexOf(" ") + 1))]),
  );
}

const post = (query: string) =>
  fetch(`${gateway.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) }).then((r) => r.json());

describe("the query-plan cache", () => {
  it("plans an operation once and finds it after, and /metrics shows hits, misses, entries and bytes", async () => {
    const before = await planMetrics();
    const hits = () => before['coopgraph_gateway_query_plan_cache_total{endpoint="main",outcome="hit"}'];
    for (let i = 0; i < 3; i++) expect((await post(ITEMS_WITH_STOCK)).errors).toBeUndefined();
    expect((await post("{ items { id } }")).errors).toBeUndefined();

    const after = await planMetrics();
    expect(
      after['coopgraph_gateway_query_plan_cache_total{endpoint="main",outcome="miss"}'] - before['coopgraph_gateway_query_plan_cache_total{endpoint="main",outcome="miss"}'],
    ).toBe(2);
    expect(after['coopgraph_gateway_query_plan_cache_total{endpoint="main",outcome="hit"}'] - hits()).toBe(2);
    expect(after['coopgraph_gateway_query_plan_cache_entries{endpoint="main"}']).toBe(before['coopgraph_gateway_query_plan_cache_entries{endpoint="main"}'] + 2);
    expect(after['coopgraph_gateway_query_plan_cache_bytes{endpoint="main"}']).toBeGreaterThan(0);
    expect(after['coopgraph_gateway_query_plan_cache_max_bytes{endpoint="main"}']).toBe(30 * 2 ** 20);
  });

  it("drops the least recently used plans once they take more than its size", async () => {
    const cache = createQueryPlanCache(1 / 1024); // 1 KiB
    const plan = (n: number) => ({ kind: "QueryPlan", node: { kind: "Fetch", serviceName: `s${n}`, operation: "x".repeat(300) } }) as never;
    for (let n = 0; n < 6; n++) await cache.set(`op${n}`, plan(n));
    expect(await cache.get("op0")).toBeUndefined();
    expect(await cache.get("op5")).toEqual(plan(5));
    const stats = cache.stats();
    expect(stats.bytes).toBeLessThanOrEqual(1024);
    expect(stats).toMatchObject({ entries: 2, hits: 1, misses: 1, maxBytes: 1024 });
  });
});
