import { identityConfigFromEnv } from "@coopgraph/identity";
import { openDatabase, type OpenDatabase } from "@coopgraph/db";
import path from "node:path";
import type { RunningServer } from "./http";
import { createLogger, logLevel } from "./log";
import { createMetrics } from "./metrics";
import { registryEntry, repoRoot } from "./registry";
import type { Subgraph } from "./subgraph";

/**
 * The process of one subgraph: opens its database (DATABASE_URL, or an embedded PGlite under
 * <repo>/.data/<name>), applies its migrations, seeds demo data into an empty database unless
 * told not to, serves on its port from subgraphs/registry.json (PORT overrides it), and stops
 * cleanly on SIGINT/SIGTERM. Other domains are asked through GATEWAY_URL. It logs JSON lines
 * (pino) at LOG_LEVEL (default info), and serves `GET /metrics`: the SQL statements it sent and
 * its CPU time.
 */
export async function runSubgraph<C>(subgraph: Subgraph<C, any>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logger = createLogger(subgraph.name, { level: logLevel(env) });
  const identity = identityConfigFromEnv(env);
  const url = env.DATABASE_URL || `pglite:${path.join(repoRoot, ".data", subgraph.name)}`;
  const port = Number(env.PORT || registryEntry(subgraph.name).port);
  let database: OpenDatabase<C> | undefined;
  let server: RunningServer | undefined;
  const metrics = createMetrics();

  // Listening for Ctrl-C from the start: a stop during migrations or seeding waits for that step
  // to end (each is atomic), then closes what is open.
  let stopping = false;
  let starting: Promise<void> = Promise.resolve();
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping");
    await starting.catch(() => undefined);
    await server?.stop().catch(() => undefined);
    await database?.close().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  starting = (async () => {
    database = await openDatabase(subgraph.PrismaClient, url, {
      migrationsDir: path.join(subgraph.dir, "prisma", "migrations"),
      onQuery: metrics.countStatement,
    });
    logger.info({ database: url.startsWith("pglite:") ? url : "PostgreSQL" }, "database ready");
    const seedDemo = (env.SEED_DEMO_DATA ?? (env.NODE_ENV === "production" ? "false" : "true")) === "true";
    if (seedDemo && subgraph.seed && !stopping) {
      // One transaction: demo data is there whole or not at all, even if the process is killed.
      const seed = subgraph.seed;
      const client = database.prisma as unknown as Transactional;
      const seeded = await client.$transaction((tx) => seed(tx as C), { timeout: 300_000, maxWait: 30_000 });
      if (seeded) logger.info({ seeded }, "demo data seeded");
    }
    if (stopping) return;
    server = await subgraph.start({
      db: database.prisma,
      identity,
      port,
      host: env.HOST || "0.0.0.0",
      gatewayUrl: () => env.GATEWAY_URL || "http://127.0.0.1:4000",
      log: logger,
      metrics,
    });
    logger.info({ url: server.url.replace("127.0.0.1", "localhost") }, "serving");
  })();
  await starting;
}

interface Transactional {
  $transaction<T>(work: (tx: unknown) => Promise<T>, options: { timeout: number; maxWait: number }): Promise<T>;
}

/** Runs `main` and exits non-zero with its message when it fails: the entry point of a process. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
