import type express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GatewayOptions, RunningGateway } from "../src/gateway";
import { postGraphQL, type GraphQLAnswer } from "./support/http";
import { gatewayOver, ITEMS_WITH_STOCK } from "./support/gateway";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

const MODES = ["development", "development with stack traces", "production"] as const;
type Mode = (typeof MODES)[number];

let subgraphs: TestSubgraphs;
const gateways = {} as Record<Mode, RunningGateway>;

/** A gateway in `mode`. Outside tests a development gateway adds each error's stack trace: it must not show an address either. */
async function gatewayIn(mode: Mode, options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  const nodeEnv = process.env.NODE_ENV;
  if (mode === "development with stack traces") process.env.NODE_ENV = "development";
  try {
    return await gatewayOver(subgraphs, { production: mode === "production", subgraphTimeoutMs: 500, ...options });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

beforeAll(async () => {
  subgraphs = await startSubgraphs();
  for (const mode of MODES) gateways[mode] = await gatewayIn(mode);
});

afterAll(async () => {
  for (const gateway of Object.values(gateways)) await gateway.stop();
  await subgraphs?.stop();
});

/** The answer without stack traces, which only the development gateway adds outside tests. */
function withoutStacks(body: GraphQLAnswer["body"]): GraphQLAnswer["body"] {
  return {
    ...body,
    errors: body.errors?.map(({ extensions, ...error }) => ({
      ...error,
      extensions: extensions && Object.fromEntries(Object.entries(extensions).filter(([key]) => key !== "stacktrace")),
    })),
  };
}

afterEach(() => {
  subgraphs.items.answer = null;
  subgraphs.stock.answer = null;
  subgraphs.stock.delayMs = 0;
});

/** Everything in an answer that would tell a client where a subgraph lives. */
function addresses(answer: GraphQLAnswer): string[] {
  const text = JSON.stringify(answer.body);
  const places = [subgraphs.items.url, subgraphs.stock.url].flatMap((url) => [url, new URL(url).host, `:${new URL(url).port}`]);
  return [...places.filter((place) => text.includes(place)), ...(text.includes('"response"') ? ["extensions.response"] : [])];
}

const BROKEN_ANSWERS: [what: string, answer: (res: express.Response) => void, reason: string][] = [
  ["an HTML error page with status 500", (res) => res.status(500).type("html").send("<h1>Internal Server Error</h1>"), "HTTP 500"],
  ["a 502 with no body", (res) => res.status(502).end(), "HTTP 502"],
  ["a 404 in JSON without GraphQL errors", (res) => res.status(404).json({ error: "not found" }), "HTTP 404"],
  ["a 200 that is not JSON", (res) => res.status(200).type("text").send("hello"), "its answer was not a GraphQL response"],
  ["a 200 with JSON that is cut short", (res) => res.status(200).type("json").send('{"data": {"_enti'), "its answer was not a GraphQL response"],
];

describe.each(MODES)("a subgraph that answers with an HTTP error (%s mode)", (mode) => {
  it.each(BROKEN_ANSWERS)("turns %s into SUBGRAPH_UNAVAILABLE naming the service, and keeps the rest of the answer", async (_what, broken, reason) => {
    subgraphs.stock.answer = broken;

    const answer = await postGraphQL(`${gateways[mode].url}/graphql`, { query: ITEMS_WITH_STOCK });

    expect(answer.status).toBe(200);
    expect(withoutStacks(answer.body)).toEqual({
      data: {
        items: [
          { id: "1", name: "Spade", stock: null },
          { id: "2", name: "Rake", stock: null },
        ],
      },
      errors: [{ message: `the stock service could not answer (${reason})`, extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "stock" } }],
    });
    expect(addresses(answer)).toEqual([]);
    expect(answer.body.errors?.[0].extensions?.stacktrace !== undefined).toBe(mode === "development with stack traces");
  });

  it("passes on the subgraph's own GraphQL errors and code when it sends them with an HTTP error status", async () => {
    subgraphs.items.answer = (res) => res.status(400).json({ errors: [{ message: "first can be at most 100", extensions: { code: "BAD_USER_INPUT", field: "first" } }] });

    const answer = await postGraphQL(`${gateways[mode].url}/graphql`, { query: "{ items { id } }" });

    expect(withoutStacks(answer.body)).toEqual({
      data: null,
      errors: [{ message: "first can be at most 100", extensions: { code: "BAD_USER_INPUT", field: "first", serviceName: "items" } }],
    });
    expect(addresses(answer)).toEqual([]);
  });

  it("names the service that is not there, with no address, when it cannot be reached", async () => {
    const gone = await stoppedServerUrl();
    const gateway = await gatewayIn(mode, { subgraphUrls: { stock: gone } });
    try {
      const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK });

      expect(withoutStacks(answer.body).errors).toEqual([
        { message: "the stock service could not be reached (ECONNREFUSED)", extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "stock" } },
      ]);
      expect(JSON.stringify(answer.body)).not.toContain(new URL(gone).port);
    } finally {
      await gateway.stop();
    }
  });
});

describe("a write that cannot reach its subgraph", () => {
  it("is SERVICE_UNAVAILABLE, saying that nothing was written, when the request never left", async () => {
    const gateway = await gatewayOver(subgraphs, { subgraphUrls: { items: await stoppedServerUrl() } });
    try {
      const answer = await postGraphQL(`${gateway.url}/graphql`, { query: 'mutation { renameItem(id: "1", name: "Hoe") { id } }' });

      expect(answer.body).toEqual({
        data: null,
        errors: [
          {
            message: "the items service could not be reached (ECONNREFUSED): nothing was written",
            extensions: { code: "SERVICE_UNAVAILABLE", serviceName: "items" },
          },
        ],
      });
    } finally {
      await gateway.stop();
    }
  });

  it("says the outcome is unknown when the subgraph took the request and did not answer in time", async () => {
    subgraphs.items.answer = () => undefined; // Takes the request and never answers.

    const answer = await postGraphQL(`${gateways.development.url}/graphql`, { query: 'mutation { renameItem(id: "1", name: "Hoe") { id } }' });

    expect(answer.body.errors).toEqual([
      {
        message: "the items service did not answer within 500 ms: the write may or may not have been made; read before trying again",
        extensions: { code: "SUBGRAPH_TIMEOUT", serviceName: "items" },
      },
    ]);
  });
});

/** The URL of a port that was just freed: nothing listens there. */
async function stoppedServerUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}
