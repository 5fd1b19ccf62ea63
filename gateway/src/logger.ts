import pino from "pino";

/** The shape Apollo Server and @apollo/gateway log through (the `Logger` of @apollo/utils.logger). */
export interface GatewayLogger {
  debug(message?: unknown): void;
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

/**
 * Structured (JSON lines) logs named `gateway`, at LOG_LEVEL (default info; silent under jest
 * unless LOG_LEVEL says otherwise). A request's line carries its `requestId`, the id every
 * subgraph it reached logs with too.
 */
export function gatewayLogger(env: NodeJS.ProcessEnv = process.env): GatewayLogger {
  return pino({ name: "gateway", level: env.LOG_LEVEL?.trim() || (env.JEST_WORKER_ID ? "silent" : "info") });
}

/** Says nothing: for tests. */
export const silentLogger: GatewayLogger = { debug() {}, info() {}, warn() {}, error() {} };
