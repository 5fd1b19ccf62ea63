import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from "@apollo/server";
import type { Identity } from "@coopgraph/identity";
import { type DocumentNode, type GraphQLSchema, TypeInfo, visit, visitWithTypeInfo, BREAK } from "graphql";
import { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import { createHash } from "node:crypto";
import type { GatewayContext } from "./context";
import type { GatewayLogger } from "./logger";
import { redactedUrl } from "./rateLimit";

/**
 * A short-lived cache of whole answers to public catalogue reads: the cooperative directory
 * (`cooperatives`), tenders (`tenders`) and the course catalogue (`courses`).
 *
 * What decides such an answer: the database, the day, and the caller's role — the subgraphs' row
 * rules read `role` and `coopId` of the token and nothing else of the request (partners and
 * analysts list members and former members only, `cooperative.access.ts`; drafts are for ADMIN and
 * SERVICE, `tender.access.ts`; the catalogue is the same for everyone signed in). So an entry is
 * keyed by the endpoint, role, coopId, document, operation name and variables, and two callers
 * share it only when the subgraphs would have answered both alike.
 *
 * Only operations whose every field, in the operation and in every fragment of the document, is in
 * PUBLIC_CATALOGUE are cached: a field that reaches personal data (people, placements, a private
 * buyer's tax code), depends on whose cooperative the caller manages (assignments, contract
 * values) or is not listed at all makes the operation bypass the cache. Mutations, answers with
 * errors and query-plan requests are never cached.
 *
 * A hit is answered from Apollo Server's `responseForOperation` hook, after the limits and input
 * checks but before the query is planned: no subgraph is called. Answers say `x-cache: HIT`,
 * `MISS` or `BYPASS`.
 */

export interface ResponseCacheOptions {
  /** How long an answer is served again. Default 10 s. */
  ttlSeconds: number;
  /** `public`: /public/graphql only (default); `all`: /graphql too. */
  endpoints: "public" | "all";
  /** Redis shared by every gateway process (`redis://host:6379`); without it each process keeps its own in-process LRU. */
  redisUrl?: string;
  /** Prefix of the Redis keys, so that several deployments (or test runs) can share one Redis. */
  keyPrefix: string;
  /** Most answers the in-process LRU holds. Default 1000. */
  maxEntries: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { ttlSeconds: 10, endpoints: "public", keyPrefix: "coopgraph:cache", maxEntries: 1000 };

export type ResponseCacheEndpoint = "public" | "main";

export const CACHE_HEADER = "x-cache";

/**
 * The fields whose answer depends on nothing but the data, the day and the caller's role, and that
 * carry no personal data, by type. `__typename` is allowed everywhere. Every type an allowed field
 * returns is either a leaf or listed here (a test checks this against both schemas).
 */
export const PUBLIC_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  Query: ["cooperatives", "tenders", "courses"],
  PageInfo: ["hasNextPage", "endCursor"],
  CooperativeConnection: ["edges", "nodes", "pageInfo", "totalCount"],
  CooperativeEdge: ["cursor", "node"],
  Cooperative: ["id", "name", "taxCode", "alboNumber", "type", "status", "municipality", "province", "region", "atecoCodes", "admissionDate"],
  TenderConnection: ["edges", "nodes", "pageInfo", "totalCount"],
  TenderEdge: ["cursor", "node"],
  Tender: ["id", "cig", "cup", "title", "object", "procedure", "baseAmount", "deadline", "status", "buyer", "lots"],
  // Not taxCode: a private buyer's codice fiscale is personal data, shown to staff only.
  Buyer: ["name", "kind"],
  TenderLot: ["number", "title", "baseAmount", "cig"],
  CourseConnection: ["edges", "nodes", "pageInfo", "totalCount"],
  CourseEdge: ["cursor", "node"],
  Course: [
    "id",
    "title",
    "description",
    "area",
    "hours",
    "seats",
    "seatsTaken",
    "startDate",
    "endDate",
    "mode",
    "venue",
    "fundingSource",
    "fundingNotice",
    "fundingAmount",
    "attendanceThreshold",
    "safetyTraining",
    "sessions",
    "seatsLeft",
    "waitingListLength",
    "requiredHours",
  ],
  CourseSession: ["id", "number", "date", "hours"],
};

const ALLOWED = new Map(Object.entries(PUBLIC_CATALOGUE).map(([type, fields]) => [type, new Set(fields)]));

/**
 * Whether every field the document selects, in each of its operations and fragments, is in
 * PUBLIC_CATALOGUE (or is `__typename`). Fields under an interface or a union, or unknown to the
 * schema, make it false.
 */
export function selectsOnlyPublicCatalogue(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let allowed = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === "__typename") return;
        const parent = typeInfo.getParentType();
        if (parent && typeInfo.getFieldDef() && ALLOWED.get(parent.name)?.has(node.name.value)) return;
        allowed = false;
        return BREAK;
      },
    }),
  );
  return allowed;
}

/** The cache key: the same only for requests the subgraphs would answer alike (see the module's comment). */
export function cacheKey(parts: {
  endpoint: ResponseCacheEndpoint;
  identity: Identity | null;
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}): string {
  const { endpoint, identity, query, operationName, variables } = parts;
  const hash = createHash("sha256")
    .update(JSON.stringify([identity?.role ?? null, identity?.coopId ?? null, operationName ?? null, query, canonical(variables ?? {})]))
    .digest("hex");
  return `${endpoint}:${hash}`;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` make the same key. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export interface ResponseCacheCounts {
  /** Answered from the cache. */
  hits: number;
  /** Cacheable, not in the cache (or the cache did not answer): sent to the subgraphs. */
  misses: number;
  /** Not cacheable: a field outside the catalogue, a mutation, a query-plan request. */
  bypassed: number;
  /** Answers written to the cache. */
  stored: number;
  /** Reads or writes the store (Redis) failed; the request went on without it. */
  failures: number;
}

const counts: Record<ResponseCacheEndpoint, ResponseCacheCounts> = { public: zero(), main: zero() };

function zero(): ResponseCacheCounts {
  return { hits: 0, misses: 0, bypassed: 0, stored: 0, failures: 0 };
}

/** What every gateway of this process did with the cache since the process started, by endpoint (for /metrics). */
export function responseCacheStats(): Record<ResponseCacheEndpoint, ResponseCacheCounts> {
  return { public: { ...counts.public }, main: { ...counts.main } };
}

interface Store {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export interface ResponseCache {
  /** `redis` when entries are shared by every gateway process, `memory` when this process keeps its own. */
  store: "redis" | "memory";
  /** Whether this endpoint is cached. */
  covers(endpoint: ResponseCacheEndpoint): boolean;
  /** The Apollo Server plugin of one endpoint. */
  plugin(endpoint: ResponseCacheEndpoint): ApolloServerPlugin<GatewayContext>;
  close(): Promise<void>;
}

/** Opens the store (Redis, or an in-process LRU) and makes each endpoint's plugin. */
export async function createResponseCache(options: Partial<ResponseCacheOptions>, logger: GatewayLogger): Promise<ResponseCache> {
  const settings: ResponseCacheOptions = { ...DEFAULT_RESPONSE_CACHE, ...options };
  const ttlMs = Math.max(1, Math.round(settings.ttlSeconds * 1000));
  const store = settings.redisUrl ? await redisStore(settings.redisUrl, `${settings.keyPrefix}:`, ttlMs, logger) : memoryStore(settings.maxEntries, ttlMs);
  const verdicts = new WeakMap<DocumentNode, boolean>();
  const cacheable = (schema: GraphQLSchema, document: DocumentNode) => {
    let verdict = verdicts.get(document);
    if (verdict === undefined) verdicts.set(document, (verdict = selectsOnlyPublicCatalogue(schema, document)));
    return verdict;
  };

  return {
    store: settings.redisUrl ? "redis" : "memory",
    covers: (endpoint) => endpoint === "public" || settings.endpoints === "all",
    plugin: (endpoint) => plugin(endpoint, store, cacheable),
    close: () => store.close(),
  };
}

function plugin(endpoint: ResponseCacheEndpoint, store: Store, cacheable: (schema: GraphQLSchema, document: DocumentNode) => boolean): ApolloServerPlugin<GatewayContext> {
  const count = counts[endpoint];
  return {
    async requestDidStart() {
      // Set by responseForOperation: the key to store the answer under, when it went to the subgraphs.
      let missedKey: string | undefined;
      return {
        async responseForOperation(requestContext) {
          const { request, operation, document, schema, source, contextValue } = requestContext;
          const header = requestContext.response.http.headers;
          if (operation.operation !== "query" || request.http?.headers.get("apollo-query-plan-experimental") || !cacheable(schema, document)) {
            count.bypassed += 1;
            header.set(CACHE_HEADER, "BYPASS");
            return null;
          }
          const key = cacheKey({ endpoint, identity: contextValue.identity, query: source, operationName: request.operationName, variables: request.variables });
          const cached = await store.get(key).catch(() => {
            count.failures += 1;
            return undefined;
          });
          const answer = cached === undefined ? undefined : parsed(cached);
          if (answer) {
            count.hits += 1;
            return { http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, "HIT"]]) }, body: { kind: "single", singleResult: answer } };
          }
          count.misses += 1;
          header.set(CACHE_HEADER, "MISS");
          missedKey = key;
          return null;
        },
        async willSendResponse(requestContext: GraphQLRequestContext<GatewayContext>) {
          if (missedKey === undefined) return;
          const { body, http } = requestContext.response;
          if (body?.kind !== "single" || body.singleResult.errors?.length || body.singleResult.data == null) return;
          if (http.status !== undefined && http.status !== 200) return;
          await store.set(missedKey, JSON.stringify({ data: body.singleResult.data })).then(
            () => {
              count.stored += 1;
            },
            () => {
              count.failures += 1;
            },
          );
        },
      };
    },
  };
}

/** A stored answer, or undefined for anything else under its key (then it is a miss, and overwritten). */
function parsed(text: string): { data: Record<string, unknown> } | undefined {
  try {
    const value = JSON.parse(text) as { data?: unknown };
    return value && typeof value.data === "object" && value.data !== null ? (value as { data: Record<string, unknown> }) : undefined;
  } catch {
    return undefined;
  }
}

/** The in-process LRU's bound on what its answers weigh together, in characters of their JSON: a larger answer is not kept. */
const MEMORY_MAX_CHARS = 32 * 1024 * 1024;

function memoryStore(maxEntries: number, ttlMs: number): Store {
  const lru = new LRUCache<string, string>({ max: maxEntries, ttl: ttlMs, maxSize: MEMORY_MAX_CHARS, sizeCalculation: (value, key) => value.length + key.length });
  return {
    get: async (key) => lru.get(key),
    set: async (key, value) => {
      lru.set(key, value);
    },
    close: async () => lru.clear(),
  };
}

/** How long the gateway waits for Redis at start, and for each read or write after. */
const REDIS_CONNECT_TIMEOUT_MS = 2_000;
const REDIS_COMMAND_TIMEOUT_MS = 500;

/**
 * Entries in Redis, shared by every gateway process. A client that never queues commands while
 * disconnected and gives up on a command after REDIS_COMMAND_TIMEOUT_MS: while Redis does not
 * answer, every cacheable request is a miss that goes to the subgraphs. Said once in the log.
 */
async function redisStore(url: string, keyPrefix: string, ttlMs: number, logger: GatewayLogger): Promise<Store> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    // ioredis waits this long for a socket to close on disconnect, even one that never opened: it holds the process up at stop.
    disconnectTimeout: REDIS_COMMAND_TIMEOUT_MS,
    keyPrefix,
  });
  const where = redactedUrl(url);
  let announced = false;
  const failed = (error: unknown) => {
    if (!announced) {
      announced = true;
      logger.warn(`response cache: Redis at ${where} does not answer (${error instanceof Error ? error.message : String(error)}); answers come from the subgraphs until it does`);
    }
    throw error;
  };
  redis.on("error", (error: Error) => {
    try {
      failed(error);
    } catch {
      // Announced; the failing command is counted where it was sent.
    }
  });
  redis.on("ready", () => {
    if (announced) logger.info(`response cache: Redis at ${where} answers again`);
    announced = false;
  });
  await redis.connect().catch(() => undefined);
  return {
    get: async (key) => ((await redis.get(key).catch(failed)) as string | null) ?? undefined,
    set: async (key, value) => {
      await redis.set(key, value, "PX", ttlMs).catch(failed);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
