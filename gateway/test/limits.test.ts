import { getIntrospectionQuery } from "graphql";
import { createGateway, type RunningGateway } from "../src/gateway";
import { silentLogger } from "../src/logger";
import { postGraphQL } from "./support/http";
import { gatewayOver, testIdentity } from "./support/gateway";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

const identity = testIdentity;

let subgraphs: TestSubgraphs;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraphs = await startSubgraphs();
  gateway = await gatewayOver(subgraphs, {
    // The test contract keeps the mutation, so that the guard, not the schema, is what refuses it.
    publicSupergraphSdl: subgraphs.supergraphSdl,
    maxDepth: 5,
    maxBodyBytes: 2_000,
    exposeQueryPlan: true,
  });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

beforeEach(() => {
  subgraphs.items.seen.length = 0;
});

/** `{ item(id: "1") { related { related { ... { id } } } } }` with `depth` fields on the deepest path. */
function nested(depth: number): string {
  let selection = "id";
  for (let level = 1; level < depth - 1; level++) selection = `related { ${selection} }`;
  return `query Deep { item(id: "1") { ${selection} } }`;
}

describe("the depth limit", () => {
  it("lets an operation exactly at the limit through", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: nested(5) });

    expect(answer.body).toEqual({ data: { item: { related: { related: { related: { id: "2" } } } } } });
  });

  it("refuses an operation one level deeper, before calling any subgraph", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: nested(6) });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [
        {
          message: "The operation 'Deep' is nested more than 5 fields deep, the limit of this gateway: ask for less at once, or split it into several operations.",
          locations: [{ line: 1, column: 1 }],
          extensions: { code: "GRAPHQL_VALIDATION_FAILED", maxDepth: 5 },
        },
      ],
    });
    expect(subgraphs.items.seen).toEqual([]);
  });

  it("counts the fields inside fragments", async () => {
    const query = `
      query Deep { item(id: "1") { ...Two } }
      fragment Two on Item { related { ...Three } }
      fragment Three on Item { related { ... on Item { related { related { id } } } } }`;

    const answer = await postGraphQL(`${gateway.url}/graphql`, { query });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("lets the explorer's full introspection query through", async () => {
    // Spaces squeezed, as GraphiQL sends it, to stay under this gateway's small body limit.
    const query = getIntrospectionQuery({ descriptions: true, schemaDescription: true, inputValueDeprecation: true, directiveIsRepeatable: true }).replace(/\s+/g, " ");

    for (const path of ["/graphql", "/public/graphql"]) {
      const answer = await postGraphQL(`${gateway.url}${path}`, { query });

      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
  });

  it("does not count introspection fields", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, {
      query: "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }",
    });

    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });
});

describe("the request body", () => {
  it("is refused above the size limit", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: `{ items { id } } # ${"x".repeat(2_000)}` });

    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({
      errors: [{ message: "The request body is larger than the limit of 2000 bytes.", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("is refused when it is not JSON", async () => {
    const response = await fetch(`${gateway.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{ items" });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
  });
});

describe("CSRF prevention", () => {
  it("refuses a GET query that a browser could send from another site", async () => {
    const response = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent("{ items { id } }")}`);

    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
    expect(subgraphs.items.seen).toEqual([]);
  });

  it("answers a GET query that carries a preflight header", async () => {
    const response = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent("{ items { id } }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { items: [{ id: "1" }, { id: "2" }] } });
  });
});

describe("the public contract", () => {
  it("answers queries on /public/graphql", async () => {
    const answer = await postGraphQL(`${gateway.url}/public/graphql`, { query: "{ items { id name stock } }" });

    expect(answer.body).toEqual({
      data: {
        items: [
          { id: "1", name: "Spade", stock: 12 },
          { id: "2", name: "Rake", stock: 0 },
        ],
      },
    });
  });

  it("refuses any mutation, even one its schema would allow", async () => {
    const answer = await postGraphQL(`${gateway.url}/public/graphql`, { query: 'mutation { renameItem(id: "1", name: "Hoe") { id } }' });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [
        {
          message: "The public contract is read-only: mutation operations are not served at /public/graphql.",
          locations: [{ line: 1, column: 1 }],
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        },
      ],
    });
    expect(subgraphs.items.seen).toEqual([]);
  });

  it("still lets the same mutation through on the main graph", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: 'mutation { renameItem(id: "1", name: "Hoe") { id name } }' });

    expect(answer.body).toEqual({ data: { renameItem: { id: "1", name: "Hoe" } } });
  });

  it("never shows a query plan, even when the main graph does", async () => {
    const main = await postGraphQL(`${gateway.url}/graphql`, { query: "{ items { id } }" }, { "apollo-query-plan-experimental": "1" });
    expect(main.body.extensions).toEqual({ __queryPlanExperimental: expect.stringContaining("QueryPlan") });

    const answer = await postGraphQL(`${gateway.url}/public/graphql`, { query: "{ items { id } }" }, { "apollo-query-plan-experimental": "1" });

    expect(answer.body).toEqual({ data: { items: [{ id: "1" }, { id: "2" }] } });
  });
});

describe("errors", () => {
  it("show a subgraph's unexpected error in development", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: "{ broken }" });

    expect(answer.body.errors?.[0]).toMatchObject({ message: "database password is hunter2", extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "items" } });
  });

  it("hide internals in production: no message, no stack trace, not even the subgraph's", async () => {
    const production = await createGateway({
      supergraphSdl: subgraphs.supergraphSdl,
      identity,
      port: 0,
      host: "127.0.0.1",
      production: true,
      logger: silentLogger,
    });
    try {
      const answer = await postGraphQL(`${production.url}/graphql`, { query: "{ broken }" });

      expect(answer.body).toEqual({
        data: { broken: null },
        errors: [{ message: "Internal server error", path: ["broken"], extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "items" } }],
      });
    } finally {
      await production.stop();
    }
  });

  it("answer an unknown path with 404 in the GraphQL error shape", async () => {
    const response = await fetch(`${gateway.url}/nowhere`);

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: "Nothing is served at GET /nowhere.", extensions: { code: "NOT_FOUND" } }] });
  });
});
