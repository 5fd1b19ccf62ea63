import { createGateway, silentLogger, type RunningGateway } from "@coopgraph/gateway";
import { builtSubgraph, startPlatform, type Platform } from "@coopgraph/testing";
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from "graphql";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * The public contract's limits on the real platform (membership and procurement on fresh
 * databases with their demo data), through a gateway whose every subgraph request passes a
 * counting proxy: a refused operation must not reach any subgraph.
 */
const root = path.join(__dirname, "..");

let platform: Platform;
let gateway: RunningGateway;
let partner: string;
const proxies: http.Server[] = [];
const subgraphRequests: Record<string, number> = {};

/** Forwards every request to `target`, counting it. */
async function countingProxy(name: string, target: string): Promise<string> {
  subgraphRequests[name] = 0;
  const server = http.createServer((req, res) => {
    subgraphRequests[name] += 1;
    const upstream = http.request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxies.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(target).pathname}`;
}

beforeAll(async () => {
  platform = await startPlatform(["membership", "procurement"]);
  for (const name of ["membership", "procurement"]) await builtSubgraph(name).seed!(platform.db[name]);
  const subgraphUrls: Record<string, string> = {};
  for (const [name, url] of Object.entries(platform.subgraphUrls)) subgraphUrls[name] = await countingProxy(name, url);
  gateway = await createGateway({
    supergraphSdl: fs.readFileSync(path.join(root, "schema", "supergraph.graphql"), "utf8"),
    publicSupergraphSdl: fs.readFileSync(path.join(root, "schema", "public-supergraph.graphql"), "utf8"),
    subgraphUrls,
    identity: platform.identity,
    port: 0,
    host: "127.0.0.1",
    logger: silentLogger,
  });
  partner = await platform.token({ role: "PARTNER", sub: "partner-limits" });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  for (const proxy of proxies) proxy.closeAllConnections();
  await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.close(resolve))));
  await platform?.stop();
});

beforeEach(() => {
  for (const name of Object.keys(subgraphRequests)) subgraphRequests[name] = 0;
});

async function askPublic(body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${gateway.url}/public/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${partner}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** `tenders → nodes → contract → tender → contract → …` down to `depth` fields. */
function deep(depth: number): string {
  let selection = "id";
  for (let level = 3; level < depth; level++) selection = level % 2 ? `contract { ${selection} }` : `tender { ${selection} }`;
  return `{ tenders(first: 1) { nodes { ${selection} } } }`;
}

describe("the public contract, asked by a partner", () => {
  it("answers a reasonable query across both subgraphs, through the counting proxies", async () => {
    const answer = await askPublic({ query: "{ contracts(first: 3) { totalCount nodes { value assignments { nodes { sharePercent cooperative { name } } } } } }" });

    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.contracts.totalCount).toBe(7);
    expect(subgraphRequests.procurement).toBeGreaterThan(0);
    expect(subgraphRequests.membership).toBeGreaterThan(0);
  });

  it("refuses a query 20 fields deep, naming the depth limit, before any subgraph is asked", async () => {
    const answer = await askPublic({ query: deep(20) });

    expect(answer).toEqual({
      status: 400,
      body: { errors: [{ message: "Query depth limit of 12 exceeded, found 20.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxDepth", maximum: 12 } }] },
    });
    expect(subgraphRequests).toEqual({ membership: 0, procurement: 0 });
  });

  it("refuses 1,000 aliases, naming the alias limit, before any subgraph is asked", async () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `m${i}: members`).join(" ");

    const answer = await askPublic({ query: `{ consortiumCompliance { ${aliases} } }` });

    expect(answer).toEqual({
      status: 400,
      body: { errors: [{ message: "Aliases limit of 15 exceeded, found 1000.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxAliases", maximum: 15 } }] },
    });
    expect(subgraphRequests).toEqual({ membership: 0, procurement: 0 });
  });

  it("refuses a first: 100 list nested four times, naming the cost limit, before any subgraph is asked", async () => {
    const query = `{ contracts(first: 100) { nodes { assignments(first: 100) { nodes { contract { assignments(first: 100) { nodes {
      contract { assignments(first: 100) { nodes { id } } } } } } } } } } }`;

    const answer = await askPublic({ query });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [
        {
          message: "Query cost limit of 20000 exceeded, found 203030201: ask for smaller pages (first:) or fewer nested lists.",
          extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxCost", maximum: 20_000, cost: 203_030_201 },
        },
      ],
    });
    expect(subgraphRequests).toEqual({ membership: 0, procurement: 0 });
  });

  it("weighs the same lists as heavily when first comes in variables", async () => {
    const query = `query ($n: Int) { contracts(first: $n) { nodes { assignments(first: $n) { nodes { contract { assignments(first: $n) { nodes {
      contract { assignments(first: $n) { nodes { id } } } } } } } } } } }`;

    const answer = await askPublic({ query, variables: { n: 100 } });

    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toMatchObject({ limit: "maxCost", cost: 203_030_201 });
    expect(subgraphRequests).toEqual({ membership: 0, procurement: 0 });
  });

  it("refuses a batch of 50 operations, naming the limit of one per request, before any subgraph is asked", async () => {
    const answer = await askPublic(Array.from({ length: 50 }, () => ({ query: "{ consortiumCompliance { members } }" })));

    expect(answer).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: "Batched requests are not accepted at /public/graphql: send one operation per request.",
            extensions: { code: "BAD_REQUEST", limit: "maxBatch", maximum: 1 },
          },
        ],
      },
    });
    expect(subgraphRequests).toEqual({ membership: 0, procurement: 0 });
  });

  it("shows through introspection the public contract and nothing else", async () => {
    const answer = await askPublic({ query: getIntrospectionQuery({ descriptions: true }) });

    const introspected = printSchema(lexicographicSortSchema(buildClientSchema(answer.body.data as IntrospectionQuery)));
    const contract = buildSchema(fs.readFileSync(path.join(root, "schema", "public.graphql"), "utf8"));
    expect(introspected).toBe(printSchema(lexicographicSortSchema(contract)));
    expect(introspected).not.toMatch(/\b(Mutation|Person|taxCode: String!\s+role|statusHistory|notes)\b/);
  });
});
