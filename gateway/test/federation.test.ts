import { identityConfigFromEnv, signToken } from "@coopgraph/identity";
import type { RunningGateway } from "../src/gateway";
import { postGraphQL } from "./support/http";
import { gatewayOver, ITEMS_WITH_STOCK, testIdentity } from "./support/gateway";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

const identity = testIdentity;

let subgraphs: TestSubgraphs;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraphs = await startSubgraphs();
  gateway = await gatewayOver(subgraphs, { exposeQueryPlan: true });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

beforeEach(() => {
  subgraphs.items.seen.length = 0;
  subgraphs.stock.seen.length = 0;
});

describe("a query through the gateway", () => {
  it("answers with fields from both subgraphs joined by the Item key", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: {
        items: [
          { id: "1", name: "Spade", stock: 12 },
          { id: "2", name: "Rake", stock: 0 },
        ],
      },
    });
    expect(subgraphs.items.seen).toHaveLength(1);
    expect(subgraphs.stock.seen).toHaveLength(1);
  });

  it("passes the caller's bearer token to every subgraph it calls", async () => {
    const token = await signToken({ sub: "ada", role: "ADMIN" }, identity);

    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK }, { authorization: `Bearer ${token}` });

    expect(answer.body.errors).toBeUndefined();
    expect(subgraphs.items.seen.map((request) => request.authorization)).toEqual([`Bearer ${token}`]);
    expect(subgraphs.stock.seen.map((request) => request.authorization)).toEqual([`Bearer ${token}`]);
  });

  it("lets a request without a token through as anonymous, with no Authorization header downstream", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK });

    expect(answer.body.errors).toBeUndefined();
    expect(subgraphs.items.seen).toEqual([expect.objectContaining({ authorization: undefined })]);
    expect(subgraphs.stock.seen).toEqual([expect.objectContaining({ authorization: undefined })]);
  });

  it("forwards the request id it was given, and answers with it", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK }, { "x-request-id": "req-42" });

    expect(answer.headers.get("x-request-id")).toBe("req-42");
    expect([...subgraphs.items.seen, ...subgraphs.stock.seen].map((request) => request.requestId)).toEqual(["req-42", "req-42"]);
  });

  it("makes up a request id when the caller sends none (or an unusable one)", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK }, { "x-request-id": "not acceptable\t!" });

    const requestId = answer.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(subgraphs.items.seen[0].requestId).toBe(requestId);
  });
});

describe("a token that does not verify", () => {
  it("refuses an expired token with UNAUTHENTICATED and never calls a subgraph", async () => {
    const expired = await signToken({ sub: "ada", role: "ADMIN" }, identity, { expiresIn: "-1m" });

    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK }, { authorization: `Bearer ${expired}` });

    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
    expect(answer.body).toEqual({
      errors: [{ message: "The access token was refused: the token has expired.", extensions: { code: "UNAUTHENTICATED" } }],
    });
    expect(subgraphs.items.seen).toEqual([]);
    expect(subgraphs.stock.seen).toEqual([]);
  });

  it("refuses a token signed with another key", async () => {
    const forged = await signToken({ sub: "mallory", role: "ADMIN" }, identityConfigFromEnv({ JWT_SECRET: "someone-else" }));

    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK }, { authorization: `Bearer ${forged}` });

    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({
      errors: [{ message: "The access token was refused: the token's signature is not valid.", extensions: { code: "UNAUTHENTICATED" } }],
    });
    expect(subgraphs.items.seen).toEqual([]);
  });

  it("refuses an Authorization header that is not a bearer token", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK }, { authorization: "Basic YWRhOnNlY3JldA==" });

    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0].message).toBe("The access token was refused: the Authorization header must be 'Bearer <token>'.");
    expect(subgraphs.items.seen).toEqual([]);
  });

  it("refuses the explorer's example header left unedited", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK }, { authorization: "Bearer <token>" });

    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0].message).toBe("The access token was refused: the token is not valid.");
    expect(subgraphs.items.seen).toEqual([]);
  });
});

describe("the query plan", () => {
  it("is in the answer's extensions when asked for and the gateway exposes it", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK }, { "apollo-query-plan-experimental": "1" });

    expect(answer.body.extensions).toEqual({ __queryPlanExperimental: expect.any(String) });
    expect(answer.body.extensions?.__queryPlanExperimental).toBe(QUERY_PLAN);
  });

  it("is not given when nobody asks", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK });

    expect(answer.body.extensions).toBeUndefined();
  });

  it("is never given by a gateway that does not expose it (the default)", async () => {
    const quiet = await gatewayOver(subgraphs);
    try {
      const answer = await postGraphQL(`${quiet.url}/graphql`, { query: ITEMS_WITH_STOCK }, { "apollo-query-plan-experimental": "1" });

      expect(answer.body).toEqual({ data: expect.any(Object) });
    } finally {
      await quiet.stop();
    }
  });
});

const QUERY_PLAN = `QueryPlan {
  Sequence {
    Fetch(service: "items") {
      {
        items {
          __typename
          id
          name
        }
      }
    },
    Flatten(path: "items.@") {
      Fetch(service: "stock") {
        {
          ... on Item {
            __typename
            id
          }
        } =>
        {
          ... on Item {
            stock
          }
        }
      },
    },
  },
}`;
