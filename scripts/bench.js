#!/usr/bin/env node
/**
 * `npm run bench`: latency and throughput through the real gateway to the real subgraphs, each in
 * its own process as `npm start` runs them, on fresh embedded PGlite databases with the demo data
 * or, with --postgres <server URL>, on new databases coopgraph_bench_<subgraph> on that server.
 * Timings belong here and in the README, never in tests; tests assert SQL statement counts instead.
 *   npm run bench -- [--requests 400] [--concurrency 8] [--postgres postgresql://postgres@127.0.0.1:5432/postgres]
 */
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { parseArgs } = require("node:util");
const { performance } = require("node:perf_hooks");

const { values } = parseArgs({
  options: { requests: { type: "string", default: "400" }, concurrency: { type: "string", default: "8" }, postgres: { type: "string" } },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const root = path.join(__dirname, "..");
const PORT = 14_900;

const SCENARIOS = [
  { name: "directory: `cooperatives(first: 20)`", query: "{ cooperatives(first: 20) { totalCount nodes { id name taxCode type status province } } }" },
  { name: "34 cooperatives with their people", query: "{ cooperatives(first: 34) { nodes { name people(first: 10) { totalCount nodes { firstName lastName role } } } } }" },
  { name: "`consortiumCompliance`", query: "{ consortiumCompliance { members socialCooperatives ratio compliant } }" },
  {
    name: "across subgraphs: 20 cooperatives with assignments and contract values",
    query:
      "{ cooperatives(first: 20, filter: { status: [ACTIVE] }) { nodes { name type assignments(first: 10) { nodes { sharePercent contract { value } } } contractValue(year: 2026) } } }",
  },
  {
    name: "across subgraphs: 20 contracts with assignees' names",
    query: "{ contracts(first: 20) { nodes { value tender { title cig } assignments { nodes { sharePercent cooperative { name type } } } } } }",
  },
];

/** New empty databases on the PostgreSQL server, one per subgraph: `<NAME>_DATABASE_URL` for start.js. */
async function postgresDatabases(serverUrl) {
  const { Client } = require("pg");
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const env = {};
  try {
    for (const { name } of require(path.join(root, "subgraphs", "registry.json"))) {
      const database = `coopgraph_bench_${name}`;
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${database}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${database}`;
      env[`${name.toUpperCase()}_DATABASE_URL`] = url.toString();
    }
  } finally {
    await admin.end();
  }
  return env;
}

function startPlatform(dataDir, databases) {
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.js")], {
    cwd: root,
    env: { ...process.env, ...databases, PORT: String(PORT), SUBGRAPH_PORT_BASE: String(PORT + 1), COOPGRAPH_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const token = /^\s+ADMIN\s+(\S+)$/m.exec(output);
      if (output.includes("coopgraph is up") && token) {
        clearInterval(timer);
        resolve({ child, token: token[1], startup: (/up in ([\d.]+) s/.exec(output) ?? [])[1] });
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`start failed:\n${output}`));
      }
    }, 100);
  });
}

async function run(scenario, token) {
  const send = async () => {
    const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: scenario.query }),
    });
    const body = /** @type {{ errors?: unknown }} */ (await res.json());
    if (body.errors) throw new Error(`${scenario.name}: ${JSON.stringify(body.errors)}`);
  };
  for (let i = 0; i < 20; i++) await send(); // warm-up: query plans, JIT, connections
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        const t0 = performance.now();
        await send();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  return `| ${scenario.name} | ${(latencies.length / seconds).toFixed(0)} | ${pct(50)} | ${pct(95)} | ${pct(99)} |`;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coopgraph-bench-"));
  const databases = values.postgres ? await postgresDatabases(values.postgres) : {};
  const platform = await startPlatform(dataDir, databases);
  try {
    const database = values.postgres ? "PostgreSQL 15 on this machine" : "embedded PGlite";
    console.log(
      `coopgraph bench: ${REQUESTS} requests per scenario, ${CONCURRENCY} in flight, ${database}, ` +
        `${os.cpus().length} cores, Node ${process.version}; started in ${platform.startup} s\n`,
    );
    console.log("| scenario | req/s | p50 ms | p95 ms | p99 ms |");
    console.log("|---|---|---|---|---|");
    for (const scenario of SCENARIOS) console.log(await run(scenario, platform.token));
  } finally {
    const exited = new Promise((resolve) => platform.child.once("exit", resolve));
    platform.child.kill("SIGINT");
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
