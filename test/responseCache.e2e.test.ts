/**
 * The gateway's response cache on the real platform: membership, procurement and training on fresh
 * databases with their demo data, each behind a counting proxy, so that a hit is seen to ask no
 * subgraph. The harness's gateway caches both endpoints for 10 s in-process; more gateways over the
 * same subgraphs (each with its own counting proxies) show the TTL, the defaults, Redis shared by
 * two gateways, and a Redis that does not answer.
 */
import { createGateway, type GatewayLogger, type ResponseCacheOptions, type RunningGateway, responseCacheStats, silentLogger } from "@coopgraph/gateway";
import { demoId } from "@coopgraph/kit";
import { type Caller, type CountingProxy, startCountingProxy, startPlatform, type Platform } from "@coopgraph/testing";
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";

const root = path.join(__dirname, "..");
const SUBGRAPHS = ["membership", "procurement", "training"];
const PARTNER: Caller = { role: "PARTNER", sub: "partner-1" };
const ADMIN: Caller = { role: "ADMIN" };

let platform: Platform;
const extra: { gateway: RunningGateway; proxies: CountingProxy[] }[] = [];

beforeAll(async () => {
  platform = await startPlatform(SUBGRAPHS, { seed: true, countRequests: true, responseCache: { endpoints: "all", ttlSeconds: 10 } });
}, 300_000);

afterAll(async () => {
  for (const { gateway, proxies } of extra) {
    await gateway.stop();
    await Promise.all(proxies.map((proxy) => proxy.stop()));
  }
  await platform?.stop();
});

interface Answer {
  status: number;
  cache: string | null;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** One operation as `caller` to a gateway's endpoint, with the x-cache header of its answer. */
async function ask(url: string, query: string, variables: Record<string, unknown> = {}, caller: Caller | null = PARTNER, endpoint = "/public/graphql"): Promise<Answer> {
  const response = await fetch(`${url}${endpoint}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(caller ? { authorization: `Bearer ${await platform.token(caller)}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, cache: response.headers.get("x-cache"), body: (await response.json()) as Answer["body"] };
}

/** Another gateway over the platform's subgraphs, through proxies of its own that count what it asks of each. */
async function anotherGateway(responseCache?: Partial<ResponseCacheOptions> | false, logger: GatewayLogger = silentLogger) {
  const proxies: Record<string, CountingProxy> = {};
  for (const name of SUBGRAPHS) proxies[name] = await startCountingProxy(platform.subgraphUrls[name]);
  const gateway = await createGateway({
    supergraphSdl: fs.readFileSync(path.join(root, "schema", "supergraph.graphql"), "utf8"),
    publicSupergraphSdl: fs.readFileSync(path.join(root, "schema", "public-supergraph.graphql"), "utf8"),
    subgraphUrls: Object.fromEntries(Object.entries(proxies).map(([name, proxy]) => [name, proxy.url])),
    identity: platform.identity,
    port: 0,
    host: "127.0.0.1",
    logger,
    ...(responseCache === undefined ? {} : { responseCache }),
  });
  extra.push({ gateway, proxies: Object.values(proxies) });
  return { url: gateway.url, requestsTo: (name: string) => proxies[name].count() };
}

/** What a partner's directory holds: members and former members (cooperative.access.ts). */
const directoryCount = () => platform.db.membership.cooperative.count({ where: { status: { in: ["ACTIVE", "SUSPENDED", "WITHDRAWN", "EXCLUDED"] } } });

describe("the response cache", () => {
  it("answers a repeated directory query from the cache, without asking membership again", async () => {
    const query = "{ cooperatives(first: 5) { totalCount nodes { name province type status } } }";
    const before = responseCacheStats().public;
    const calls = platform.requestsTo("membership");

    const first = await ask(platform.url, query);
    expect(first).toMatchObject({ status: 200, cache: "MISS" });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.cooperatives.totalCount).toBe(await directoryCount());
    expect(first.body.data.cooperatives.nodes).toHaveLength(5);
    expect(platform.requestsTo("membership")).toBe(calls + 1);

    // Another partner, the same question: the same answer, and membership is not asked.
    const second = await ask(platform.url, query, {}, { role: "PARTNER", sub: "partner-2" });
    expect(second).toEqual({ status: 200, cache: "HIT", body: first.body });
    expect(platform.requestsTo("membership")).toBe(calls + 1);
    expect(responseCacheStats().public).toMatchObject({ hits: before.hits + 1, misses: before.misses + 1, stored: before.stored + 1 });
  });

  it("keeps one entry per set of variables", async () => {
    const query = "query Directory($first: Int, $filter: CooperativeFilter) { cooperatives(first: $first, filter: $filter) { nodes { id name } } }";
    const calls = platform.requestsTo("membership");

    const two = await ask(platform.url, query, { first: 2 });
    const three = await ask(platform.url, query, { first: 3 });
    const suspended = await ask(platform.url, query, { first: 2, filter: { status: ["SUSPENDED"] } });
    expect([two.cache, three.cache, suspended.cache]).toEqual(["MISS", "MISS", "MISS"]);
    expect(two.body.data.cooperatives.nodes).toHaveLength(2);
    expect(three.body.data.cooperatives.nodes).toHaveLength(3);
    expect(three.body.data.cooperatives.nodes.slice(0, 2)).toEqual(two.body.data.cooperatives.nodes);
    expect(suspended.body.data.cooperatives.nodes).not.toEqual(two.body.data.cooperatives.nodes);
    expect(platform.requestsTo("membership")).toBe(calls + 3);

    const again = await ask(platform.url, query, { first: 2 });
    expect(again).toEqual({ ...two, cache: "HIT" });
    expect(platform.requestsTo("membership")).toBe(calls + 3);
  });

  it("never lets two roles whose answers differ share an entry", async () => {
    // Partners list members and former members; staff see applicants too. Drafts are for staff only.
    const query = "{ cooperatives { totalCount } tenders(filter: { status: [DRAFT] }) { totalCount } }";
    const partner = await ask(platform.url, query, {}, PARTNER);
    const admin = await ask(platform.url, query, {}, ADMIN);
    expect([partner.cache, admin.cache]).toEqual(["MISS", "MISS"]);
    expect(partner.body.data).toEqual({ cooperatives: { totalCount: await directoryCount() }, tenders: { totalCount: 0 } });
    expect(admin.body.data).toEqual({
      cooperatives: { totalCount: await platform.db.membership.cooperative.count() },
      tenders: { totalCount: await platform.db.procurement.tender.count({ where: { status: "DRAFT" } }) },
    });
    expect(admin.body.data).not.toEqual(partner.body.data);

    const partnerAgain = await ask(platform.url, query, {}, { role: "PARTNER", sub: "partner-3" });
    const adminAgain = await ask(platform.url, query, {}, { role: "ADMIN", sub: "another-admin" });
    expect(partnerAgain).toEqual({ ...partner, cache: "HIT" });
    expect(adminAgain).toEqual({ ...admin, cache: "HIT" });

    // Managers of two cooperatives are kept apart as well: the key carries the cooperative.
    const manager = (n: number): Caller => ({ role: "COOP_MANAGER", coopId: demoId("cooperative", n), sub: `manager-${n}` });
    expect((await ask(platform.url, query, {}, manager(1))).cache).toBe("MISS");
    expect((await ask(platform.url, query, {}, manager(2))).cache).toBe("MISS");
    expect((await ask(platform.url, query, {}, manager(1))).cache).toBe("HIT");
  });

  it("never caches an operation that selects personal data, or a mutation", async () => {
    const people = `query People($id: [ID!]) { cooperatives(filter: { ids: $id }) { nodes { name ...Staff } } } fragment Staff on Cooperative { people(first: 2) { nodes { firstName lastName } } }`;
    const variables = { id: [demoId("cooperative", 1)] };
    const calls = platform.requestsTo("membership");
    const first = await ask(platform.url, people, variables, ADMIN, "/graphql");
    const second = await ask(platform.url, people, variables, ADMIN, "/graphql");
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.cooperatives.nodes[0].people.nodes).toHaveLength(2);
    expect([first.cache, second.cache]).toEqual(["BYPASS", "BYPASS"]);
    expect(platform.requestsTo("membership")).toBe(calls + 2);

    // A private buyer's tax code is personal: the tender list with it goes to procurement every time.
    const buyers = "{ tenders(first: 3) { nodes { cig buyer { name taxCode } } } }";
    const procurementCalls = platform.requestsTo("procurement");
    expect((await ask(platform.url, buyers)).cache).toBe("BYPASS");
    expect((await ask(platform.url, buyers)).cache).toBe("BYPASS");
    expect(platform.requestsTo("procurement")).toBe(procurementCalls + 2);

    const suspend = "mutation ($input: ChangeCooperativeStatusInput!) { changeCooperativeStatus(input: $input) { status } }";
    const refused = { input: { cooperativeId: demoId("cooperative", 29), status: "EXCLUDED", reason: "not a member" } };
    const write = await ask(platform.url, suspend, refused, ADMIN, "/graphql");
    expect(write.cache).toBe("BYPASS");
  });

  it("does not keep an answer with errors", async () => {
    const query = "{ cooperatives(first: 101) { totalCount } }";
    const calls = platform.requestsTo("membership");
    const first = await ask(platform.url, query);
    const second = await ask(platform.url, query);
    expect(first.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect([first.cache, second.cache]).toEqual(["MISS", "MISS"]);
    expect(second.body).toEqual(first.body);
    expect(platform.requestsTo("membership")).toBe(calls + 2);

    // Anonymous callers are refused by the subgraph: not kept either.
    const anonymous = [await ask(platform.url, "{ courses(first: 1) { totalCount } }", {}, null), await ask(platform.url, "{ courses(first: 1) { totalCount } }", {}, null)];
    expect(anonymous.map((answer) => [answer.cache, answer.body.errors?.[0].extensions?.code])).toEqual([
      ["MISS", "UNAUTHENTICATED"],
      ["MISS", "UNAUTHENTICATED"],
    ]);
  });

  it("serves a stale directory until the TTL ends, then the new one", async () => {
    const oneSecond = await anotherGateway({ ttlSeconds: 1 });
    const query = "{ cooperatives(filter: { status: [SUSPENDED] }) { totalCount nodes { name } } }";
    const suspendedBefore = await ask(platform.url, query);
    expect((await ask(oneSecond.url, query)).cache).toBe("MISS");

    const change = "mutation ($input: ChangeCooperativeStatusInput!) { changeCooperativeStatus(input: $input) { status } }";
    const suspended = await ask(platform.url, change, { input: { cooperativeId: demoId("cooperative", 4), status: "SUSPENDED", reason: "DURC irregolare" } }, ADMIN, "/graphql");
    expect(suspended.body).toEqual({ data: { changeCooperativeStatus: { status: "SUSPENDED" } } });

    // Within its 10 s, the harness's gateway still answers what it kept.
    expect(await ask(platform.url, query)).toEqual({ ...suspendedBefore, cache: "HIT" });

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = await ask(oneSecond.url, query);
    expect(after.cache).toBe("MISS");
    expect(after.body.data.cooperatives.totalCount).toBe(suspendedBefore.body.data.cooperatives.totalCount + 1);
    expect(oneSecond.requestsTo("membership")).toBe(2);
  });

  it("by default caches /public/graphql only", async () => {
    const defaults = await anotherGateway();
    const query = "{ courses(first: 3) { totalCount nodes { title seatsLeft sessions { date } } } }";
    expect((await ask(defaults.url, query)).cache).toBe("MISS");
    expect((await ask(defaults.url, query)).cache).toBe("HIT");
    expect(defaults.requestsTo("training")).toBe(1);

    const main = [await ask(defaults.url, query, {}, ADMIN, "/graphql"), await ask(defaults.url, query, {}, ADMIN, "/graphql")];
    expect(main.map((answer) => answer.cache)).toEqual([null, null]);
    expect(defaults.requestsTo("training")).toBe(3);

    const off = await anotherGateway(false);
    expect((await ask(off.url, query)).cache).toBeNull();
    expect((await ask(off.url, query)).cache).toBeNull();
    expect(off.requestsTo("training")).toBe(2);
  });

  it("keeps at most maxEntries answers in-process, dropping the least recently used", async () => {
    const small = await anotherGateway({ maxEntries: 2 });
    const page = (n: number) => `{ cooperatives(first: ${n}) { nodes { id } } }`;
    const trail = [];
    for (const n of [1, 2, 1, 3, 2, 1]) trail.push(`${n}:${(await ask(small.url, page(n))).cache}`);
    // 3 pushes out 2 (1 was used since), then 2 pushes out 1.
    expect(trail).toEqual(["1:MISS", "2:MISS", "1:HIT", "3:MISS", "2:MISS", "1:MISS"]);
    expect(small.requestsTo("membership")).toBe(5);
  });

  it("shares entries between two gateways through Redis", async () => {
    const shared = { redisUrl: "redis://127.0.0.1:6379", keyPrefix: `coopgraph:test:cache:${randomUUID()}` };
    const one = await anotherGateway(shared);
    const two = await anotherGateway(shared);
    const query = "{ tenders(first: 4, filter: { status: [PUBLISHED] }) { totalCount nodes { cig title deadline buyer { name kind } lots { number } } } }";

    const first = await ask(one.url, query);
    expect(first.cache).toBe("MISS");
    expect(first.body.data.tenders.totalCount).toBe(await platform.db.procurement.tender.count({ where: { status: "PUBLISHED" } }));
    const second = await ask(two.url, query, {}, { role: "PARTNER", sub: "partner-elsewhere" });
    expect(second).toEqual({ ...first, cache: "HIT" });
    expect([one.requestsTo("procurement"), two.requestsTo("procurement")]).toEqual([1, 0]);

    // Another role is another entry, in Redis too.
    expect((await ask(two.url, query, {}, ADMIN)).cache).toBe("MISS");
    expect(two.requestsTo("procurement")).toBe(1);
  });

  it("answers from the subgraphs when Redis does not, and says so once", async () => {
    const warnings: unknown[] = [];
    const failures = responseCacheStats().public.failures;
    const down = await anotherGateway({ redisUrl: "redis://127.0.0.1:1" }, { ...silentLogger, warn: (message) => warnings.push(message) });
    const query = "{ courses(first: 2) { nodes { title } } }";
    const answers = [await ask(down.url, query), await ask(down.url, query)];
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 200, cache: "MISS" });
      expect(answer.body.data.courses.nodes).toHaveLength(2);
    }
    expect(down.requestsTo("training")).toBe(2);
    expect(responseCacheStats().public.failures).toBeGreaterThanOrEqual(failures + 2);
    expect(warnings.filter((message) => String(message).startsWith("response cache: Redis at redis://127.0.0.1:1"))).toHaveLength(1);
  });
});
