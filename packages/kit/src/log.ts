import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * The level of every process's logs: LOG_LEVEL (`trace` … `fatal`, `silent`), else `info`; under
 * jest (JEST_WORKER_ID set) `silent`, so tests stay quiet unless LOG_LEVEL asks otherwise.
 */
export function logLevel(env: NodeJS.ProcessEnv = process.env): string {
  return env.LOG_LEVEL?.trim() || (env.JEST_WORKER_ID ? "silent" : "info");
}

/**
 * A structured (JSON lines) logger named after its service. Each request's lines come from
 * `ctx.log`, a child of it that carries the request id the gateway forwarded (`x-request-id`),
 * so a request can be followed from the gateway through every subgraph it reached.
 */
export function createLogger(service: string, options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino({ name: service, level: options.level ?? logLevel() }, options.destination);
}
