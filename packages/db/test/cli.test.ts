import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { emptyServerDatabase, ensureBuilt, INIT_MIGRATION, PACKAGE_DIR, scratchCopy, serverUrl } from "./helpers";

const CLI = path.join(PACKAGE_DIR, "dist", "cli.js");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in `cwd` and waits for the process to end on its own. */
function cli(cwd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const childEnv: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, ...env };
    for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: childEnv as NodeJS.ProcessEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => ensureBuilt());

describe("coopgraph-db in a subgraph folder", () => {
  let copy: ReturnType<typeof scratchCopy>;
  let subgraph: string;
  beforeEach(() => {
    copy = scratchCopy("cli");
    // Laid out like subgraphs/<name>: the default database is <root>/.data/<name>.
    fs.writeFileSync(path.join(copy.dir, "package.json"), JSON.stringify({ private: true, workspaces: ["subgraphs/*"] }));
    subgraph = path.join(copy.dir, "subgraphs", "membership");
    fs.mkdirSync(subgraph, { recursive: true });
    fs.renameSync(path.dirname(copy.schemaPath), path.join(subgraph, "prisma"));
  });
  afterEach(() => copy.cleanup());

  it("deploys to the embedded default database, reports the status, and ends promptly", async () => {
    const before = await cli(subgraph, ["status"]);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain(`Pending (run deploy):\n  ${INIT_MIGRATION}\n`);

    const deploy = await cli(subgraph, ["deploy"]);
    expect(deploy).toMatchObject({ code: 0, stderr: "" });
    expect(deploy.stdout).toBe(`Database: pglite:${path.join(copy.dir, ".data", "membership")}\nApplied 1 migration:\n  ${INIT_MIGRATION}\n`);
    expect(fs.existsSync(path.join(copy.dir, ".data", "membership", "PG_VERSION"))).toBe(true);

    const after = await cli(subgraph, ["status"]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("1 migrations in prisma/migrations, 1 applied.\nDatabase schema is up to date.\n");
  });

  it("says when dev finds no changes, and explains its arguments", async () => {
    const dev = await cli(subgraph, ["dev", "--name", "nothing", "--create-only"]);
    expect(dev).toMatchObject({ code: 0, stderr: "" });
    expect(dev.stdout).toBe("No changes: the migrations in prisma/migrations already produce prisma/schema.prisma.\n");

    const noName = await cli(subgraph, ["dev"]);
    expect(noName.code).toBe(1);
    expect(noName.stderr).toMatch(/^coopgraph-db: dev needs --name <name>/);

    const unknown = await cli(subgraph, ["migrate"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^coopgraph-db: unknown command "migrate"\n\nUsage: coopgraph-db <command>/);
  });

  it("fails with the database's reason and a non-zero exit code", async () => {
    const run = await cli(subgraph, ["deploy"], { DATABASE_URL: "postgresql://coop:hunter2@127.0.0.1:1/membership" });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("Database: postgresql://coop:***@127.0.0.1:1/membership\n");
    expect(run.stderr).toMatch(/^coopgraph-db deploy failed: Can't reach database server at `127.0.0.1:1`/);
  });

  it("generates the client offline", async () => {
    const run = await cli(subgraph, ["generate"]);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/Generated Prisma Client \(7\.10\.0\)/);
    expect(fs.existsSync(path.join(subgraph, "src", "generated", "client.ts"))).toBe(true);
  });

  (serverUrl ? it : it.skip)("deploys to PostgreSQL from DATABASE_URL and ends promptly", async () => {
    const db = await emptyServerDatabase(serverUrl!, "cli");
    try {
      const run = await cli(subgraph, ["deploy"], { DATABASE_URL: db.url });
      expect(run).toMatchObject({ code: 0, stderr: "" });
      expect(run.stdout).toContain(`Applied 1 migration:\n  ${INIT_MIGRATION}\n`);
      const status = await cli(subgraph, ["status"], { DATABASE_URL: db.url });
      expect(status.code).toBe(0);
    } finally {
      await db.drop();
    }
  });
});

describe("closing", () => {
  it("leaves nothing running: a process that opened, migrated and closed databases exits on its own", async () => {
    const copy = scratchCopy("handles");
    try {
      const script = path.join(copy.dir, "run.js");
      fs.writeFileSync(
        script,
        `
const db = require(${JSON.stringify(path.join(PACKAGE_DIR, "dist", "index.js"))});
const { freshDatabase } = require(${JSON.stringify(path.join(PACKAGE_DIR, "dist", "testing.js"))});
// A stand-in for a generated PrismaClient: it queries through the adapter it is given.
class Client {
  constructor({ adapter }) { this.factory = adapter; }
  async query(sql) { this.adapter ??= await this.factory.connect(); return (await this.adapter.queryRaw({ sql, args: [], argTypes: [] })).rows; }
  async $disconnect() { await this.adapter?.dispose(); }
}
const paths = { schemaPath: ${JSON.stringify(copy.schemaPath)}, migrationsDir: ${JSON.stringify(copy.migrationsDir)} };
(async () => {
  const dir = { url: "pglite:" + ${JSON.stringify(path.join(copy.dir, "db"))}, ...paths };
  await db.migrateDeploy(dir);
  await db.migrateStatus({ ...dir, checkDrift: true });
  const opened = await db.openDatabase(Client, dir.url);
  await opened.prisma.query('SELECT count(*) FROM "Cooperative"');
  await opened.close();
  const memory = await db.openDatabase(Client, "pglite:memory", { migrationsDir: paths.migrationsDir });
  await memory.close();
  const fresh = await freshDatabase(Client, paths);
  await fresh.prisma.query('SELECT count(*) FROM "Member"');
  await fresh.close();
  const handles = process._getActiveHandles().filter((h) => h !== process.stdout && h !== process.stderr && h !== process.stdin);
  console.log(JSON.stringify(handles.map((h) => h.constructor.name)));
})().catch((error) => { console.error(error); process.exitCode = 1; });
`,
      );
      const run = await new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, [script], { env: process.env });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stdout, stderr }));
      });
      // No handle left: the engine's 10 s timer and its connections would otherwise hold the process open.
      expect(run).toMatchObject({ code: 0, stderr: "", stdout: "[]\n" });
    } finally {
      copy.cleanup();
    }
  });
});
