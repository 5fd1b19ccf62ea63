#!/usr/bin/env node
/**
 * `npm run bench`: latency and throughput of representative operations through the real gateway
 * to the real subgraphs, on fresh databases with the demo data (PGlite by default; PostgreSQL with
 * TEST_DATABASE_URL). Timings belong here and in the README, never in tests.
 *   node scripts/bench.js [--requests 300] [--concurrency 8]
 */
const path = require("node:path");
const { parseArgs } = require("node:util");
const { performance } = require("node:perf_hooks");
require("reflect-metadata");

const { values } = parseArgs({ options: { requests: { type: "string", default: "300" }, concurrency: { type: "string", default: "8" } } });
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const root = path.join(__dirname, "..");
const registry = require(path.join(root, "schema", "subgraphs.json"));

async function main() {
  const { startPlatform } = require("@coopgraph/testing");
  const modules = registry.map((s) => require(path.join(root, "subgraphs", s.name, "dist", "app")));
  const platform = await startPlatform(modules);
  try {
    for (const s of registry) {
      const seed = require(path.join(root, "subgraphs", s.name, "dist", "seed"));
      const fn = Object.values(seed).find((v) => typeof v === "function" && v.name.startsWith("seed"));
      await fn(platform.db[s.name]);
    }
    const scenarios = [
      { name: "directory: cooperatives(first: 20)", query: "{ cooperatives(first: 20) { totalCount nodes { id name taxCode type status province } } }" },
      { name: "cooperatives(first: 34) with people (2 levels)", query: "{ cooperatives(first: 34) { nodes { name people(first: 10) { totalCount nodes { firstName lastName role } } } } }" },
      { name: "consortiumCompliance", query: "{ consortiumCompliance { members socialCooperatives ratio compliant } }" },
    ];
    if (registry.some((s) => s.name === "procurement")) {
      scenarios.push({
        name: "cross-subgraph: cooperatives with assignments and contract values",
        query: "{ cooperatives(first: 20, filter: { status: [ACTIVE] }) { nodes { name type assignments(first: 10) { nodes { sharePercent contract { value } } } } } }",
      });
    }
    const database = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite (in memory)";
    console.log(`coopgraph bench: ${REQUESTS} requests per scenario, ${CONCURRENCY} in flight, ${database}, Node ${process.version}\n`);
    console.log("| scenario | req/s | p50 ms | p95 ms | p99 ms | SQL statements per request |");
    console.log("|---|---|---|---|---|---|");
    for (const scenario of scenarios) {
      const check = await platform.query(scenario.query);
      if (check.errors) throw new Error(`${scenario.name}: ${JSON.stringify(check.errors)}`);
      platform.resetSqlCounts();
      await platform.query(scenario.query);
      const sql = registry.map((s) => `${s.name} ${platform.sqlCount(s.name)}`).join(", ");
      const token = await platform.token({ role: "ADMIN" });
      const latencies = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < REQUESTS) {
            next += 1;
            const t0 = performance.now();
            const res = await fetch(`${platform.url}/graphql`, {
              method: "POST",
              headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
              body: JSON.stringify({ query: scenario.query }),
            });
            const body = await res.json();
            if (body.errors) throw new Error(JSON.stringify(body.errors));
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
      console.log(`| ${scenario.name} | ${(latencies.length / seconds).toFixed(0)} | ${pct(50)} | ${pct(95)} | ${pct(99)} | ${sql} |`);
    }
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
