#!/usr/bin/env node
/**
 * `npm start`: every subgraph in its own process (embedded PGlite under .data/<name> unless
 * <NAME>_DATABASE_URL is set), then the gateway on the committed supergraph; prints the explorer
 * URL and a ready token per role. Ctrl-C stops everything.
 */
const { spawn } = require("node:child_process");
const path = require("node:path");
const { identityConfigFromEnv, signToken } = require("@coopgraph/identity");
const { databaseUrlVariable, demoId, readRegistry } = require("@coopgraph/kit");

const root = path.join(__dirname, "..");
const subgraphs = readRegistry();
const gatewayPort = Number(process.env.PORT || 4000);
/**
 * Each subgraph listens on its port from subgraphs/registry.json; SUBGRAPH_PORT_BASE moves them
 * all, in registry order from that port (tests run a second platform beside a running one).
 */
const portOf = (subgraph, i) => (process.env.SUBGRAPH_PORT_BASE ? Number(process.env.SUBGRAPH_PORT_BASE) + i : subgraph.port);
const dataDir = process.env.COOPGRAPH_DATA_DIR || path.join(root, ".data");
const children = [];
let stopping = false;

function run(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = `[${name}] `;
  const relay = (stream, out) => {
    let buffer = "";
    stream.on("data", (chunk) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) out.write(`${prefix + line}\n`);
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  child.on("exit", (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${prefix}exited (${signal || code}); stopping everything\n`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (stopping) throw new Error("stopped");
    if (Date.now() > deadline) throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const running = (child) => child.exitCode === null && child.signalCode === null;
  for (const child of children) if (running(child)) child.kill("SIGTERM");
  const timer = setTimeout(() => {
    for (const child of children) if (running(child)) child.kill("SIGKILL");
    process.exit(code);
  }, 10_000);
  timer.unref();
  Promise.all(children.map((c) => (running(c) ? new Promise((r) => c.once("exit", r)) : null))).then(() => process.exit(code));
}

process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

async function main() {
  const started = Date.now();
  const overrides = {};
  subgraphs.forEach((subgraph, i) => {
    const port = portOf(subgraph, i);
    const envName = subgraph.name.toUpperCase().replace(/-/g, "_");
    const url = process.env[databaseUrlVariable(subgraph.name)] || `pglite:${path.join(dataDir, subgraph.name)}`;
    overrides[`SUBGRAPH_URL_${envName}`] = process.env[`SUBGRAPH_URL_${envName}`] || `http://127.0.0.1:${port}/graphql`;
    run(subgraph.name, path.join(root, "subgraphs", subgraph.name, "dist", "index.js"), {
      PORT: String(port),
      DATABASE_URL: url,
      GATEWAY_URL: process.env.GATEWAY_URL || `http://127.0.0.1:${gatewayPort}`,
    });
  });
  await Promise.all(subgraphs.map((s, i) => waitFor(`http://127.0.0.1:${portOf(s, i)}/ready`, `the ${s.name} service`)));
  run("gateway", path.join(root, "gateway", "dist", "index.js"), { PORT: String(gatewayPort), ...overrides });
  await waitFor(`http://127.0.0.1:${gatewayPort}/ready`, "the gateway");

  const config = identityConfigFromEnv();
  /** @type {{ role: import("@coopgraph/identity").Role, coopId?: string }[]} */
  const roles = [{ role: "ADMIN" }, { role: "COOP_MANAGER", coopId: demoId("cooperative", 1) }, { role: "INCLUSION_OPERATOR" }, { role: "ANALYST" }, { role: "PARTNER" }];
  const lines = [];
  for (const r of roles) {
    const token = await signToken({ sub: `demo-${r.role.toLowerCase()}`, ...r }, config, { expiresIn: "12h" });
    lines.push(`  ${r.role.padEnd(18)} ${token}`);
  }
  process.stdout.write(
    [
      "",
      `coopgraph is up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  explorer         http://localhost:${gatewayPort}/`,
      `  graphql          http://localhost:${gatewayPort}/graphql`,
      `  partner contract http://localhost:${gatewayPort}/public/graphql`,
      "",
      `Tokens (12 h${config.usingDevSecret ? ", signed with the built-in DEVELOPMENT secret: set JWT_SECRET outside development" : ""});`,
      'paste one into the explorer\'s headers as {"Authorization": "Bearer <token>"}:',
      ...lines,
      "",
      "Ctrl-C stops everything.",
      "",
    ].join("\n"),
  );
}

main().catch((error) => {
  process.stderr.write(`start: ${error.message}\n`);
  stop(1);
});
