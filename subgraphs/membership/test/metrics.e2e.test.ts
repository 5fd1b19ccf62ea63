import { identityConfigFromEnv, signToken } from "@coopgraph/identity";
import { createMetrics, type RunningServer } from "@coopgraph/kit";
import { subgraphDatabase } from "@coopgraph/testing";
import type { FreshDatabase } from "@coopgraph/db/testing";
import { subgraph as membership } from "../src/app";
import { seedMembership } from "../src/seed";

// GET /metrics as `runSubgraph` serves it: the counter is the database's onQuery listener.
const metrics = createMetrics();
const identity = identityConfigFromEnv({});
let database: FreshDatabase<any>;
let server: RunningServer;
beforeAll(async () => {
  database = await subgraphDatabase(membership, metrics.countStatement);
  await seedMembership(database.prisma);
  server = await membership.start({ db: database.prisma, identity, port: 0, host: "127.0.0.1", gatewayUrl: () => "http://127.0.0.1:9", metrics });
});
afterAll(async () => {
  await server?.stop();
  await database?.close();
});

const base = () => server.url.replace(/\/graphql$/, "");

async function scrape(): Promise<{ contentType: string | null; statements: number; cpuSeconds: number }> {
  const res = await fetch(`${base()}/metrics`);
  expect(res.status).toBe(200);
  const text = await res.text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]);
  expect(text).toContain("# TYPE coopgraph_sql_statements_total counter");
  return { contentType: res.headers.get("content-type"), statements: value("coopgraph_sql_statements_total"), cpuSeconds: value("process_cpu_seconds_total") };
}

describe("GET /metrics", () => {
  it("counts the SQL statements a query sends, in the Prometheus text format", async () => {
    const before = await scrape();
    expect(before.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(before.statements).toBe(metrics.statements());
    const token = await signToken({ sub: "test-admin", role: "ADMIN" }, identity);
    const res = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ cooperatives(first: 3) { totalCount nodes { name people(first: 2) { totalCount } } } }" }),
    });
    const body = (await res.json()) as { data?: { cooperatives: { nodes: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.cooperatives.nodes).toHaveLength(3);
    const after = await scrape();
    // The page, its count and the people's pages: at least two statements, all of them counted.
    expect(after.statements - before.statements).toBeGreaterThanOrEqual(2);
    expect(after.statements).toBe(metrics.statements());
    expect(after.cpuSeconds).toBeGreaterThan(0);
    // Scraping sends no SQL.
    expect((await scrape()).statements).toBe(after.statements);
  });
});
