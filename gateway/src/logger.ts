/** The shape Apollo Server and @apollo/gateway log through (the `Logger` of @apollo/utils.logger). */
export interface GatewayLogger {
  debug(message?: unknown): void;
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

/** Information and above to the console; debug only with `debug: true`. */
export function consoleLogger({ debug = false }: { debug?: boolean } = {}): GatewayLogger {
  return {
    debug: (message) => {
      if (debug) console.debug(`gateway: ${String(message)}`);
    },
    info: (message) => console.log(`gateway: ${String(message)}`),
    warn: (message) => console.warn(`gateway: ${String(message)}`),
    error: (message) => console.error(`gateway: ${String(message)}`),
  };
}

/** Says nothing: for tests. */
export const silentLogger: GatewayLogger = { debug() {}, info() {}, warn() {}, error() {} };
