import { signToken } from "@coopgraph/identity";
import { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import type { RunningGateway } from "../src/gateway";
import { gatewayOver, testIdentity } from "./support/gateway";
import { postGraphQL, type GraphQLAnswer } from "./support/http";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

/** Redis runs on this machine and in CI (.ci/run starts it); REDIS_URL points elsewhere. */
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const QUERY = { query: "{ items { id } }" };

let subgraphs: TestSubgraphs;
const gateways: RunningGateway[] = [];
/** Each test counts in keys of its own, so runs and tests never share a caller's allowance. */
let keyPrefix: string;

beforeAll(async () => {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`these tests need Redis at ${REDIS_URL} (redis-server --daemonize yes): ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
  subgraphs = await startSubgraphs();
});

beforeEach(() => {
  keyPrefix = `coopgraph-test:${randomUUID()}`;
  subgraphs.items.seen.length = 0;
});

afterEach(async () => {
  await Promise.all(gateways.splice(0).map((gateway) => gateway.stop()));
});

afterAll(async () => {
  await subgraphs?.stop();
});

async function gateway(rateLimit: { points: number; windowSeconds: number; redisUrl?: string }): Promise<RunningGateway> {
  // Each answered request must reach the subgraph to be counted there: no sharing of identical ones in flight.
  const started = await gatewayOver(subgraphs, { publicSupergraphSdl: subgraphs.supergraphSdl, rateLimit: { keyPrefix, ...rateLimit }, deduplicateSubgraphRequests: false });
  gateways.push(started);
  return started;
}

const partnerToken = (sub = "partner-42") => signToken({ sub, role: "PARTNER" }, testIdentity);

function tally(answers: GraphQLAnswer[]): { answered: number; limited: number; other: number } {
  return {
    answered: answers.filter((a) => a.status === 200 && a.body.data !== undefined).length,
    limited: answers.filter((a) => a.status === 429).length,
    other: answers.filter((a) => a.status !== 200 && a.status !== 429).length,
  };
}

describe("the public endpoint's rate limit", () => {
  it("answers exactly 100 of 200 requests sent at once by one partner to two gateway processes sharing Redis, and refuses the rest with 429", async () => {
    const first = await gateway({ points: 100, windowSeconds: 60, redisUrl: REDIS_URL });
    const second = await gateway({ points: 100, windowSeconds: 60, redisUrl: REDIS_URL });
    const authorization = `Bearer ${await partnerToken()}`;

    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => postGraphQL(`${(i % 2 ? first : second).url}/public/graphql`, QUERY, { authorization })));

    expect(tally(answers)).toEqual({ answered: 100, limited: 100, other: 0 });
    expect(subgraphs.items.seen).toHaveLength(100); // Refused requests never reach a subgraph.
    for (const refused of answers.filter((a) => a.status === 429)) {
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers.get("ratelimit-limit")).toBe("100");
      expect(refused.headers.get("ratelimit-remaining")).toBe("0");
      expect(refused.body).toEqual({
        errors: [
          {
            message: `Rate limit of 100 requests per 60 s exceeded for this caller: retry in ${retryAfter} s.`,
            extensions: { code: "RATE_LIMITED", limit: 100, windowSeconds: 60, retryAfter },
          },
        ],
      });
    }
    const remaining = answers.filter((a) => a.status === 200).map((a) => Number(a.headers.get("ratelimit-remaining")));
    expect(remaining.sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it("counts each partner on its own, and anonymous callers by address", async () => {
    const gw = await gateway({ points: 2, windowSeconds: 60, redisUrl: REDIS_URL });
    const ada = { authorization: `Bearer ${await partnerToken("ada")}` };
    const bea = { authorization: `Bearer ${await partnerToken("bea")}` };
    const url = `${gw.url}/public/graphql`;

    const statuses = async (headers: Record<string, string>) => {
      const answers: GraphQLAnswer[] = [];
      for (let i = 0; i < 3; i++) answers.push(await postGraphQL(url, QUERY, headers));
      return answers.map((a) => a.status);
    };

    expect(await statuses(ada)).toEqual([200, 200, 429]);
    expect(await statuses(bea)).toEqual([200, 200, 429]);
    expect(await statuses({})).toEqual([200, 200, 429]);
  });

  it("says on every answer what is left and when the window starts again", async () => {
    const gw = await gateway({ points: 5, windowSeconds: 30 });

    const answer = await postGraphQL(`${gw.url}/public/graphql`, QUERY, { authorization: `Bearer ${await partnerToken()}` });

    expect(answer.status).toBe(200);
    expect(answer.headers.get("ratelimit-limit")).toBe("5");
    expect(answer.headers.get("ratelimit-remaining")).toBe("4");
    expect(Number(answer.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(29);
    expect(Number(answer.headers.get("ratelimit-reset"))).toBeLessThanOrEqual(30);
  });

  it("counts in the gateway process when no Redis is configured: two processes give twice the allowance", async () => {
    const first = await gateway({ points: 3, windowSeconds: 60 });
    const second = await gateway({ points: 3, windowSeconds: 60 });
    const authorization = `Bearer ${await partnerToken()}`;

    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => postGraphQL(`${(i % 2 ? first : second).url}/public/graphql`, QUERY, { authorization })));

    expect(tally(answers)).toEqual({ answered: 6, limited: 4, other: 0 });
  });

  it("keeps answering when Redis does not: each process then counts alone", async () => {
    const gw = await gateway({ points: 2, windowSeconds: 60, redisUrl: "redis://127.0.0.1:1" });
    const authorization = `Bearer ${await partnerToken()}`;

    const answers: GraphQLAnswer[] = [];
    for (let i = 0; i < 3; i++) answers.push(await postGraphQL(`${gw.url}/public/graphql`, QUERY, { authorization }));

    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
  });

  it("leaves the main graph alone", async () => {
    const gw = await gateway({ points: 1, windowSeconds: 60 });

    const answers = await Promise.all(Array.from({ length: 3 }, () => postGraphQL(`${gw.url}/graphql`, QUERY)));

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[0].headers.get("ratelimit-limit")).toBeNull();
  });
});
