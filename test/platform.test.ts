import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { readRegistry } from "@coopgraph/kit";

const root = path.join(__dirname, "..");
const registry = readRegistry();

describe("the list of subgraphs", () => {
  it("is the same for the compose step (subgraphs/registry.json) and the build order (schema/package.json)", () => {
    const schemaPackage = JSON.parse(fs.readFileSync(path.join(root, "schema", "package.json"), "utf8"));
    const subgraphPackages = Object.keys(schemaPackage.dependencies).filter((name) => fs.existsSync(path.join(root, "subgraphs", name.replace("@coopgraph/", ""))));
    expect(subgraphPackages.sort()).toEqual(registry.map((s) => s.package).sort());
    for (const subgraph of registry) expect(fs.existsSync(path.join(root, "subgraphs", subgraph.name, "package.json"))).toBe(true);
  });
});

describe("a subgraph's port", () => {
  // Generated from the registry, or by npm: derived, not written by hand.
  const DERIVED = [/^schema\/.*\.graphql$/, /^docker-compose\.yml$/, /^package-lock\.json$/];

  it("is written by hand in subgraphs/registry.json only", () => {
    const files = execFileSync("git", ["ls-files"], { cwd: root })
      .toString()
      .split("\n")
      .filter((file) => file && !DERIVED.some((derived) => derived.test(file)) && fs.existsSync(path.join(root, file)));
    for (const subgraph of registry) {
      const port = new RegExp(`(?<![\\d.])${subgraph.port}(?![\\d.])`);
      expect(files.filter((file) => port.test(fs.readFileSync(path.join(root, file), "utf8")))).toEqual(["subgraphs/registry.json"]);
    }
  });
});

describe("docker-compose.yml (no Docker engine here: checked statically)", () => {
  const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"));
  const initSql = fs.readFileSync(path.join(root, "scripts", "postgres-init.sql"), "utf8");

  it("runs every subgraph of the registry on its port with a database of its own", () => {
    registry.forEach((subgraph) => {
      const service = compose.services[subgraph.name];
      expect(service.command).toEqual(["node", `subgraphs/${subgraph.name}/dist/index.js`]);
      expect(service.environment.PORT).toBe(String(subgraph.port));
      expect(service.environment.DATABASE_URL).toMatch(new RegExp(`@postgres:5432/${subgraph.database}$`));
      expect(initSql).toContain(`CREATE DATABASE ${subgraph.database};`);
    });
  });

  it("points the gateway at every subgraph and waits for them", () => {
    const gateway = compose.services.gateway;
    expect(gateway.ports).toEqual(["4000:4000"]);
    // Replicas of the gateway count the public rate limits together.
    expect(gateway.environment.REDIS_URL).toBe("redis://redis:6379");
    expect(gateway.depends_on.redis).toEqual({ condition: "service_healthy" });
    expect(compose.services.redis.image).toMatch(/^redis:/);
    for (const subgraph of registry) {
      expect(gateway.environment[`SUBGRAPH_URL_${subgraph.name.toUpperCase()}`]).toBe(`http://${subgraph.name}:${subgraph.port}/graphql`);
      expect(gateway.depends_on[subgraph.name]).toEqual({ condition: "service_healthy" });
    }
  });
});

describe("npm start (the embedded platform)", () => {
  let child: ChildProcess | undefined;
  let output = "";
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coopgraph-start-"));
  const gatewayPort = 14_000 + (process.pid % 500);
  const subgraphBase = gatewayPort + 1;

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGKILL");
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts every subgraph on PGlite with demo data, answers through the gateway, and stops on Ctrl-C", async () => {
    child = spawn(process.execPath, [path.join(root, "scripts", "start.js")], {
      cwd: root,
      env: { ...process.env, PORT: String(gatewayPort), SUBGRAPH_PORT_BASE: String(subgraphBase), COOPGRAPH_DATA_DIR: dataDir, TEST_DATABASE_URL: "", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not up within 90 s:\n${output}`)), 90_000);
      const check = setInterval(() => {
        if (output.includes("coopgraph is up")) {
          clearInterval(check);
          clearTimeout(timer);
          resolve();
        }
        if (child!.exitCode !== null) {
          clearInterval(check);
          clearTimeout(timer);
          reject(new Error(`start exited:\n${output}`));
        }
      }, 200);
    });
    const admin = /^\s+ADMIN\s+(\S+)$/m.exec(output)?.[1];
    expect(admin).toBeDefined();
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: "{ cooperatives(first: 5) { totalCount nodes { name taxCode type status } } }" }),
    });
    const body = (await res.json()) as { errors?: unknown; data: { cooperatives: { totalCount: number; nodes: unknown[] } } };
    expect(body.errors).toBeUndefined();
    expect(body.data.cooperatives.totalCount).toBe(34);
    expect(body.data.cooperatives.nodes).toHaveLength(5);
    const explorer = await fetch(`http://127.0.0.1:${gatewayPort}/`, { headers: { accept: "text/html" } });
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain("<title>");
    for (const subgraph of registry) expect(fs.existsSync(path.join(dataDir, subgraph.name))).toBe(true);

    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    // Every process logs JSON lines, which the launcher prefixes with the process's name.
    expect(output).toMatch(/^\[gateway\] \{.*"name":"gateway".*"msg":"stopped"\}$/m);
    for (const subgraph of registry) expect(output).toMatch(new RegExp(`^\\[${subgraph.name}\\] \\{.*"name":"${subgraph.name}".*"msg":"serving"`, "m"));
  }, 120_000);
});
