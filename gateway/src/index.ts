#!/usr/bin/env node
/**
 * The gateway process, `node gateway/dist/index.js` (settings: env.ts), and the package's API
 * for scripts and tests, which import it without starting anything.
 */
import "./telemetry";
import { gatewayOptionsFromEnv } from "./env";
import { createGateway } from "./gateway";

export { createGateway, type GatewayOptions, type RunningGateway } from "./gateway";
export { gatewayOptionsFromEnv, type GatewayEnvironment } from "./env";
export type { GatewayContext } from "./context";
export { consoleLogger, silentLogger, type GatewayLogger } from "./logger";

async function main(): Promise<void> {
  const { options, notices } = gatewayOptionsFromEnv();
  for (const notice of notices) console.log(`gateway: ${notice}`);
  const gateway = await createGateway(options);
  console.log(`gateway: GraphQL at ${gateway.url}/graphql, explorer at ${gateway.url}/`);
  if (gateway.servesPublicContract) {
    console.log(`gateway: public contract at ${gateway.url}/public/graphql, explorer at ${gateway.url}/public`);
  }

  const stop = (signal: NodeJS.Signals) => {
    console.log(`gateway: ${signal}, stopping`);
    gateway.stop().then(
      () => console.log("gateway: stopped"),
      (error: unknown) => {
        console.error(`gateway: could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
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
