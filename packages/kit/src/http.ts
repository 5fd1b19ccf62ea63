import { ApolloServer, type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
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
  context: (req: http.IncomingMessage) => Promise<C>;
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

/** The largest request body `/graphql` reads: a larger one is refused with 413, unread. */
const MAX_BODY_BYTES = 1024 * 1024;

/** An answer of the server's own (not GraphQL's): status, and a JSON or text body. */
class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly contentType = "application/json; charset=utf-8",
  ) {
    super(body);
  }
}

const json = (status: number, value: unknown) => new HttpAnswer(status, JSON.stringify(value));

/** The request body, at most MAX_BODY_BYTES, parsed when it is JSON (as `express.json` would). */
async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers["content-length"]);
  if (declared > MAX_BODY_BYTES) throw json(413, { error: "request body larger than 1 MB" });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw json(413, { error: "request body larger than 1 MB" });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!/\bjson\b/i.test(req.headers["content-type"] ?? "")) return text || undefined;
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw json(400, { error: "the request body is not valid JSON" });
  }
}

function headerMap(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  return headers;
}

/**
 * Serves a subgraph: GraphQL at `/graphql`, `/health` (alive), `/ready` (database reachable),
 * `/metrics` (with `metrics`). Straight on node:http, without a framework: a subgraph answers
 * the gateway's POSTs by the thousand, and routing five paths needs no middleware chain.
 */
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
  const metrics = options.metrics;

  async function route(req: http.IncomingMessage, res: http.ServerResponse, path: string, search: string): Promise<HttpAnswer | undefined> {
    const method = req.method ?? "GET";
    if (path === "/graphql") {
      const body = method === "POST" ? await readBody(req) : undefined;
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: method.toUpperCase(), headers: headerMap(req), search, body },
        context: () => options.context(req),
      });
      res.statusCode = answer.status ?? 200;
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      if (answer.body.kind === "complete") {
        res.end(answer.body.string);
      } else {
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
      }
      return undefined;
    }
    if (method !== "GET" && method !== "HEAD") return json(404, { error: `no ${method} ${path} here` });
    if (path === "/health") return json(200, { status: "ok", service: options.name });
    if (path === "/ready") {
      const ok = await options.ready().catch(() => false);
      return json(ok ? 200 : 503, { status: ok ? "ready" : "unavailable", service: options.name });
    }
    if (path === "/metrics" && metrics) return new HttpAnswer(200, metrics.text(), METRICS_CONTENT_TYPE);
    return json(404, { error: `no ${method} ${path} here` });
  }

  const server = http.createServer((req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const path = query < 0 ? url : url.slice(0, query);
    res.on("finish", () => {
      const ms = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
      log.info({ requestId, method: req.method, path: url, status: res.statusCode, ms }, "request");
    });
    route(req, res, path, query < 0 ? "" : url.slice(query))
      .catch((error: unknown) => {
        if (error instanceof HttpAnswer) return error;
        log.error({ err: error, requestId }, "unexpected error");
        // Half an answer cannot be mended: the connection is cut so the caller sees it failed.
        if (res.headersSent) res.destroy();
        return json(500, { error: "internal server error" });
      })
      .then((answer) => {
        if (!answer || res.headersSent) return;
        res.statusCode = answer.status;
        res.setHeader("content-type", answer.contentType);
        res.end(req.method === "HEAD" ? undefined : answer.body);
      });
  });
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
 * The request id the gateway forwarded when it is an acceptable one, else a new one: set on the
 * request's headers for its context (which logs with it), answered back, and on its one log line
 * (method, path, status, milliseconds) when it ends.
 */
function requestIdOf(req: http.IncomingMessage): string {
  const offered = req.headers[REQUEST_ID_HEADER];
  const requestId = typeof offered === "string" && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
  req.headers[REQUEST_ID_HEADER] = requestId;
  return requestId;
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
