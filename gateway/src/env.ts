import { identityConfigFromEnv } from "@coopgraph/identity";
import { readFileSync } from "node:fs";
import path from "node:path";
import { MAIN_LIMITS, PUBLIC_LIMITS, type OperationLimits } from "./armor";
import type { GatewayOptions } from "./gateway";
import { DEFAULT_QUERY_PLAN_CACHE_MB } from "./queryPlanCache";
import { DEFAULT_RATE_LIMIT } from "./rateLimit";
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheOptions } from "./responseCache";

/** gateway/src or gateway/dist -> the repository root. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

export interface GatewayEnvironment {
  options: GatewayOptions;
  /** Lines worth printing at start: defaults in use, paths not found. */
  notices: string[];
}

/**
 * The gateway's settings from environment variables (README, "Gateway"):
 * PORT (4000), HOST (0.0.0.0), SUPERGRAPH_PATH (schema/supergraph.graphql),
 * PUBLIC_SUPERGRAPH_PATH (schema/public-supergraph.graphql; absent file: no /public),
 * SUBGRAPH_URL_<NAME>, SUBGRAPH_TIMEOUT_MS (10000), SUBGRAPH_DEDUPLICATION (true), QUERY_PLAN_CACHE_MB (30),
 * EXPOSE_QUERY_PLAN (false), MAX_BODY_BYTES
 * (1048576), the operation limits of each endpoint (MAX_QUERY_DEPTH, MAX_QUERY_COST, MAX_ALIASES,
 * MAX_DIRECTIVES, MAX_TOKENS, MAX_BATCH_SIZE; PUBLIC_MAX_* for /public/graphql; defaults in
 * armor.ts), PUBLIC_RATE_LIMIT (300) per PUBLIC_RATE_LIMIT_WINDOW_SECONDS (60), REDIS_URL,
 * RATE_LIMIT_KEY_PREFIX, RESPONSE_CACHE (public), RESPONSE_CACHE_TTL_SECONDS (10),
 * RESPONSE_CACHE_KEY_PREFIX, PERSISTED_OPERATIONS_ONLY (false), INTROSPECTION (on unless production),
 * TRUST_PROXY, NODE_ENV, and the JWT_* of @coopgraph/identity.
 */
export function gatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env, repoRoot: string = REPO_ROOT): GatewayEnvironment {
  const notices: string[] = [];
  const supergraphPath = path.resolve(repoRoot, set(env.SUPERGRAPH_PATH) ?? "schema/supergraph.graphql");
  const publicPath = path.resolve(repoRoot, set(env.PUBLIC_SUPERGRAPH_PATH) ?? "schema/public-supergraph.graphql");

  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, "utf8");
  } catch (error) {
    throw new Error(`cannot read the supergraph at ${supergraphPath} (${code(error)}): run \`npm run compose\` or set SUPERGRAPH_PATH`);
  }
  let publicSupergraphSdl: string | undefined;
  try {
    publicSupergraphSdl = readFileSync(publicPath, "utf8");
  } catch (error) {
    notices.push(`no public contract at ${publicPath} (${code(error)}): /public/graphql is not served`);
  }

  const subgraphUrls: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_(.+)$/.exec(name);
    if (match && set(value)) subgraphUrls[match[1]] = value!.trim();
  }

  const identity = identityConfigFromEnv(env);
  if (identity.usingDevSecret) {
    notices.push("tokens are verified with the built-in development secret: set JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL in production");
  }
  const production = env.NODE_ENV === "production";
  const redisUrl = set(env.REDIS_URL);
  if (production && !redisUrl) notices.push("REDIS_URL is not set: each gateway process counts the public rate limits alone");

  return {
    options: {
      supergraphSdl,
      publicSupergraphSdl,
      subgraphUrls,
      identity,
      port: integer(env, "PORT", 4000, 0, 65_535),
      host: set(env.HOST) ?? "0.0.0.0",
      subgraphTimeoutMs: integer(env, "SUBGRAPH_TIMEOUT_MS", 10_000, 1),
      queryPlanCacheMb: integer(env, "QUERY_PLAN_CACHE_MB", DEFAULT_QUERY_PLAN_CACHE_MB, 1, 4096),
      deduplicateSubgraphRequests: set(env.SUBGRAPH_DEDUPLICATION) === undefined || flag(env, "SUBGRAPH_DEDUPLICATION"),
      exposeQueryPlan: flag(env, "EXPOSE_QUERY_PLAN"),
      maxBodyBytes: integer(env, "MAX_BODY_BYTES", 1024 * 1024, 1),
      limits: limits(env, "", MAIN_LIMITS),
      publicLimits: limits(env, "PUBLIC_", PUBLIC_LIMITS),
      rateLimit: {
        points: integer(env, "PUBLIC_RATE_LIMIT", DEFAULT_RATE_LIMIT.points, 1),
        windowSeconds: integer(env, "PUBLIC_RATE_LIMIT_WINDOW_SECONDS", DEFAULT_RATE_LIMIT.windowSeconds, 1),
        redisUrl,
        keyPrefix: set(env.RATE_LIMIT_KEY_PREFIX) ?? DEFAULT_RATE_LIMIT.keyPrefix,
      },
      responseCache: responseCache(env, redisUrl),
      persistedOperationsOnly: flag(env, "PERSISTED_OPERATIONS_ONLY"),
      introspection: set(env.INTROSPECTION) === undefined ? !production : flag(env, "INTROSPECTION"),
      ...(set(env.TRUST_PROXY) === undefined ? {} : { trustProxy: trustProxy(env.TRUST_PROXY!) }),
      production,
    },
    notices,
  };
}

/** `MAX_QUERY_DEPTH`… for /graphql, `PUBLIC_MAX_QUERY_DEPTH`… for /public/graphql, where batches are always refused. */
function limits(env: NodeJS.ProcessEnv, prefix: "" | "PUBLIC_", defaults: OperationLimits): OperationLimits {
  return {
    maxDepth: integer(env, `${prefix}MAX_QUERY_DEPTH`, defaults.maxDepth, 1),
    maxCost: integer(env, `${prefix}MAX_QUERY_COST`, defaults.maxCost, 1),
    maxAliases: integer(env, `${prefix}MAX_ALIASES`, defaults.maxAliases, 0),
    maxDirectives: integer(env, `${prefix}MAX_DIRECTIVES`, defaults.maxDirectives, 0),
    maxTokens: integer(env, `${prefix}MAX_TOKENS`, defaults.maxTokens, 1),
    maxBatch: prefix === "" ? integer(env, "MAX_BATCH_SIZE", defaults.maxBatch, 1) : defaults.maxBatch,
  };
}

/** RESPONSE_CACHE: `public` (default), `all` (/graphql too), `false` (none; `true` means `public`). */
function responseCache(env: NodeJS.ProcessEnv, redisUrl: string | undefined): Partial<ResponseCacheOptions> | false {
  const raw = set(env.RESPONSE_CACHE)?.toLowerCase() ?? "public";
  const endpoints = raw === "true" ? "public" : raw;
  if (["false", "0", "no", "off"].includes(raw)) return false;
  if (endpoints !== "public" && endpoints !== "all") throw new Error(`RESPONSE_CACHE must be public, all or false, not '${env.RESPONSE_CACHE}'`);
  return {
    endpoints,
    ttlSeconds: integer(env, "RESPONSE_CACHE_TTL_SECONDS", DEFAULT_RESPONSE_CACHE.ttlSeconds, 1, 3600),
    redisUrl,
    keyPrefix: set(env.RESPONSE_CACHE_KEY_PREFIX) ?? DEFAULT_RESPONSE_CACHE.keyPrefix,
  };
}

/** WEB_CONCURRENCY: how many gateway processes share the port (index.ts). Default 1: this process alone. */
export function workersFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return integer(env, "WEB_CONCURRENCY", 1, 1, 256);
}

/** Express's `trust proxy`: true/false, a number of hops, or addresses and subnets. */
function trustProxy(raw: string): boolean | number | string {
  const value = raw.trim();
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function set(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value.trim() : undefined;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = set(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : " up"}, not '${raw}'`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = set(env[name])?.toLowerCase();
  if (raw === undefined) return false;
  if (["true", "1", "yes", "on"].includes(raw)) return true;
  if (["false", "0", "no", "off"].includes(raw)) return false;
  throw new Error(`${name} must be true or false, not '${env[name]}'`);
}

function code(error: unknown): string {
  return (error as { code?: string }).code ?? String(error);
}
