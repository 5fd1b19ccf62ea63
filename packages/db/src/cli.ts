#!/usr/bin/env node
import * as fs from "node:fs";
import * as path from "node:path";
import { prismaGenerate } from "./generate";
import { migrateDeploy, migrateDev, migrateStatus } from "./migrations";
import { redactUrl } from "./url";

const USAGE = `Usage: coopgraph-db <command> [options]   (run inside a subgraph folder)

Commands:
  generate             prisma generate, offline (no native engine needed)
  deploy               apply the pending migrations
  status               compare prisma/migrations with the database; exit 1 unless up to date
  dev --name <name>    write a migration for the changes in prisma/schema.prisma, then apply it
                       (--create-only: write it without applying)

Options:
  --schema <file>      default prisma/schema.prisma
  --migrations <dir>   default prisma/migrations
  --url <url>          default $DATABASE_URL, else pglite:<repo>/.data/<folder name>
`;

interface Args {
  command: string | undefined;
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const flags = new Map<string, string | true>();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(key, inline);
      else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) flags.set(key, argv[++i]!);
      else flags.set(key, true);
    } else if (command === undefined) {
      command = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  return { command, flags };
}

class UsageError extends Error {}

function stringFlag(args: Args, name: string): string | undefined {
  const value = args.flags.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

/** The monorepo root: the nearest folder up whose package.json declares workspaces. */
function repoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, "utf8")) as { workspaces?: unknown }).workspaces) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

function databaseUrl(args: Args): string {
  const cwd = process.cwd();
  return stringFlag(args, "url") ?? process.env.DATABASE_URL ?? `pglite:${path.join(repoRoot(cwd), ".data", path.basename(cwd))}`;
}

function list(names: string[]): string {
  return names.map((name) => `  ${name}\n`).join("");
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.flags.has("help") || args.command === "help") {
    process.stdout.write(USAGE);
    return args.command ? 0 : 1;
  }
  const schemaPath = stringFlag(args, "schema") ?? path.join("prisma", "schema.prisma");
  const migrationsDir = stringFlag(args, "migrations") ?? path.join("prisma", "migrations");

  switch (args.command) {
    case "generate":
      return prismaGenerate(schemaPath);

    case "deploy": {
      const url = databaseUrl(args);
      process.stdout.write(`Database: ${redactUrl(url)}\n`);
      const { applied } = await migrateDeploy({ url, schemaPath, migrationsDir });
      process.stdout.write(
        applied.length ? `Applied ${applied.length} migration${applied.length === 1 ? "" : "s"}:\n${list(applied)}` : `No pending migrations in ${migrationsDir}.\n`,
      );
      return 0;
    }

    case "status": {
      const url = databaseUrl(args);
      process.stdout.write(`Database: ${redactUrl(url)}\n`);
      const status = await migrateStatus({ url, schemaPath, migrationsDir, checkDrift: true });
      process.stdout.write(`${status.migrations.length} migrations in ${migrationsDir}, ${status.applied.length} applied.\n`);
      if (status.pending.length) process.stdout.write(`Pending (run deploy):\n${list(status.pending)}`);
      if (status.failed.length) process.stdout.write(`Failed (fix the database, then mark them rolled back):\n${list(status.failed)}`);
      if (status.edited.length) process.stdout.write(`Edited after being applied:\n${list(status.edited)}`);
      if (status.missing.length) process.stdout.write(`Applied but missing from ${migrationsDir}:\n${list(status.missing)}`);
      if (status.drift) process.stdout.write(`Drift: ${status.drift}\n`);
      process.stdout.write(status.upToDate ? "Database schema is up to date.\n" : "Database schema is not up to date.\n");
      return status.upToDate ? 0 : 1;
    }

    case "dev": {
      const name = stringFlag(args, "name");
      if (!name) throw new UsageError("dev needs --name <name>, e.g. dev --name add_members");
      const createOnly = args.flags.has("create-only");
      const url = createOnly ? undefined : databaseUrl(args);
      if (url) process.stdout.write(`Database: ${redactUrl(url)}\n`);
      const result = await migrateDev({ url, schemaPath, migrationsDir, name });
      const earlier = result.applied.filter((applied) => applied !== result.created);
      if (earlier.length) process.stdout.write(`Applied pending migrations:\n${list(earlier)}`);
      if (!result.created) {
        process.stdout.write(`No changes: the migrations in ${migrationsDir} already produce ${schemaPath}.\n`);
        return 0;
      }
      const file = path.join(migrationsDir, result.created, "migration.sql");
      process.stdout.write(`Created ${file}:\n\n${result.sql}\n`);
      if (result.applied.includes(result.created)) process.stdout.write(`Applied ${result.created}.\n`);
      return 0;
    }

    default:
      throw new UsageError(`unknown command "${args.command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const command = process.argv[2] ?? "";
    if (error instanceof UsageError) process.stderr.write(`coopgraph-db: ${error.message}\n\n${USAGE}`);
    else process.stderr.write(`coopgraph-db ${command} failed: ${(error as Error).message ?? String(error)}\n`);
    if (process.env.COOPGRAPH_DB_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
