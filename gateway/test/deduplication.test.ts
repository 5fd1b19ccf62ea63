import { signToken } from "@coopgraph/identity";
import type { RunningGateway } from "../src/gateway";
import { sharingKey, toResponse } from "../src/deduplication";
import { gatewayOver, ITEMS_WITH_STOCK, testIdentity } from "./support/gateway";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

let subgraphs: TestSubgraphs;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  subgraphs = await startSubgraphs();
});
afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  await subgraphs.stop();
});
beforeEach(() => {
  subgraphs.items.seen.length = 0;
  subgraphs.stock.seen.length = 0;
  subgraphs.items.delayMs = 0;
  subgraphs.stock.delayMs = 0;
});

async function gateway(deduplicateSubgraphRequests?: boolean): Promise<RunningGateway> {
  const started = await gatewayOver(subgraphs, deduplicateSubgraphRequests === undefined ? {} : { deduplicateSubgraphRequests });
  gateways.push(started);
  return started;
}

async function post(gatewayUrl: string, token: string, query: string, variables?: object) {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

const tokens = () => Promise.all([signToken({ sub: "ada", role: "ADMIN" }, testIdentity), signToken({ sub: "grace", role: "ADMIN" }, testIdentity)]);
const byAuthorization = (seen: { authorization?: string }[]) =>
  seen.reduce<Record<string, number>>((counts, { authorization = "none" }) => ({ ...counts, [authorization]: (counts[authorization] ?? 0) + 1 }), {});

describe("in-flight deduplication of subgraph requests", () => {
  it("is on by default: identical queries in flight with one token share each subgraph request, and never across two tokens", async () => {
    const { url } = await gateway();
    const [ada, grace] = await tokens();
    subgraphs.stock.delayMs = 500;

    const answers = await Promise.all([...Array(4)].flatMap(() => [post(url, ada, ITEMS_WITH_STOCK), post(url, grace, ITEMS_WITH_STOCK)]));

    for (const answer of answers)
      expect(answer).toEqual({
        data: {
          items: [
            { id: "1", name: "Spade", stock: 12 },
            { id: "2", name: "Rake", stock: 0 },
          ],
        },
      });
    // Eight callers, two tokens: stock was asked once per token, each time with that token.
    expect(byAuthorization(subgraphs.stock.seen)).toEqual({ [`Bearer ${ada}`]: 1, [`Bearer ${grace}`]: 1 });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toContain('coopgraph_gateway_subgraph_requests_deduplicated_total{subgraph="stock"} 6');
  });

  it("never shares a mutation", async () => {
    const { url } = await gateway();
    const [ada] = await tokens();
    subgraphs.items.delayMs = 300;
    const rename = 'mutation { renameItem(id: "1", name: "Hoe") { id name } }';

    const answers = await Promise.all([...Array(3)].map(() => post(url, ada, rename)));

    for (const answer of answers) expect(answer).toEqual({ data: { renameItem: { id: "1", name: "Hoe" } } });
    expect(subgraphs.items.seen.filter(({ query }) => /^\s*mutation\b/.test(query))).toHaveLength(3);
  });

  it("can be switched off: every caller's request reaches the subgraph", async () => {
    const { url } = await gateway(false);
    const [ada] = await tokens();
    subgraphs.stock.delayMs = 300;

    await Promise.all([...Array(4)].map(() => post(url, ada, ITEMS_WITH_STOCK)));

    expect(subgraphs.stock.seen).toHaveLength(4);
  });

  it("keys a request by URL, body and every forwarded header but the request id, and keys only queries", () => {
    const query = (text: string) => JSON.stringify({ query: text, variables: { id: "1" } });
    const init = (body: string, headers: Record<string, string>) => ({ method: "POST", body, headers });
    const url = "http://stock/graphql";
    const a = sharingKey(url, init(query("query Q { a }"), { authorization: "Bearer a", "x-request-id": "1" }));
    expect(a).toBeDefined();
    expect(sharingKey(url, init(query("query Q { a }"), { authorization: "Bearer a", "x-request-id": "2" }))).toBe(a);
    expect(sharingKey(url, init(query("query Q { a }"), { authorization: "Bearer b", "x-request-id": "1" }))).not.toBe(a);
    expect(sharingKey(url, init(query("query Q { a }"), { "x-request-id": "1" }))).not.toBe(a);
    expect(sharingKey("http://other/graphql", init(query("query Q { a }"), { authorization: "Bearer a" }))).not.toBe(
      sharingKey(url, init(query("query Q { a }"), { authorization: "Bearer a" })),
    );
    expect(sharingKey(url, init(JSON.stringify({ query: "query Q { a }", variables: { id: "2" } }), { authorization: "Bearer a" }))).not.toBe(
      sharingKey(url, init(query("query Q { a }"), { authorization: "Bearer a" })),
    );
    expect(sharingKey(url, init(query("{ a }"), {}))).toBeDefined();
    expect(sharingKey(url, init(query("mutation M { a }"), {}))).toBeUndefined();
    expect(sharingKey(url, init(query("# query\nmutation M { a }"), {}))).toBeUndefined();
    expect(sharingKey(url, init(query("subscription S { a }"), {}))).toBeUndefined();
    expect(sharingKey(url, init("not json", {}))).toBeUndefined();
    expect(sharingKey(url, { method: "GET", headers: {} })).toBeUndefined();
    // A printed query's body is recognised without being parsed, but only when it has no other
    // `query` key: JSON takes the last one, here a mutation.
    expect(sharingKey(url, init(JSON.stringify({ query: "query Q { a }", variables: { query: "mutation" } }), {}))).toBeDefined();
    expect(sharingKey(url, init('{"query":"query Q { a }","query":"mutation M { a }"}', {}))).toBeUndefined();
    // Keys are lines: what holds a line break cannot be told apart from its neighbours, so it is never shared.
    expect(sharingKey(url, init(query("query Q { a }"), { authorization: "Bearer a\nx-other:b" }))).toBeUndefined();
  });

  it("gives each sharer its own answer: status, headers by any case, and a body read once", async () => {
    const answer = {
      url: "http://stock/graphql",
      status: 200,
      statusText: "OK",
      headers: [
        ["Content-Type", "application/json"],
        ["vary", "a"],
        ["vary", "b"],
      ] as [string, string][],
      body: Buffer.from('{"data":{"a":1}}'),
    };
    const first = toResponse(answer);
    const second = toResponse(answer);
    expect([first.ok, first.status, first.statusText, first.url]).toEqual([true, 200, "OK", "http://stock/graphql"]);
    expect(first.headers.get("content-type")).toBe("application/json");
    expect(first.headers.get("Vary")).toBe("a, b");
    expect(first.headers.get("x-missing")).toBeNull();
    expect([...first.headers]).toEqual([
      ["content-type", "application/json"],
      ["vary", "a, b"],
    ]);
    const copy = first.clone();
    await expect(first.json()).resolves.toEqual({ data: { a: 1 } });
    expect(first.bodyUsed).toBe(true);
    await expect(first.text()).rejects.toThrow(TypeError);
    await expect(copy.text()).resolves.toBe('{"data":{"a":1}}');
    await expect(second.json()).resolves.toEqual({ data: { a: 1 } });
    expect(toResponse({ ...answer, status: 503, statusText: "Service Unavailable" }).ok).toBe(false);
  });
});
