#!/usr/bin/env node
/**
 * The gateway process, `node gateway/dist/index.js` (settings: env.ts), and the package's public
 * API — the only entry its package.json exports: the test harness and scripts start a gateway with
 * `createGateway` and never reach into its modules.
 */
import "./telemetry";
import cluster from "node:cluster";
import { gatewayOptionsFromEnv, workersFromEnv } from "./env";
import { createGateway } from "./gateway";
import { gatewayLogger } from "./logger";

export { createGateway, type GatewayOptions, type RunningGateway } from "./gateway";
export { gatewayOptionsFromEnv, type GatewayEnvironment } from "./env";
export type { GatewayContext } from "./context";
export { type GatewayLogger, gatewayLogger, silentLogger } from "./logger";
export { responseCacheStats, type ResponseCacheCounts, type ResponseCacheOptions } from "./responseCache";

async function main(): Promise<void> {
  const logger = gatewayLogger();
  const { options, notices } = gatewayOptionsFromEnv();
  for (const notice of notices) logger.info(notice);
  const gateway = await createGateway({ ...options, logger });
  logger.info(`GraphQL at ${gateway.url}/graphql, explorer at ${gateway.url}/`);
  if (gateway.servesPublicContract) {
    logger.info(`public contract at ${gateway.url}/public/graphql, explorer at ${gateway.url}/public`);
  }

  const stop = (signal: NodeJS.Signals) => {
    logger.info(`${signal}, stopping`);
    gateway
      .stop()
      .then(
        () => logger.info("stopped"),
        (error: unknown) => {
          logger.error(`could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
          process.exitCode = 1;
        },
      )
      // A process of a cluster keeps its channel to the primary open: it ends here, not by itself.
      .then(() => {
        if (cluster.isWorker) process.exit();
      });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/**
 * WEB_CONCURRENCY > 1: this process forks that many gateway processes sharing the port (Node's
 * cluster hands each new connection to one of them) and does nothing else. A process that dies
 * is started again; SIGINT or SIGTERM is passed on to each, and this one ends once they have
 * stopped. Each process has its own caches and counters (/metrics is per process), and counts
 * the public rate limits alone unless REDIS_URL is set.
 */
function primary(workers: number): void {
  gatewayOptionsFromEnv(); // A bad setting stops here, once, not in every process.
  const logger = gatewayLogger();
  const listening = new Set<number>();
  let stopping = false;
  logger.info(`starting ${workers} gateway processes (WEB_CONCURRENCY)`);
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("listening", (worker) => listening.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) logger.info("every gateway process stopped");
      return;
    }
    if (!listening.has(worker.id)) {
      // It could not start: another would fail the same way.
      logger.error(`a gateway process could not start (${signal ?? code}): stopping`);
      stop("SIGTERM");
      process.exitCode = 1;
      return;
    }
    logger.error(`gateway process ${worker.process.pid} ended (${signal ?? code}): starting another`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}, stopping ${Object.keys(cluster.workers ?? {}).length} gateway processes`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  const fail = (error: unknown) => {
    console.error(`gateway: could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  };
  try {
    const workers = cluster.isPrimary ? workersFromEnv() : 1;
    if (workers > 1) primary(workers);
    else main().catch(fail);
  } catch (error) {
    fail(error);
  }
}
