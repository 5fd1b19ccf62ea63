import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gatewayOptionsFromEnv, REPO_ROOT } from "../src/env";

const SUPERGRAPH = "# supergraph\n";
const PUBLIC = "# public supergraph\n";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "gateway-env-"));
  mkdirSync(path.join(root, "schema"));
  writeFileSync(path.join(root, "schema", "supergraph.graphql"), SUPERGRAPH);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the gateway's settings from the environment", () => {
  it("default to port 4000 on every interface, the committed supergraph, and no query plans", () => {
    const { options, notices } = gatewayOptionsFromEnv({}, root);

    expect(options).toEqual({
      supergraphSdl: SUPERGRAPH,
      publicSupergraphSdl: undefined,
      subgraphUrls: {},
      identity: expect.objectContaining({ usingDevSecret: true, issuer: "coopgraph", audience: "coopgraph" }),
      port: 4000,
      host: "0.0.0.0",
      subgraphTimeoutMs: 10_000,
      deduplicateSubgraphRequests: true,
      queryPlanCacheMb: 30,
      exposeQueryPlan: false,
      maxBodyBytes: 1_048_576,
      limits: { maxDepth: 15, maxCost: 100_000, maxAliases: 30, maxDirectives: 50, maxTokens: 10_000, maxBatch: 10 },
      publicLimits: { maxDepth: 12, maxCost: 20_000, maxAliases: 15, maxDirectives: 10, maxTokens: 4_000, maxBatch: 1 },
      rateLimit: { points: 300, windowSeconds: 60, redisUrl: undefined, keyPrefix: "coopgraph:rate:public" },
      responseCache: { endpoints: "public", ttlSeconds: 10, redisUrl: undefined, keyPrefix: "coopgraph:cache" },
      persistedOperationsOnly: false,
      introspection: true,
      production: false,
    });
    expect(notices).toEqual([
      `no public contract at ${path.join(root, "schema", "public-supergraph.graphql")} (ENOENT): /public/graphql is not served`,
      "tokens are verified with the built-in development secret: set JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL in production",
    ]);
  });

  it("serve the public contract when its file is there", () => {
    writeFileSync(path.join(root, "schema", "public-supergraph.graphql"), PUBLIC);

    const { options, notices } = gatewayOptionsFromEnv({ JWT_SECRET: "s" }, root);

    expect(options.publicSupergraphSdl).toBe(PUBLIC);
    expect(notices).toEqual([]);
  });

  it("read every variable", () => {
    writeFileSync(path.join(root, "other.graphql"), "# other\n");
    writeFileSync(path.join(root, "contract.graphql"), PUBLIC);

    const { options } = gatewayOptionsFromEnv(
      {
        PORT: "0",
        HOST: "127.0.0.1",
        SUPERGRAPH_PATH: "other.graphql",
        PUBLIC_SUPERGRAPH_PATH: path.join(root, "contract.graphql"),
        SUBGRAPH_URL_MEMBERSHIP: "http://membership.internal:8080/graphql",
        SUBGRAPH_URL_FINANCE: " http://finance.internal:8080/graphql ",
        SUBGRAPH_TIMEOUT_MS: "2500",
        SUBGRAPH_DEDUPLICATION: "false",
        QUERY_PLAN_CACHE_MB: "64",
        EXPOSE_QUERY_PLAN: "true",
        MAX_QUERY_DEPTH: "10",
        MAX_QUERY_COST: "5000",
        MAX_ALIASES: "5",
        MAX_DIRECTIVES: "4",
        MAX_TOKENS: "800",
        MAX_BATCH_SIZE: "3",
        PUBLIC_MAX_QUERY_DEPTH: "8",
        PUBLIC_MAX_QUERY_COST: "1000",
        PUBLIC_MAX_ALIASES: "2",
        PUBLIC_MAX_DIRECTIVES: "1",
        PUBLIC_MAX_TOKENS: "400",
        MAX_BODY_BYTES: "65536",
        PUBLIC_RATE_LIMIT: "100",
        PUBLIC_RATE_LIMIT_WINDOW_SECONDS: "30",
        REDIS_URL: "redis://cache:6379",
        RATE_LIMIT_KEY_PREFIX: "staging:rate",
        RESPONSE_CACHE: "all",
        RESPONSE_CACHE_TTL_SECONDS: "30",
        RESPONSE_CACHE_KEY_PREFIX: "staging:cache",
        PERSISTED_OPERATIONS_ONLY: "true",
        INTROSPECTION: "true",
        TRUST_PROXY: "1",
        NODE_ENV: "production",
        JWT_SECRET: "a-real-secret",
      },
      root,
    );

    expect(options).toMatchObject({
      supergraphSdl: "# other\n",
      publicSupergraphSdl: PUBLIC,
      subgraphUrls: { MEMBERSHIP: "http://membership.internal:8080/graphql", FINANCE: "http://finance.internal:8080/graphql" },
      identity: expect.objectContaining({ secret: "a-real-secret", usingDevSecret: false }),
      port: 0,
      host: "127.0.0.1",
      subgraphTimeoutMs: 2_500,
      deduplicateSubgraphRequests: false,
      queryPlanCacheMb: 64,
      exposeQueryPlan: true,
      maxBodyBytes: 65_536,
      limits: { maxDepth: 10, maxCost: 5_000, maxAliases: 5, maxDirectives: 4, maxTokens: 800, maxBatch: 3 },
      publicLimits: { maxDepth: 8, maxCost: 1_000, maxAliases: 2, maxDirectives: 1, maxTokens: 400, maxBatch: 1 },
      rateLimit: { points: 100, windowSeconds: 30, redisUrl: "redis://cache:6379", keyPrefix: "staging:rate" },
      responseCache: { endpoints: "all", ttlSeconds: 30, redisUrl: "redis://cache:6379", keyPrefix: "staging:cache" },
      persistedOperationsOnly: true,
      introspection: true,
      trustProxy: 1,
      production: true,
    });
  });

  it("turn introspection off in production unless INTROSPECTION says otherwise, and warn when rate limits are not shared", () => {
    const { options, notices } = gatewayOptionsFromEnv({ NODE_ENV: "production", JWT_SECRET: "a-real-secret" }, root);

    expect(options.introspection).toBe(false);
    expect(notices).toContain("REDIS_URL is not set: each gateway process counts the public rate limits alone");
    expect(gatewayOptionsFromEnv({ INTROSPECTION: "false", JWT_SECRET: "s" }, root).options.introspection).toBe(false);
  });

  it("refuse to start without a supergraph, saying where it looked", () => {
    expect(() => gatewayOptionsFromEnv({ SUPERGRAPH_PATH: "missing.graphql" }, root)).toThrow(
      `cannot read the supergraph at ${path.join(root, "missing.graphql")} (ENOENT): run \`npm run compose\` or set SUPERGRAPH_PATH`,
    );
  });

  it("refuse numbers and flags that make no sense", () => {
    expect(() => gatewayOptionsFromEnv({ PORT: "http" }, root)).toThrow("PORT must be a whole number from 0 to 65535, not 'http'");
    expect(() => gatewayOptionsFromEnv({ SUBGRAPH_TIMEOUT_MS: "0" }, root)).toThrow("SUBGRAPH_TIMEOUT_MS must be a whole number from 1 up, not '0'");
    expect(() => gatewayOptionsFromEnv({ EXPOSE_QUERY_PLAN: "maybe" }, root)).toThrow("EXPOSE_QUERY_PLAN must be true or false, not 'maybe'");
    expect(() => gatewayOptionsFromEnv({ RESPONSE_CACHE: "private" }, root)).toThrow("RESPONSE_CACHE must be public, all or false, not 'private'");
    expect(() => gatewayOptionsFromEnv({ RESPONSE_CACHE_TTL_SECONDS: "0" }, root)).toThrow("RESPONSE_CACHE_TTL_SECONDS must be a whole number from 1 to 3600, not '0'");
  });

  it("turn the response cache off with RESPONSE_CACHE=false", () => {
    expect(gatewayOptionsFromEnv({ RESPONSE_CACHE: "false" }, root).options.responseCache).toBe(false);
    expect(gatewayOptionsFromEnv({ RESPONSE_CACHE: "true" }, root).options.responseCache).toMatchObject({ endpoints: "public" });
  });

  it("find the repository root from the gateway's folder", () => {
    expect(path.join(REPO_ROOT, "gateway")).toBe(path.resolve(__dirname, ".."));
  });
});
