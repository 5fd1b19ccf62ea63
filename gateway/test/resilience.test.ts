import { IDLE_SOCKET_TIMEOUT_MS, subgraphPoolOptions } from "../src/fetcher";
import type { RunningGateway } from "../src/gateway";
import { postGraphQL } from "./support/http";
import { gatewayOver, ITEMS_WITH_STOCK } from "./support/gateway";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

let subgraphs: TestSubgraphs;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraphs = await startSubgraphs();
  gateway = await gatewayOver(subgraphs, { subgraphTimeoutMs: 1_000, readyTimeoutMs: 1_000 });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

describe("a slow subgraph", () => {
  afterEach(() => {
    subgraphs.stock.delayMs = 0;
  });

  it("is given up after the subgraph timeout, with an error naming it, and the rest of the answer stands", async () => {
    subgraphs.stock.delayMs = 3_000;
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: {
        items: [
          { id: "1", name: "Spade", stock: null },
          { id: "2", name: "Rake", stock: null },
        ],
      },
      errors: [
        {
          message: "the stock service did not answer within 1000 ms",
          extensions: { code: "SUBGRAPH_TIMEOUT", serviceName: "stock" },
        },
      ],
    });
  });

  it("is waited for when it answers within the timeout", async () => {
    subgraphs.stock.delayMs = 100;

    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK });

    expect(answer.body).toEqual({
      data: {
        items: [
          { id: "1", name: "Spade", stock: 12 },
          { id: "2", name: "Rake", stock: 0 },
        ],
      },
    });
  });
});

describe("connections to subgraphs", () => {
  it("are kept alive and reused from one request to the next", async () => {
    // Let earlier requests' connections settle, then count new ones.
    const before = subgraphs.items.connections;
    for (let i = 0; i < 5; i++) {
      const answer = await postGraphQL(`${gateway.url}/graphql`, { query: "{ items { id } }" });
      expect(answer.body.errors).toBeUndefined();
    }

    expect(subgraphs.items.connections - before).toBeLessThanOrEqual(1);
  });

  it("are dropped when idle before a Node server's default 5 s keep-alive timeout would close them", () => {
    expect(IDLE_SOCKET_TIMEOUT_MS).toBeLessThan(5_000);
    // A server's longer Keep-Alive hint cannot stretch it either.
    expect(subgraphPoolOptions()).toEqual({ keepAliveTimeout: IDLE_SOCKET_TIMEOUT_MS, keepAliveMaxTimeout: IDLE_SOCKET_TIMEOUT_MS });
  });
});

describe("/health and /ready", () => {
  it("/health says the gateway is alive", async () => {
    const response = await fetch(`${gateway.url}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/ready is 200 when every subgraph's /ready is", async () => {
    const response = await fetch(`${gateway.url}/ready`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ready",
      subgraphs: { items: { status: "ready" }, stock: { status: "ready" } },
    });
  });

  it("/ready is 503 when a subgraph says it is not ready", async () => {
    subgraphs.items.readyStatus = 503;
    try {
      const response = await fetch(`${gateway.url}/ready`);

      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "unavailable",
        subgraphs: { items: { status: "unavailable", reason: "its /ready answered 503" }, stock: { status: "ready" } },
      });
    } finally {
      subgraphs.items.readyStatus = 200;
    }
  });

  // Last: it stops a subgraph for good.
  it("/ready is 503 when a subgraph has stopped, and a query says which service could not be reached", async () => {
    await subgraphs.stock.stop();

    const ready = await fetch(`${gateway.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: "unavailable",
      subgraphs: {
        items: { status: "ready" },
        stock: { status: "unavailable", reason: "the stock service could not be reached (ECONNREFUSED)" },
      },
    });

    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK });
    expect(answer.body).toEqual({
      data: {
        items: [
          { id: "1", name: "Spade", stock: null },
          { id: "2", name: "Rake", stock: null },
        ],
      },
      errors: [
        {
          message: "the stock service could not be reached (ECONNREFUSED)",
          extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "stock" },
        },
      ],
    });
  });
});
