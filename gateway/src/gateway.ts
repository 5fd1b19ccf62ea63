import "./telemetry";
import { expressMiddleware } from "@as-integrations/express5";
import type { ApolloServer } from "@apollo/server";
import type { IdentityConfig } from "@coopgraph/identity";
import { CUSTOM_SCALARS } from "@coopgraph/scalars";
import express from "express";
import http from "node:http";
import { createContext, type GatewayContext, REQUEST_ID_HEADER } from "./context";
import { SubgraphDataSource } from "./dataSource";
import { DEFAULT_MAX_DEPTH, maxDepthRule } from "./depthLimit";
import { explorerPage, sampleQuery, serveExplorer } from "./explorer";
import { inputValidation } from "./inputs";
import { createSubgraphAgents, createSubgraphFetcher, type SubgraphAgents } from "./fetcher";
import { startGraphQLServer } from "./graphqlServer";
import { DEFAULT_READY_TIMEOUT_MS, healthRoutes } from "./health";
import { baseUrl, close, listen } from "./httpServer";
import { DEFAULT_MAX_BODY_BYTES, httpErrors, notFound } from "./httpErrors";
import { type GatewayLogger, gatewayLogger } from "./logger";
import { readOnlyRule } from "./readOnly";
import { SubgraphDirectory, subgraphUrlVariable } from "./subgraphs";
import { disableApolloTelemetry } from "./telemetry";

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;
export const GRAPHQL_PATH = "/graphql";
export const PUBLIC_PATH = "/public";
export const PUBLIC_GRAPHQL_PATH = "/public/graphql";

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). Never introspected from the subgraphs. */
  supergraphSdl: string;
  /** The partner contract's supergraph: served on /public/graphql when given. */
  publicSupergraphSdl?: string;
  /** Subgraph URL overrides by subgraph name, e.g. `{ membership: "http://127.0.0.1:5555/graphql" }`. */
  subgraphUrls?: Record<string, string>;
  identity: IdentityConfig;
  /** Default 4000; 0 picks a free port. */
  port?: number;
  /** Default 0.0.0.0 (every interface). */
  host?: string;
  /** How long one subgraph request may take. Default 10 000 ms. */
  subgraphTimeoutMs?: number;
  /** How long each subgraph's /ready may take when /ready is asked. Default 2000 ms. */
  readyTimeoutMs?: number;
  /** Answer `Apollo-Query-Plan-Experimental: 1` with the query plan (main graph only). Default false. */
  exposeQueryPlan?: boolean;
  /** Deepest field nesting an operation may have. Default 15. */
  maxDepth?: number;
  /** Largest request body. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Hide stack traces and internal error messages. Default: NODE_ENV === "production". */
  production?: boolean;
  /** Default: JSON lines on stdout at LOG_LEVEL (info). */
  logger?: GatewayLogger;
}

export interface RunningGateway {
  /** Base URL, e.g. http://127.0.0.1:4000 (GraphQL at `${url}/graphql`). */
  url: string;
  port: number;
  /** The partner contract is served (a public supergraph was given). */
  servesPublicContract: boolean;
  /** Stops taking requests, finishes those in flight, stops both gateways, closes pooled sockets. */
  stop(): Promise<void>;
}

/** Starts the gateway: explorer at /, GraphQL at /graphql, the partner contract at /public/graphql, /health, /ready. */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  disableApolloTelemetry();
  const logger = options.logger ?? gatewayLogger();
  const production = options.production ?? process.env.NODE_ENV === "production";
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const host = options.host ?? "0.0.0.0";

  const agents = createSubgraphAgents();
  const directory = new SubgraphDirectory(options.subgraphUrls);
  const buildService = ({ name, url }: { name: string; url?: string }) =>
    new SubgraphDataSource({
      name,
      url: directory.resolve(name, url),
      fetcher: createSubgraphFetcher({ subgraph: name, timeoutMs: subgraphTimeoutMs, agents }),
    });

  const servers: ApolloServer<GatewayContext>[] = [];
  const httpServer = http.createServer();
  try {
    const main = await startGraphQLServer({
      supergraphSdl: options.supergraphSdl,
      buildService,
      exposeQueryPlan: options.exposeQueryPlan ?? false,
      validationRules: [maxDepthRule(maxDepth)],
      plugins: [inputValidation(CUSTOM_SCALARS)],
      production,
      logger,
    });
    servers.push(main);
    const partner =
      options.publicSupergraphSdl === undefined
        ? undefined
        : await startGraphQLServer({
            supergraphSdl: options.publicSupergraphSdl,
            buildService,
            // A query plan would show partners what the contract hides.
            exposeQueryPlan: false,
            validationRules: [readOnlyRule(PUBLIC_GRAPHQL_PATH), maxDepthRule(maxDepth)],
            plugins: [inputValidation(CUSTOM_SCALARS)],
            production,
            logger,
          });
    if (partner) servers.push(partner);
    for (const name of directory.unusedOverrides()) {
      logger.warn(`the URL override for '${name}' names no subgraph of the supergraph (${subgraphUrlVariable(name)}?)`);
    }

    httpServer.on("request", application({ main, partner, directory, agents, options, maxBodyBytes, logger }));
    const port = await listen(httpServer, options.port ?? 4000, host);
    let stopping: Promise<void> | undefined;
    return {
      url: baseUrl(host, port),
      port,
      servesPublicContract: partner !== undefined,
      stop: () => (stopping ??= shutdown(httpServer, servers, agents)),
    };
  } catch (error) {
    await shutdown(httpServer, servers, agents).catch(() => undefined);
    throw error;
  }
}

function application({
  main,
  partner,
  directory,
  agents,
  options,
  maxBodyBytes,
  logger,
}: {
  main: ApolloServer<GatewayContext>;
  partner: ApolloServer<GatewayContext> | undefined;
  directory: SubgraphDirectory;
  agents: SubgraphAgents;
  options: GatewayOptions;
  maxBodyBytes: number;
  logger: GatewayLogger;
}): express.Express {
  const context = createContext(options.identity);
  const json = express.json({ limit: maxBodyBytes });
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLog(logger));

  app.use(healthRoutes({ subgraphs: () => directory.list(), agents, timeoutMs: options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS }));

  const explorer = serveExplorer(explorerPage({ title: "coopgraph", endpoint: GRAPHQL_PATH, defaultQuery: sampleQuery("main") }));
  app.get("/", explorer, index(partner !== undefined));
  app.use(GRAPHQL_PATH, explorer, json, expressMiddleware(main, { context }));

  if (partner) {
    const publicExplorer = serveExplorer(explorerPage({ title: "coopgraph public contract", endpoint: PUBLIC_GRAPHQL_PATH, defaultQuery: sampleQuery("public") }));
    app.get(PUBLIC_PATH, publicExplorer, index(true));
    app.use(PUBLIC_GRAPHQL_PATH, publicExplorer, json, expressMiddleware(partner, { context }));
  }

  app.use(notFound());
  app.use(httpErrors({ maxBodyBytes, logger }));
  return app;
}

/** One line per request when it ends, with the request id the subgraphs it reached log with too. */
function requestLog(logger: GatewayLogger): express.RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const requestId = res.getHeader(REQUEST_ID_HEADER);
      const ms = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
      logger.info({ msg: "request", ...(requestId ? { requestId } : {}), method: req.method, path: req.originalUrl, status: res.statusCode, ms });
    });
    next();
  };
}

/** What a non-browser client finds at / : where things are. */
function index(servesPublicContract: boolean): express.RequestHandler {
  return (_req, res) => {
    res.json({
      graphql: GRAPHQL_PATH,
      explorer: "/ (open it in a browser)",
      ...(servesPublicContract ? { publicGraphql: PUBLIC_GRAPHQL_PATH, publicExplorer: PUBLIC_PATH } : {}),
      health: "/health",
      ready: "/ready",
    });
  };
}

const STOP_GRACE_MS = 10_000;

async function shutdown(httpServer: http.Server, servers: ApolloServer<GatewayContext>[], agents: SubgraphAgents): Promise<void> {
  try {
    await close(httpServer, STOP_GRACE_MS);
    // Stopping Apollo Server stops its ApolloGateway too.
    await Promise.all(servers.map((server) => server.stop()));
  } finally {
    agents.destroy();
  }
}
