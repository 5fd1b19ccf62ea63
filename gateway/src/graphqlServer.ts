import "./telemetry";
import { ApolloGateway, type GraphQLDataSource } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import type { GraphQLFormattedError, ParseOptions, ValidationRule } from "graphql";
import type { GatewayContext } from "./context";
import type { GatewayLogger } from "./logger";
import type { QueryPlanCache } from "./queryPlanCache";
import { withoutSubgraphResponse } from "./subgraphErrors";

export interface GraphQLServerOptions {
  supergraphSdl: string;
  buildService: (subgraph: { name: string; url?: string }) => GraphQLDataSource;
  /** Answer `Apollo-Query-Plan-Experimental: 1` with the query plan in `extensions`. */
  exposeQueryPlan: boolean;
  validationRules: ValidationRule[];
  /** graphql-js's parser options, e.g. `maxTokens`. */
  parseOptions?: ParseOptions;
  /** More plugins, after the ones that turn Apollo's reporting off (input validation, the limits of armor.ts). */
  plugins?: ApolloServerPlugin<GatewayContext>[];
  /** Answer a JSON array of operations in one request (batching.ts caps how many). Default false. */
  allowBatchedHttpRequests?: boolean;
  /** Answer introspection (the explorer's docs and completion need it). Default true. */
  introspection?: boolean;
  production: boolean;
  logger: GatewayLogger;
  /** Where its query plans are kept (queryPlanCache.ts). */
  queryPlans: QueryPlanCache;
}

/**
 * One supergraph served by Apollo Server over an ApolloGateway: the full graph on /graphql,
 * the partner contract on /public/graphql. Static supergraph only: the gateway starts without
 * asking the subgraphs anything, whether or not they are up.
 */
export async function startGraphQLServer(options: GraphQLServerOptions): Promise<ApolloServer<GatewayContext>> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: options.buildService,
    // Its default is "on unless NODE_ENV=production": a query plan shows the subgraphs' layout.
    __exposeQueryPlanExperimental: options.exposeQueryPlan,
    serviceHealthCheck: false,
    queryPlannerConfig: { cache: options.queryPlans },
    // It announces each schema load ("Gateway successfully loaded schema") at info level: debug is enough.
    logger: { ...options.logger, info: (message) => options.logger.debug(message) },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: options.logger,
    // The explorer needs introspection; the contract it reveals is the one clients may use.
    introspection: options.introspection ?? true,
    csrfPrevention: true,
    allowBatchedHttpRequests: options.allowBatchedHttpRequests ?? false,
    validationRules: options.validationRules,
    parseOptions: options.parseOptions,
    // Stack traces only in development: never in production, and not in tests (as Apollo's default).
    includeStacktraceInErrorResponses: !options.production && process.env.NODE_ENV !== "test",
    formatError: options.production ? (formatted) => hideInternals(withoutSubgraphResponse(formatted)) : withoutSubgraphResponse,
    // index.ts stops the whole gateway (HTTP server first) on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    plugins: [
      // Nothing is reported to Apollo, whatever APOLLO_KEY or APOLLO_SCHEMA_REPORTING say.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // The explorer is served by explorer.ts; Apollo's landing page would load Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ...(options.plugins ?? []),
    ],
  });
  await server.start();
  return server;
}

/**
 * Production shows no internals: no stack trace, not even one a subgraph sent along (the gateway
 * copies a subgraph error's extensions), and unexpected errors lose their message.
 */
function hideInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.stacktrace !== undefined) {
    const { stacktrace: _trace, ...extensions } = formatted.extensions;
    formatted = { ...formatted, extensions };
  }
  if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
  const { serviceName } = formatted.extensions;
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", ...(serviceName ? { serviceName } : {}) },
  };
}
