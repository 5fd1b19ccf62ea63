#!/usr/bin/env node
/**
 * `npm run bench`: our gateway and Hive Gateway side by side on the same supergraph and the same
 * subgraph processes, each with its in-flight deduplication on and off, and each operation sent
 * straight to its subgraph where it belongs to one. Every subgraph runs in its own process as
 * `npm start` runs it (its registry port unless SUBGRAPH_PORT_BASE), on fresh embedded PGlite
 * databases with the demo data, or with --postgres <server URL> on fresh databases
 * coopgraph_bench_<subgraph> there, or with --large on the databases `npm run seed:large` filled
 * (<prefix>_<subgraph> on that server, or each <NAME>_DATABASE_URL) with its variables file.
 * Before measuring, every gateway's answer to each operation must equal ours. Each round runs
 * every operation against every target in turn, the order shifted from round to round; CPU time
 * per request comes from /proc/<pid>/stat, SQL statements from each subgraph's GET /metrics.
 * Timings belong here and in the README, never in tests.
 *   npm run bench -- [--connections 20] [--rounds 3] [--duration 10] [--warmup 3] [--port 14900]
 *     [--postgres postgresql://postgres@127.0.0.1:5432/postgres] [--large --variables <file> [--prefix coopgraph_large]]
 *     [--only CooperativeDashboard,TendersByStatus] [--out bench.md]
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { parseArgs } = require("node:util");
const { identityConfigFromEnv, signToken } = require("@coopgraph/identity");
const { databaseUrlVariable, readRegistry } = require("@coopgraph/kit");
const { differences, loadOperations } = require("./bench/operations");
const { Target, percentile, runLoad } = require("./bench/load");
const { CLK_TCK, checkPortsFree, cpuTicks, startProcess, stopAll, waitReady } = require("./bench/processes");

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "20" },
    rounds: { type: "string", default: "3" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    port: { type: "string", default: "14900" },
    postgres: { type: "string" },
    large: { type: "boolean", default: false },
    prefix: { type: "string", default: "coopgraph_large" },
    variables: { type: "string" },
    only: { type: "string" },
    out: { type: "string" },
  },
});
const positive = (name) => {
  const n = Number(values[name]);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number, not '${values[name]}'`);
  return n;
};
const CONNECTIONS = Math.round(positive("connections"));
const ROUNDS = Math.round(positive("rounds"));
const DURATION = positive("duration");
const WARMUP = Number(values.warmup) || 0;
const PORT = Math.round(positive("port"));
const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

const root = path.join(__dirname, "..");
const registry = readRegistry();
const subgraphPort = (entry, i) => (process.env.SUBGRAPH_PORT_BASE ? Number(process.env.SUBGRAPH_PORT_BASE) + i : entry.port);
const envName = (name) => name.toUpperCase().replace(/-/g, "_");

/**
 * The gateways, in the order of the first round: ours and Hive with their deduplication on, then
 * off. `env` is what differs between the two of a kind.
 */
const GATEWAYS = [
  { key: "ours", label: "ours", kind: "ours", port: PORT, env: {} },
  { key: "hive", label: "Hive", kind: "hive", port: PORT + 2, env: {} },
  { key: "ours-nodedup", label: "ours, no dedup", kind: "ours", port: PORT + 1, env: { SUBGRAPH_DEDUPLICATION: "false" } },
  { key: "hive-nodedup", label: "Hive, no dedup", kind: "hive", port: PORT + 3, env: { HIVE_BENCH_DEDUPLICATION: "false" } },
];
/**
 * What the subgraphs ask of other domains while they answer (inclusion asks membership for a
 * cooperative's workforce, for the dashboard's inclusionCompliance) goes through a gateway of
 * its own, whatever the gateway measured: its CPU is counted with the subgraphs'.
 */
const ASKS_PORT = PORT + 4;

/** New empty databases on the PostgreSQL server, one per subgraph. @param {string} serverUrl */
async function freshPostgresDatabases(serverUrl) {
  const { Client } = require("pg");
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  /** @type {Record<string, string>} */
  const urls = {};
  try {
    for (const { name } of registry) {
      const database = `coopgraph_bench_${name}`;
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${database}"`);
      urls[name] = withDatabase(serverUrl, database);
    }
  } finally {
    await admin.end();
  }
  return urls;
}

/** @param {string} serverUrl @param {string} database */
function withDatabase(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Each subgraph's DATABASE_URL and a description of where the data is. @param {string} dataDir */
async function databases(dataDir) {
  if (values.large) {
    const server = values.postgres ?? DEFAULT_SERVER;
    /** @type {Record<string, string>} */
    const urls = {};
    for (const { name } of registry) urls[name] = process.env[databaseUrlVariable(name)] || withDatabase(server, `${values.prefix}_${name}`);
    return { urls, label: `PostgreSQL, the large data set (${values.prefix}_<subgraph>)` };
  }
  if (values.postgres) return { urls: await freshPostgresDatabases(values.postgres), label: "PostgreSQL on this machine, demo data" };
  return { urls: Object.fromEntries(registry.map(({ name }) => [name, `pglite:${path.join(dataDir, name)}`])), label: "embedded PGlite, demo data" };
}

/** The committed supergraph with each subgraph's URL set to where the bench runs it. @param {Record<string, string>} urls */
function supergraphWith(urls) {
  const sdl = fs.readFileSync(path.join(root, "schema", "supergraph.graphql"), "utf8");
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole));
}

/** coopgraph_sql_statements_total summed over the subgraphs. @param {string[]} metricsUrls */
async function sqlStatements(metricsUrls) {
  let total = 0;
  for (const url of metricsUrls) {
    const text = await (await fetch(url)).text();
    const match = /^coopgraph_sql_statements_total (\d+)/m.exec(text);
    if (!match) throw new Error(`${url} has no coopgraph_sql_statements_total: is the kit built (npm run build)?`);
    total += Number(match[1]);
  }
  return total;
}

function machineLine(database) {
  const model = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? "unknown CPU";
  return `${os.cpus().length} cores (${model}), Node ${process.version}, ${database}`;
}

const fixed = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–");
const share = (part, whole) => (whole > 0 ? `${((100 * part) / whole).toFixed(0)}%` : "–");

async function main() {
  const operations = loadOperations({ only: values.only?.split(",").map((s) => s.trim()), variablesFile: values.variables });
  if (operations.length === 0) throw new Error(`--only ${values.only} names no operation`);
  if (values.large && !values.variables) throw new Error("--large needs --variables <file>: the JSON `npm run seed:large` writes (a large cooperative's id…)");
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "coopgraph-bench-"));
  const where = { cwd: root, logDir: workDir };
  const stopping = async () => {
    await stopAll();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => stopping().then(() => process.exit(130)));
  try {
    const subgraphs = registry.map((entry, i) => ({ name: entry.name, port: subgraphPort(entry, i) }));
    await checkPortsFree([...subgraphs.map((s) => s.port), ...GATEWAYS.map((g) => g.port), ASKS_PORT]);
    const db = await databases(workDir);
    const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, `http://127.0.0.1:${s.port}/graphql`]));
    const started = Date.now();

    const subgraphProcesses = subgraphs.map((s) =>
      startProcess(
        s.name,
        [path.join(root, "subgraphs", s.name, "dist", "index.js")],
        {
          PORT: String(s.port),
          HOST: "127.0.0.1",
          DATABASE_URL: db.urls[s.name],
          GATEWAY_URL: `http://127.0.0.1:${ASKS_PORT}`,
          ...(values.large ? { SEED_DEMO_DATA: "false" } : {}),
        },
        where,
      ),
    );
    await Promise.all(subgraphProcesses.map((p, i) => waitReady(p, `http://127.0.0.1:${subgraphs[i].port}/ready`)));

    const supergraphFile = path.join(workDir, "supergraph.graphql");
    fs.writeFileSync(supergraphFile, supergraphWith(subgraphUrls));
    const hiveBin = path.join(path.dirname(require.resolve("@graphql-hive/gateway/package.json")), "dist", "bin.js");
    const hiveConfig = path.join(__dirname, "bench", "hive.config.js");
    const oursEnv = Object.fromEntries(subgraphs.map((s) => [`SUBGRAPH_URL_${envName(s.name)}`, subgraphUrls[s.name]]));
    const gateways = GATEWAYS.map((g) => {
      const proc =
        g.kind === "ours"
          ? startProcess(g.key, [path.join(root, "gateway", "dist", "index.js")], { PORT: String(g.port), HOST: "127.0.0.1", ...oursEnv, ...g.env }, where)
          : startProcess(g.key, [hiveBin, "supergraph", supergraphFile, "--config-path", hiveConfig, "--port", String(g.port), "--host", "127.0.0.1"], g.env, where);
      return { ...g, proc, url: `http://127.0.0.1:${g.port}/graphql` };
    });
    const asks = startProcess("asks", [path.join(root, "gateway", "dist", "index.js")], { PORT: String(ASKS_PORT), HOST: "127.0.0.1", ...oursEnv }, where);
    await Promise.all([
      waitReady(asks, `http://127.0.0.1:${ASKS_PORT}/ready`),
      ...gateways.map((g) => waitReady(g.proc, `http://127.0.0.1:${g.port}${g.kind === "ours" ? "/ready" : "/readiness"}`)),
    ]);
    const startup = ((Date.now() - started) / 1000).toFixed(1);

    const token = await signToken({ sub: "bench-admin", role: "ADMIN" }, identityConfigFromEnv(), { expiresIn: "12h" });
    const connections = CONNECTIONS;
    const targets = new Map(gateways.map((g) => [g.key, new Target(g.url, connections)]));
    for (const s of subgraphs) targets.set(`subgraph:${s.name}`, new Target(subgraphUrls[s.name], connections));
    const metricsUrls = subgraphs.map((s) => `http://127.0.0.1:${s.port}/metrics`);
    const subgraphPids = [...subgraphProcesses, asks].map((p) => /** @type {number} */ (p.child.pid));
    const subgraphTicks = () => subgraphPids.reduce((sum, pid) => sum + cpuTicks(pid), 0);

    /** Every (operation, target) to measure; `gateway` is undefined straight to a subgraph. */
    const cases = operations.flatMap((op) => [
      ...gateways.map((g) => ({ op, key: g.key, label: g.label, target: /** @type {Target} */ (targets.get(g.key)), gateway: g })),
      ...(op.subgraph
        ? [{ op, key: "direct", label: `straight to ${op.subgraph}`, target: /** @type {Target} */ (targets.get(`subgraph:${op.subgraph}`)), gateway: undefined }]
        : []),
    ]);

    // Same answers first: each gateway's, and the subgraph's own, must be ours, without errors.
    for (const op of operations) {
      const body = JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name });
      /** @type {unknown} */
      let reference;
      for (const c of cases.filter((x) => x.op === op)) {
        const { status, text } = await c.target.send(body, token);
        let answer;
        try {
          answer = JSON.parse(text);
        } catch {
          throw new Error(`${op.name} via ${c.label}: HTTP ${status}, not JSON: ${text.slice(0, 300)}`);
        }
        if (status !== 200 || answer.errors || !answer.data) throw new Error(`${op.name} via ${c.label}: HTTP ${status} ${text.slice(0, 1000)}`);
        if (reference === undefined) reference = answer.data;
        else {
          const diff = differences(reference, answer.data);
          if (diff.length) throw new Error(`${op.name}: ${c.label} answers other data than ours:\n  ${diff.join("\n  ")}`);
        }
      }
    }
    const dedupRead = fs
      .readdirSync(path.join(root, "gateway", "dist"))
      .some((f) => f.endsWith(".js") && fs.readFileSync(path.join(root, "gateway", "dist", f), "utf8").includes("SUBGRAPH_DEDUPLICATION"));

    const log = (line) => process.stderr.write(`${line}\n`);
    log(`bench: ${operations.length} operations, ${cases.length} operation × target pairs, the same answers from all; started in ${startup} s`);
    if (WARMUP > 0) {
      log(`warm-up: ${WARMUP} s each`);
      for (const c of cases) {
        const body = JSON.stringify({ query: c.op.query, variables: c.op.variables, operationName: c.op.name });
        await runLoad(c.target, body, token, { connections, seconds: WARMUP });
      }
    }

    /** @type {Map<string, { requests: number, errors: number, seconds: number, latencies: number[], gatewayTicks: number, subgraphTicks: number, sql: number, rates: number[], firstError?: string }>} */
    const totals = new Map();
    const order = ["ours", "hive", "ours-nodedup", "hive-nodedup", "direct"];
    for (let round = 0; round < ROUNDS; round++) {
      const shifted = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
      log(`round ${round + 1}/${ROUNDS}: ${shifted.join(", ")}`);
      for (const op of operations) {
        const body = JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name });
        for (const key of shifted) {
          const c = cases.find((x) => x.op === op && x.key === key);
          if (!c) continue;
          const gatewayPid = c.gateway?.proc.child.pid;
          const before = { gateway: gatewayPid ? cpuTicks(gatewayPid) : 0, subgraphs: subgraphTicks(), sql: await sqlStatements(metricsUrls) };
          const result = await runLoad(c.target, body, token, { connections, seconds: DURATION });
          const after = { gateway: gatewayPid ? cpuTicks(gatewayPid) : 0, subgraphs: subgraphTicks(), sql: await sqlStatements(metricsUrls) };
          const id = `${op.name}|${key}`;
          const t = totals.get(id) ?? { requests: 0, errors: 0, seconds: 0, latencies: [], gatewayTicks: 0, subgraphTicks: 0, sql: 0, rates: [] };
          t.requests += result.requests;
          t.errors += result.errors;
          t.seconds += result.seconds;
          for (const l of result.latencies) t.latencies.push(l);
          t.gatewayTicks += after.gateway - before.gateway;
          t.subgraphTicks += after.subgraphs - before.subgraphs;
          t.sql += after.sql - before.sql;
          t.rates.push(result.requests / result.seconds);
          t.firstError ??= result.firstError;
          totals.set(id, t);
          log(`  ${op.name} via ${c.label}: ${(result.requests / result.seconds).toFixed(0)} req/s${result.errors ? `, ${result.errors} errors` : ""}`);
        }
      }
    }
    for (const target of targets.values()) await target.close();

    const ms = (ticks) => (ticks * 1000) / CLK_TCK;
    const figures = (op, key) => {
      const t = totals.get(`${op.name}|${key}`);
      if (!t) return undefined;
      const sorted = [...t.latencies].sort((a, b) => a - b);
      const gatewayMs = ms(t.gatewayTicks) / t.requests;
      const subgraphMs = ms(t.subgraphTicks) / t.requests;
      return {
        ...t,
        rps: t.requests / t.seconds,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        gatewayMs,
        subgraphMs,
        sqlPerRequest: t.sql / t.requests,
        spread: `${Math.min(...t.rates).toFixed(0)}–${Math.max(...t.rates).toFixed(0)}`,
      };
    };

    const out = [];
    out.push(`Machine: ${machineLine(db.label)}; the load generator, the gateways, the subgraphs and the database share it.`);
    out.push(
      `Load: ${connections} keep-alive connections, ${ROUNDS} rounds of ${DURATION} s per operation and target after ${WARMUP} s of warm-up, ` +
        `targets in turn, the order shifted each round; CPU from /proc/<pid>/stat (${CLK_TCK} ticks/s); SQL from each subgraph's /metrics. ` +
        "What subgraphs ask of other domains goes through another instance of our gateway, counted with the subgraphs.",
    );
    if (!db.label.startsWith("embedded")) out.push("Subgraphs' CPU is their processes' own: the PostgreSQL server's is not counted.");
    if (!dedupRead) out.push("Note: this build of our gateway does not read SUBGRAPH_DEDUPLICATION: its two columns run the same code.");
    out.push("");
    out.push("| operation | target | req/s | (rounds) | p50 ms | p99 ms | gateway CPU ms/req | subgraphs CPU ms/req | gateway share of CPU | SQL/req | errors |");
    out.push("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const c of cases) {
      const f = figures(c.op, c.key);
      if (!f) continue;
      out.push(
        `| ${c.op.name} | ${c.label} | ${fixed(f.rps, 0)} | ${f.spread} | ${fixed(f.p50, 1)} | ${fixed(f.p99, 1)} | ${c.gateway ? fixed(f.gatewayMs, 2) : "–"} | ` +
          `${fixed(f.subgraphMs, 2)} | ${c.gateway ? share(f.gatewayMs, f.gatewayMs + f.subgraphMs) : "–"} | ${fixed(f.sqlPerRequest, 1)} | ${f.errors} |`,
      );
    }
    out.push("");
    out.push(
      "| operation | ours/Hive req/s | ours/Hive req/s, no dedup | ours/Hive gateway CPU per req | ours/Hive gateway CPU per req, no dedup | gateway share: ours | gateway share: Hive | subgraph alone req/s | ours/alone req/s | end-to-end CPU via ours / alone |",
    );
    out.push("|---|---|---|---|---|---|---|---|---|---|");
    for (const op of operations) {
      const [ours, hive, oursNd, hiveNd, direct] = ["ours", "hive", "ours-nodedup", "hive-nodedup", "direct"].map((k) => figures(op, k));
      if (!ours || !hive || !oursNd || !hiveNd) continue;
      out.push(
        `| ${op.name} | ${ratio(ours.rps, hive.rps)} | ${ratio(oursNd.rps, hiveNd.rps)} | ${ratio(ours.gatewayMs, hive.gatewayMs)} | ${ratio(oursNd.gatewayMs, hiveNd.gatewayMs)} | ` +
          `${share(ours.gatewayMs, ours.gatewayMs + ours.subgraphMs)} | ${share(hive.gatewayMs, hive.gatewayMs + hive.subgraphMs)} | ` +
          `${direct ? fixed(direct.rps, 0) : "–"} | ${direct ? ratio(ours.rps, direct.rps) : "–"} | ${direct ? ratio(ours.gatewayMs + ours.subgraphMs, direct.subgraphMs) : "–"} |`,
      );
    }
    const failed = cases.map((c) => ({ c, f: figures(c.op, c.key) })).filter(({ f }) => f?.errors);
    for (const { c, f } of failed) out.push(`\n${c.op.name} via ${c.label}: ${f?.errors} errors, the first: ${f?.firstError}`);
    const text = `${out.join("\n")}\n`;
    process.stdout.write(text);
    if (values.out) fs.writeFileSync(values.out, text);
  } finally {
    await stopping();
  }
}

main().catch(async (error) => {
  console.error(error.message);
  await stopAll();
  process.exit(1);
});
