import "./telemetry";
import { expressMiddleware } from "@as-integrations/express5";
import type { ApolloServer } from "@apollo/server";
import type { IdentityConfig } from "@coopgraph/identity";
import { CUSTOM_SCALARS } from "@coopgraph/scalars";
import express from "express";
import http from "node:http";
import { MAIN_LIMITS, protection, PUBLIC_LIMITS, type OperationLimits } from "./armor";
import { limitBatches } from "./batching";
import { createContext, type GatewayContext, REQUEST_ID_HEADER } from "./context";
import { SubgraphDataSource } from "./dataSource";
import { defaultSavedOperations, developmentAuthorization, explorerPage, sampleQuery, serveExplorer, type SavedOperation } from "./explorer";
import { deduplicationCounts, type DeduplicationCounts } from "./deduplication";
import { inputValidation } from "./inputs";
import { createSubgraphAgents, createSubgraphFetcher, type SubgraphAgents } from "./fetcher";
import { startGraphQLServer } from "./graphqlServer";
import { DEFAULT_READY_TIMEOUT_MS, healthRoutes } from "./health";
import { baseUrl, close, listen } from "./httpServer";
import { DEFAULT_MAX_BODY_BYTES, httpErrors, notFound } from "./httpErrors";
import { type GatewayLogger, gatewayLogger } from "./logger";
import { metricsRoute } from "./metrics";
import { createQueryPlanCache, type QueryPlanCache } from "./queryPlanCache";
import { defaultPersistedOperations, persistedOperations, type PersistedOperationManifest } from "./persisted";
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimiter, type RateLimitOptions } from "./rateLimit";
import { readOnlyRule } from "./readOnly";
import { createResponseCache, type ResponseCacheOptions } from "./responseCache";
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
  /**
   * Identical subgraph queries in flight at once (same subgraph, query, variables and caller's
   * token) share one request (deduplication.ts); never mutations, never across tokens. Default true.
   */
  deduplicateSubgraphRequests?: boolean;
  /** Memory for each endpoint's query plans, least recently used dropped first (queryPlanCache.ts). Default 30 MB. */
  queryPlanCacheMb?: number;
  /** How long one subgraph request may take. Default 10 000 ms. */
  subgraphTimeoutMs?: number;
  /** How long each subgraph's /ready may take when /ready is asked. Default 2000 ms. */
  readyTimeoutMs?: number;
  /** Answer `Apollo-Query-Plan-Experimental: 1` with the query plan (main graph only). Default false. */
  exposeQueryPlan?: boolean;
  /** Deepest field nesting an operation may have, on both endpoints (`limits` and `publicLimits` win). */
  maxDepth?: number;
  /** What one operation may ask of /graphql (armor.ts). Default MAIN_LIMITS. */
  limits?: Partial<OperationLimits>;
  /** What one operation may ask of /public/graphql. Default PUBLIC_LIMITS (batches refused). */
  publicLimits?: Partial<OperationLimits>;
  /** Requests per caller on /public/graphql (rateLimit.ts); false: none. Default 300 per 60 s, in-process. */
  rateLimit?: RateLimitOptions | false;
  /** Short-lived answers to public catalogue reads (responseCache.ts); false: none. Default 10 s, /public/graphql only, in-process. */
  responseCache?: Partial<ResponseCacheOptions> | false;
  /** Introspection on /graphql. Default: on, except in production. /public/graphql always answers it. */
  introspection?: boolean;
  /** Operations registered by hash. Default: @coopgraph/client's persisted-operations.json. */
  persistedOperations?: PersistedOperationManifest;
  /** /graphql runs registered operations only. Default false. */
  persistedOperationsOnly?: boolean;
  /** The explorer's saved operations. Default: @coopgraph/client's saved-operations.json. */
  savedOperations?: SavedOperation[];
  /** Express's `trust proxy`: behind a load balancer, anonymous callers are told apart by X-Forwarded-For. Default false. */
  trustProxy?: boolean | number | string;
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
  const depth = options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth };
  const limits: OperationLimits = { ...MAIN_LIMITS, ...depth, ...options.limits };
  const publicLimits: OperationLimits = { ...PUBLIC_LIMITS, ...depth, ...options.publicLimits };
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const host = options.host ?? "0.0.0.0";

  const agents = createSubgraphAgents();
  const counts = deduplicationCounts();
  const deduplicate = options.deduplicateSubgraphRequests ?? true;
  const queryPlans = { main: createQueryPlanCache(options.queryPlanCacheMb), public: createQueryPlanCache(options.queryPlanCacheMb) };
  const directory = new SubgraphDirectory(options.subgraphUrls);
  const buildService = ({ name, url }: { name: string; url?: string }) =>
    new SubgraphDataSource({
      name,
      url: directory.resolve(name, url),
      fetcher: createSubgraphFetcher({ subgraph: name, timeoutMs: subgraphTimeoutMs, agents, deduplicate, counts }),
    });

  const servers: ApolloServer<GatewayContext>[] = [];
  const closers: Array<() => Promise<void>> = [];
  const httpServer = http.createServer();
  try {
    const responseCache = options.responseCache === false ? undefined : await createResponseCache(options.responseCache ?? {}, logger);
    if (responseCache) closers.push(() => responseCache.close());
    const cached = (endpoint: "main" | "public") => (responseCache?.covers(endpoint) ? [responseCache.plugin(endpoint)] : []);
    const mainProtection = protection(limits, { hideSuggestions: production });
    const main = await startGraphQLServer({
      supergraphSdl: options.supergraphSdl,
      buildService,
      exposeQueryPlan: options.exposeQueryPlan ?? false,
      validationRules: mainProtection.validationRules,
      plugins: [inputValidation(CUSTOM_SCALARS), ...mainProtection.plugins, ...cached("main")],
      parseOptions: mainProtection.parseOptions,
      allowBatchedHttpRequests: limits.maxBatch > 1,
      introspection: options.introspection ?? !production,
      production,
      logger,
      queryPlans: queryPlans.main,
    });
    servers.push(main);
    const publicProtection = protection(publicLimits, { hideSuggestions: true });
    const partner =
      options.publicSupergraphSdl === undefined
        ? undefined
        : await startGraphQLServer({
            supergraphSdl: options.publicSupergraphSdl,
            buildService,
            // A query plan would show partners what the contract hides.
            exposeQueryPlan: false,
            validationRules: [readOnlyRule(PUBLIC_GRAPHQL_PATH), ...publicProtection.validationRules],
            plugins: [inputValidation(CUSTOM_SCALARS), ...publicProtection.plugins, ...cached("public")],
            parseOptions: publicProtection.parseOptions,
            allowBatchedHttpRequests: publicLimits.maxBatch > 1,
            // Partners read their documentation from the contract itself, which shows nothing else.
            introspection: true,
            production,
            logger,
            queryPlans: queryPlans.public,
          });
    if (partner) servers.push(partner);
    const rateLimiter = partner && options.rateLimit !== false ? await createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.identity, logger) : undefined;
    if (rateLimiter) closers.push(() => rateLimiter.close());
    for (const name of directory.unusedOverrides()) {
      logger.warn(`the URL override for '${name}' names no subgraph of the supergraph (${subgraphUrlVariable(name)}?)`);
    }

    httpServer.on("request", application({ main, partner, directory, agents, counts, queryPlans, options, maxBodyBytes, limits, publicLimits, rateLimiter, production, logger }));
    const port = await listen(httpServer, options.port ?? 4000, host);
    let stopping: Promise<void> | undefined;
    return {
      url: baseUrl(host, port),
      port,
      servesPublicContract: partner !== undefined,
      stop: () => (stopping ??= shutdown(httpServer, servers, agents, closers)),
    };
  } catch (error) {
    await shutdown(httpServer, servers, agents, closers).catch(() => undefined);
    throw error;
  }
}

function application({
  main,
  partner,
  directory,
  agents,
  counts,
  queryPlans,
  options,
  maxBodyBytes,
  limits,
  publicLimits,
  rateLimiter,
  production,
  logger,
}: {
  main: ApolloServer<GatewayContext>;
  partner: ApolloServer<GatewayContext> | undefined;
  directory: SubgraphDirectory;
  agents: SubgraphAgents;
  counts: DeduplicationCounts;
  queryPlans: Record<"main" | "public", QueryPlanCache>;
  options: GatewayOptions;
  maxBodyBytes: number;
  limits: OperationLimits;
  publicLimits: OperationLimits;
  rateLimiter: RateLimiter | undefined;
  production: boolean;
  logger: GatewayLogger;
}): express.Express {
  const context = createContext(options.identity);
  const json = express.json({ limit: maxBodyBytes });
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLog(logger));
  if (options.trustProxy !== undefined) app.set("trust proxy", options.trustProxy);
  const saved = options.savedOperations ?? defaultSavedOperations();
  const development = !production && options.identity.usingDevSecret;

  app.use(healthRoutes({ subgraphs: () => directory.list(), agents, timeoutMs: options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS }));
  app.get("/metrics", metricsRoute(counts, queryPlans));

  const explorer = serveExplorer(
    explorerPage({
      title: "coopgraph",
      endpoint: GRAPHQL_PATH,
      defaultQuery: sampleQuery("main", development),
      savedOperations: saved,
      authorization: development ? developmentAuthorization(options.identity, "ADMIN") : undefined,
    }),
  );
  const persisted = persistedOperations({
    manifest: options.persistedOperations ?? defaultPersistedOperations(),
    only: options.persistedOperationsOnly ?? false,
  });
  app.get("/", explorer, index(partner !== undefined));
  app.use(GRAPHQL_PATH, explorer, json, limitBatches({ path: GRAPHQL_PATH, maxBatch: limits.maxBatch }), persisted, expressMiddleware(main, { context }));

  if (partner) {
    const publicExplorer = serveExplorer(
      explorerPage({
        title: "coopgraph public contract",
        endpoint: PUBLIC_GRAPHQL_PATH,
        defaultQuery: sampleQuery("public", development),
        savedOperations: saved.filter((operation) => operation.public),
        authorization: development ? developmentAuthorization(options.identity, "PARTNER") : undefined,
        storageNamespace: "coopgraph-public",
      }),
    );
    const counted = rateLimiter ? [rateLimiter.middleware] : [];
    app.get(PUBLIC_PATH, publicExplorer, index(true));
    app.use(
      PUBLIC_GRAPHQL_PATH,
      publicExplorer,
      ...counted,
      json,
      limitBatches({ path: PUBLIC_GRAPHQL_PATH, maxBatch: publicLimits.maxBatch }),
      expressMiddleware(partner, { context }),
    );
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
      metrics: "/metrics",
    });
  };
}

const STOP_GRACE_MS = 10_000;

async function shutdown(httpServer: http.Server, servers: ApolloServer<GatewayContext>[], agents: SubgraphAgents, closers: Array<() => Promise<void>> = []): Promise<void> {
  try {
    await close(httpServer, STOP_GRACE_MS);
    // Stopping Apollo Server stops its ApolloGateway too.
    await Promise.all(servers.map((server) => server.stop()));
  } finally {
    agents.destroy();
    await Promise.all(closers.map((closer) => closer().catch(() => undefined)));
  }
}
