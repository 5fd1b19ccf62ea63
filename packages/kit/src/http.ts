import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { IdentityConfig } from "@coopgraph/identity";
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type BaseContext, identityReader } from "./context";
import { createLogger, type Logger } from "./log";
import { METRICS_CONTENT_TYPE, type SubgraphMetrics } from "./metrics";

export interface ServeOptions<C extends object> {
  name: string;
  schema: GraphQLSchema;
  context: (req: express.Request) => Promise<C>;
  /** `/ready`: true when the service can do its work (its database answers). */
  ready: () => Promise<boolean>;
  port?: number;
  host?: string;
  plugins?: ApolloServerPlugin<C>[];
  /** Where its lines go: one per request (with the request id), and every unexpected error. Default: a logger named `name`. */
  log?: Logger;
  /** Served at `GET /metrics` (Prometheus text) when given. */
  metrics?: SubgraphMetrics;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Production shows no internals: unexpected errors lose their message and stack. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (process.env.NODE_ENV === "production" && formatted.extensions?.code === "INTERNAL_SERVER_ERROR") {
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  }
  void error;
  return formatted;
}

/** Serves a subgraph: GraphQL at `/graphql`, `/health` (alive), `/ready` (database reachable), `/metrics` (with `metrics`). */
export async function serve<C extends object>(options: ServeOptions<C>): Promise<RunningServer> {
  const log = options.log ?? createLogger(options.name);
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    logger: log,
    formatError,
    includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production",
    // The process runner owns SIGINT/SIGTERM and stops the server, then the database, then exits.
    stopOnTerminationSignals: false,
    // No usage reporting and no HTTP caching anywhere: no per-field traces or cache hints to compute.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), unexpectedErrors(log), ...(options.plugins ?? [])],
  });
  await apollo.start();
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLog(log));
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: options.name });
  });
  app.get("/ready", async (_req, res) => {
    const ok = await options.ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? "ready" : "unavailable", service: options.name });
  });
  const metrics = options.metrics;
  if (metrics) {
    app.get("/metrics", (_req, res) => {
      res.type(METRICS_CONTENT_TYPE).send(metrics.text());
    });
  }
  app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(apollo, { context: ({ req }) => options.context(req) }));

  const server = http.createServer(app);
  // The gateway keeps idle sockets open; close ours later than it does, so it never writes to a
  // socket we have just closed (`socket hang up` / ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "0.0.0.0", resolve);
  });
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      (stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Requests in flight get a moment to finish; then their connections are cut.
        const cut = setTimeout(() => server.closeAllConnections(), 5_000);
        await closed;
        clearTimeout(cut);
        await apollo.stop();
      })()),
  };
}

export const REQUEST_ID_HEADER = "x-request-id";
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One line per request, when it ends: method, path, status, milliseconds and the request id the
 * gateway forwarded (a new one when it came without), which the request's context logs with too.
 */
function requestLog(log: Logger): express.RequestHandler {
  return (req, res, next) => {
    const offered = req.get(REQUEST_ID_HEADER);
    const requestId = offered && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
      log.info({ requestId, method: req.method, path: req.originalUrl, status: res.statusCode, ms }, "request");
    });
    next();
  };
}

/** Errors no kit helper made (no code, or INTERNAL_SERVER_ERROR) are bugs: logged with their stack and the request id. */
function unexpectedErrors<C extends object>(log: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const requestLog = (contextValue as Partial<BaseContext>).log ?? log;
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === undefined || code === "INTERNAL_SERVER_ERROR")
              requestLog.error({ err: error.originalError ?? error, operationName, path: error.path }, "unexpected error");
          }
        },
      };
    },
  };
}

export interface SubgraphServerOptions<Extra extends object> {
  name: string;
  schema: GraphQLSchema;
  identity: IdentityConfig;
  /** What every request's context carries besides the caller: the database, clients of other services. */
  services: Extra;
  /** `/ready`: true when the database answers. */
  ready: () => Promise<boolean>;
  port?: number;
  host?: string;
  /** Default: a logger named after the subgraph. */
  log?: Logger;
  /** Served at `GET /metrics` when given. */
  metrics?: SubgraphMetrics;
}

/**
 * Serves a subgraph whose every request verifies the caller's token again (the gateway's check is
 * not trusted) and gets `services`, and a logger carrying its request id (`ctx.log`).
 */
export async function startSubgraph<Extra extends object>(options: SubgraphServerOptions<Extra>): Promise<RunningServer> {
  const log = options.log ?? createLogger(options.name);
  const readIdentity = identityReader(options.identity, log);
  return serve<BaseContext & Extra>({
    name: options.name,
    log,
    schema: options.schema,
    port: options.port,
    host: options.host,
    ready: options.ready,
    metrics: options.metrics,
    context: async (req) => ({ ...(await readIdentity(req.headers as Record<string, string>)), ...options.services }),
  });
}
