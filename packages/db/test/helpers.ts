import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { prismaGenerate } from "../src/generate";
import type { PrismaClient } from "./fixture/src/generated/client";

export type FixtureClient = PrismaClient;
export type FixtureClientClass = typeof PrismaClient;

export const PACKAGE_DIR = path.resolve(__dirname, "..");
export const FIXTURE_DIR = path.join(__dirname, "fixture");
export const schemaPath = path.join(FIXTURE_DIR, "prisma", "schema.prisma");
export const migrationsDir = path.join(FIXTURE_DIR, "prisma", "migrations");
export const INIT_MIGRATION = fs.readdirSync(migrationsDir).find((name) => name.endsWith("_init"))!;

/** Set when the suite runs against a PostgreSQL server too. */
export const serverUrl = process.env.TEST_DATABASE_URL;

const GENERATED_DIR = path.join(FIXTURE_DIR, "src", "generated");

/**
 * The fixture's generated PrismaClient class. Generated on first use and whenever the schema
 * changes; jest workers take turns through a lock folder.
 */
export function fixtureClient(): FixtureClientClass {
  const stamp = createHash("sha256").update(fs.readFileSync(schemaPath)).digest("hex");
  const stampFile = path.join(GENERATED_DIR, ".schema-hash");
  const current = () => fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;
  if (!current()) {
    withLock(path.join(FIXTURE_DIR, "src", ".generate.lock"), () => {
      if (current()) return;
      fs.rmSync(GENERATED_DIR, { recursive: true, force: true });
      const code = prismaGenerate(schemaPath, FIXTURE_DIR);
      if (code !== 0) throw new Error(`prisma generate failed with exit code ${code}`);
      fs.writeFileSync(stampFile, stamp);
    });
  }
  return (require(path.join(GENERATED_DIR, "client")) as { PrismaClient: FixtureClientClass }).PrismaClient;
}

function withLock(lockDir: string, work: () => void): void {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 60_000) fs.rmSync(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockDir}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * A scratch folder with a copy of the fixture at `<dir>/fixture/prisma`, removed by the returned
 * cleanup. Named "fixture" like the original, so an unchanged copy shares its test templates.
 */
export function scratchCopy(prefix: string): { dir: string; schemaPath: string; migrationsDir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `coopgraph-db-${prefix}-`));
  const prisma = path.join(dir, "fixture", "prisma");
  fs.cpSync(path.join(FIXTURE_DIR, "prisma"), prisma, { recursive: true });
  return {
    dir,
    schemaPath: path.join(prisma, "schema.prisma"),
    migrationsDir: path.join(prisma, "migrations"),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** An empty database on the TEST_DATABASE_URL server, dropped by the returned cleanup. */
export async function emptyServerDatabase(server: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cg_dbtest_${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await admin(server, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

export async function admin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Builds dist/ when it is missing or older than src/ (CLI and child-process tests run dist/). */
export function ensureBuilt(): void {
  const times = (dir: string, ext: string): number[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((file) => file.endsWith(ext))
          .map((file) => fs.statSync(path.join(dir, file)).mtimeMs)
      : [];
  const built = times(path.join(PACKAGE_DIR, "dist"), ".js");
  const sources = times(path.join(PACKAGE_DIR, "src"), ".ts");
  if (built.length >= sources.length && Math.min(...built) >= Math.max(...sources)) return;
  withLock(path.join(PACKAGE_DIR, ".build.lock"), () => {
    const tsc = require.resolve("typescript/bin/tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: PACKAGE_DIR, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`tsc failed:\n${result.stdout}${result.stderr}`);
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
