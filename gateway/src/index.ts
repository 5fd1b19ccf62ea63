#!/usr/bin/env node
/**
 * The gateway process, `node gateway/dist/index.js` (settings: env.ts), and the package's public
 * API — the only entry its package.json exports: the test harness and scripts start a gateway with
 * `createGateway` and never reach into its modules.
 */
import "./telemetry";
import { gatewayOptionsFromEnv } from "./env";
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
    gateway.stop().then(
      () => logger.info("stopped"),
      (error: unknown) => {
        logger.error(`could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`gateway: could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
