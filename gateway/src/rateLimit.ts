import { authenticate, createVerifier, type IdentityConfig } from "@coopgraph/identity";
import type express from "express";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { GatewayLogger } from "./logger";

export interface RateLimitOptions {
  /** Requests one caller may send per window. */
  points: number;
  /** The window, in seconds: a caller's count starts with its first request and is forgotten after. */
  windowSeconds: number;
  /** Redis shared by every gateway process (`redis://host:6379`); without it each process counts alone. */
  redisUrl?: string;
  /** Prefix of the Redis keys, so that several deployments (or test runs) can share one Redis. */
  keyPrefix?: string;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { points: 300, windowSeconds: 60, keyPrefix: "coopgraph:rate:public" };

/** How long the gateway waits for Redis at start before counting in-process until Redis answers. */
const REDIS_CONNECT_TIMEOUT_MS = 2_000;

export interface RateLimiter {
  /** Counts the request against its caller; answers 429 once the caller's requests in the window are used up. */
  middleware: express.RequestHandler;
  /** `redis` when counts are shared, `memory` when this process counts alone. */
  store: "redis" | "memory";
  close(): Promise<void>;
}

/**
 * Rate limits per caller (rate-limiter-flexible): each caller has `points` requests per window,
 * counted from its first request; the window's count is shared by every gateway process through
 * Redis, so a partner gets the same allowance whichever process answers. A caller is the verified
 * token's subject, or the client's address for anonymous callers and refused tokens (the
 * refusal itself comes later, from the context). Should Redis stop answering, each process
 * counts in memory (the same limit per process) until it is back: the public endpoint stays up.
 *
 * Every answer says `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds);
 * a refusal is HTTP 429 with `Retry-After` and a GraphQL error `RATE_LIMITED`, before the body
 * is read or any subgraph is called.
 */
export async function createRateLimiter(options: RateLimitOptions, identity: IdentityConfig, logger: GatewayLogger): Promise<RateLimiter> {
  const verify = createVerifier(identity);
  const { points, windowSeconds } = options;
  const keyPrefix = options.keyPrefix ?? DEFAULT_RATE_LIMIT.keyPrefix;
  const inMemory = new RateLimiterMemory({ points, duration: windowSeconds, keyPrefix });

  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract = inMemory;
  if (options.redisUrl) {
    redis = await connect(options.redisUrl, logger);
    limiter = new RateLimiterRedis({
      storeClient: redis,
      points,
      duration: windowSeconds,
      keyPrefix,
      rejectIfRedisNotReady: true,
      insuranceLimiter: inMemory,
    });
  }

  const middleware: express.RequestHandler = async (req, res, next) => {
    const key = await callerKey(req, verify);
    try {
      const state = await limiter.consume(key);
      setHeaders(res, points, state);
      next();
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) {
        // Neither Redis nor the in-memory fallback answered: let the request through rather than fail it.
        logger.warn(`rate limit not counted: ${outcome instanceof Error ? outcome.message : String(outcome)}`);
        return next();
      }
      setHeaders(res, points, outcome);
      const retryAfter = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      res.setHeader("Retry-After", String(retryAfter));
      res.status(429).json({
        errors: [
          {
            message: `Rate limit of ${points} requests per ${windowSeconds} s exceeded for this caller: retry in ${retryAfter} s.`,
            extensions: { code: "RATE_LIMITED", limit: points, windowSeconds, retryAfter },
          },
        ],
      });
    }
  };

  return {
    middleware,
    store: redis ? "redis" : "memory",
    async close() {
      if (!redis) return;
      await redis.quit().catch(() => redis!.disconnect());
    },
  };
}

async function callerKey(req: express.Request, verify: ReturnType<typeof createVerifier>): Promise<string> {
  try {
    const caller = await authenticate(req.get("authorization"), verify);
    if (caller) return `sub:${caller.sub}`;
  } catch {
    // A refused token is counted by address; the context refuses the request itself.
  }
  return `ip:${req.ip ?? req.socket.remoteAddress ?? "unknown"}`;
}

function setHeaders(res: express.Response, points: number, state: RateLimiterRes): void {
  res.setHeader("RateLimit-Limit", String(points));
  res.setHeader("RateLimit-Remaining", String(Math.max(0, state.remainingPoints)));
  res.setHeader("RateLimit-Reset", String(Math.max(0, Math.ceil(state.msBeforeNext / 1000))));
}

/** A Redis client that never queues commands while disconnected (the fallback counts then), reconnecting on its own. */
async function connect(url: string, logger: GatewayLogger): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: REDIS_CONNECT_TIMEOUT_MS });
  const where = redactedUrl(url);
  let announced = false;
  redis.on("error", (error: Error) => {
    if (announced) return;
    announced = true;
    logger.warn(`rate limits: Redis at ${where} does not answer (${error.message}); each gateway process counts alone until it does`);
  });
  redis.on("ready", () => {
    if (announced) logger.info(`rate limits: Redis at ${where} answers again; counts are shared`);
    announced = false;
  });
  await redis.connect().catch(() => undefined);
  return redis;
}

/** A Redis URL fit for a log line: its password replaced by ***. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.href;
  } catch {
    return "(unparsable REDIS_URL)";
  }
}
