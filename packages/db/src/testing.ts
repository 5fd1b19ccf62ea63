import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import pg from "pg";
import { adapterFactory, openConnection, PgliteConnection, type QueryListener } from "./adapter";
import { NO_FILTERS, withSchemaEngine, type SchemaEngine } from "./engine";
import { readMigrations } from "./migrations";
import { type OpenDatabase, openOn, type PrismaClientClass } from "./open";
import { cacheDir, packageVersion, pgliteVersion, writeFileAtomic } from "./pglite";
import { redactUrl, withDatabaseName } from "./url";

/**
 * A new, migrated, empty database per call, for tests.
 *
 * The schema engine migrates a template once per content of the migrations folder and schema;
 * every call then copies the template:
 * - with TEST_DATABASE_URL (a PostgreSQL server): a template database `cg_tpl_<folder>_<hash>`,
 *   built under an advisory lock (jest workers share it) and copied with
 *   `CREATE DATABASE … TEMPLATE`; close() drops the copy.
 * - without: a dump of a migrated in-memory PGlite, cached in the OS temp folder and loaded
 *   into a new in-memory PGlite.
 * Building a template also checks that the migrations produce the schema file, so a forgotten
 * `migrate dev` fails with a clear message instead of "column does not exist".
 */
export interface FreshDatabaseOptions {
  schemaPath: string;
  migrationsDir: string;
  onQuery?: QueryListener;
  /** Extra PrismaClient options (log, transactionOptions, …). */
  clientOptions?: Record<string, unknown>;
}

export interface FreshDatabase<C> {
  prisma: C;
  /** The new database's URL (`pglite:memory` for PGlite: that database cannot be reopened). */
  url: string;
  /** Disconnects and drops (PostgreSQL) or closes (PGlite) the database. */
  close(): Promise<void>;
}

export async function freshDatabase<C>(PrismaClient: PrismaClientClass<C>, opts: FreshDatabaseOptions): Promise<FreshDatabase<C>> {
  const server = process.env.TEST_DATABASE_URL;
  const template = templateOf(opts.schemaPath, opts.migrationsDir, server ? "postgres" : "pglite");
  const open = { onQuery: opts.onQuery, clientOptions: opts.clientOptions };
  if (!server) {
    const seed = await pgliteTemplate(template);
    const db = await openOn(PrismaClient, openConnection({ kind: "pglite", dataDir: undefined }, seed), "pglite:memory", open);
    return { prisma: db.prisma, url: "pglite:memory", close: db.close };
  }
  const templateName = await postgresTemplate(server, template);
  const name = `cg_test_${template.family}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withAdmin(server, (admin) => retryInUse(() => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`)));
  const url = withDatabaseName(server, name);
  let db: OpenDatabase<C>;
  try {
    db = await openOn(PrismaClient, openConnection({ kind: "postgres", url }), redactUrl(url), open);
  } catch (error) {
    await dropDatabase(server, name);
    throw error;
  }
  const opened = db;
  let closing: Promise<void> | undefined;
  return {
    prisma: opened.prisma,
    url,
    close() {
      closing ??= opened.close().finally(() => dropDatabase(server, name));
      return closing;
    },
  };
}

interface Template {
  key: string;
  family: string;
  schemaPath: string;
  migrationsDir: string;
  schema: string;
}

function templateOf(schemaPath: string, migrationsDir: string, backend: string): Template {
  const schema = fs.readFileSync(schemaPath, "utf8");
  const list = readMigrations(migrationsDir);
  const hash = createHash("sha256");
  hash.update(`${backend}\0${packageVersion("@prisma/schema-engine-wasm")}\0${pgliteVersion()}\0${schema}\0${list.lockfile.content ?? ""}\0`);
  for (const migration of list.migrationDirectories) {
    const content = migration.migrationFile.content;
    hash.update(`${migration.path}\0${content.tag === "ok" ? content.value : ""}\0`);
  }
  // subgraphs/<name>/prisma/schema.prisma → <name>
  const folder = path.basename(path.dirname(path.dirname(path.resolve(schemaPath))));
  const family =
    folder
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .slice(0, 20) || "db";
  return { key: hash.digest("hex").slice(0, 16), family, schemaPath, migrationsDir, schema };
}

/** Applies the migrations and checks that they produce the schema file. */
async function migrateTemplate(engine: SchemaEngine, template: Template): Promise<void> {
  const migrationsList = readMigrations(template.migrationsDir);
  const diff = await engine.diff({
    from: {
      tag: "migrations",
      ...migrationsList,
      lockfile: { ...migrationsList.lockfile, content: migrationsList.lockfile.content ?? 'provider = "postgresql"\n' },
    },
    to: { tag: "schemaDatamodel", files: [{ path: path.resolve(template.schemaPath), content: template.schema }] },
    script: true,
    exitCode: true,
    filters: NO_FILTERS,
  });
  if (diff.exitCode === 2) {
    throw new Error(
      `${template.schemaPath} has changes that no migration in ${template.migrationsDir} makes: ` +
        `create one with \`npm run migrate:dev -- --name <name>\` (coopgraph-db dev). Missing SQL:\n${diff.stdout ?? ""}`,
    );
  }
  await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
}

// ---------------------------------------------------------------------------------------------
// PGlite: a cached dump of a migrated database

const pgliteTemplates = new Map<string, Promise<Blob>>();

function pgliteTemplate(template: Template): Promise<Blob> {
  let memo = pgliteTemplates.get(template.key);
  if (!memo) {
    memo = buildPgliteTemplate(template);
    pgliteTemplates.set(template.key, memo);
    memo.catch(() => pgliteTemplates.delete(template.key));
  }
  return memo;
}

async function buildPgliteTemplate(template: Template): Promise<Blob> {
  const file = path.join(cacheDir(), `pglite-template-${template.family}-${template.key}.tar`);
  try {
    return new Blob([fs.readFileSync(file)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const connection = new PgliteConnection({ kind: "pglite", dataDir: undefined });
  try {
    await withSchemaEngine(adapterFactory(connection), (engine) => migrateTemplate(engine, template));
    const dump = await connection.dump();
    const bytes = new Uint8Array(await dump.arrayBuffer());
    writeFileAtomic(file, bytes);
    dropOlderPgliteTemplates(template.family, file);
    return new Blob([bytes]);
  } finally {
    await connection.close();
  }
}

/** Dumps of earlier versions of the same migrations (about 40 MB each). */
function dropOlderPgliteTemplates(family: string, keep: string): void {
  const dir = path.dirname(keep);
  const pattern = new RegExp(`^pglite-template-${family}-[0-9a-f]{16}\\.tar$`);
  for (const file of fs.readdirSync(dir)) {
    if (pattern.test(file) && path.join(dir, file) !== keep) fs.rmSync(path.join(dir, file), { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a template database on the server

const postgresTemplates = new Map<string, Promise<string>>();

function postgresTemplate(server: string, template: Template): Promise<string> {
  const memoKey = `${server}\0${template.key}`;
  let memo = postgresTemplates.get(memoKey);
  if (!memo) {
    memo = ensurePostgresTemplate(server, template);
    postgresTemplates.set(memoKey, memo);
    memo.catch(() => postgresTemplates.delete(memoKey));
  }
  return memo;
}

async function ensurePostgresTemplate(server: string, template: Template): Promise<string> {
  const name = `cg_tpl_${template.family}_${template.key}`;
  return withAdmin(server, async (admin) => {
    await dropAbandonedTestDatabases(admin);
    if (await databaseExists(admin, name)) return name;
    // Session-level lock: one builder per template across jest workers and processes.
    const lockId = BigInt.asIntN(64, BigInt(`0x${template.key}`)).toString();
    await admin.query("SELECT pg_advisory_lock($1::bigint)", [lockId]);
    try {
      if (await databaseExists(admin, name)) return name;
      const building = `${name}_build`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const connection = openConnection({ kind: "postgres", url: withDatabaseName(server, building) });
      try {
        await withSchemaEngine(adapterFactory(connection), (engine) => migrateTemplate(engine, template));
      } catch (error) {
        await connection.close();
        await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`).catch(() => {});
        throw error;
      } finally {
        await connection.close();
      }
      // The template appears complete or not at all, and nobody may connect to it: a session
      // on a template makes every CREATE DATABASE … TEMPLATE fail.
      await retryInUse(() => admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`));
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      await dropOlderTemplates(admin, template.family, name);
      return name;
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1::bigint)", [lockId]);
    }
  });
}

async function withAdmin<T>(server: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Cannot reach TEST_DATABASE_URL ${redactUrl(server)}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function databaseExists(admin: pg.Client, name: string): Promise<boolean> {
  return (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
}

async function dropDatabase(server: string, name: string): Promise<void> {
  await withAdmin(server, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Templates of earlier versions of the same migrations. */
async function dropOlderTemplates(admin: pg.Client, family: string, keep: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2", [`cg\\_tpl\\_${family}\\_%`, keep]);
  for (const { datname } of rows) {
    if (!new RegExp(`^cg_tpl_${family}_[0-9a-f]{16}$`).test(datname)) continue;
    // Without FORCE: a template another run is copying right now stays, and goes another time.
    await admin.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => {});
  }
}

const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Copies left by test processes that died before close(): their name carries their birth time. */
async function dropAbandonedTestDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'cg\\_test\\_%'");
  for (const { datname } of rows) {
    const born = parseInt(datname.match(/_([0-9a-z]+)_[0-9a-f]{6}$/)?.[1] ?? "", 36);
    if (Number.isFinite(born) && Date.now() - born > ABANDONED_AFTER_MS) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
    }
  }
}

/** Retries while PostgreSQL reports "database is being accessed by other users" (a closing session). */
async function retryInUse<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
