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
    limits: { maxAliases: 3, maxDirectives: 2, maxTokens: 250, maxBatch: 3 },
    publicLimits: { maxAliases: 3, maxDirectives: 2, maxTokens: 250 },
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
  subgraphs.stock.seen.length = 0;
});

/** Neither subgraph was asked anything. */
function noSubgraphCalled(): void {
  expect(subgraphs.items.seen).toEqual([]);
  expect(subgraphs.stock.seen).toEqual([]);
}

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
      errors: [{ message: "Query depth limit of 5 exceeded, found 6.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxDepth", maximum: 5 } }],
    });
    noSubgraphCalled();
  });

  it("holds on the public contract too", async () => {
    const answer = await postGraphQL(`${gateway.url}/public/graphql`, { query: nested(6) });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "maxDepth", maximum: 5 });
    noSubgraphCalled();
  });

  it("counts the fields inside fragments", async () => {
    const query = `
      query Deep { item(id: "1") { ...Two } }
      fragment Two on Item { related { ...Three } }
      fragment Three on Item { related { ... on Item { related { related { id } } } } }`;

    const answer = await postGraphQL(`${gateway.url}/graphql`, { query });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.message)).toEqual(["Query depth limit of 5 exceeded, found 6."]);
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

describe("the alias, directive and token limits", () => {
  it("let an operation at the alias limit through and refuse one alias more", async () => {
    const three = await postGraphQL(`${gateway.url}/graphql`, { query: "{ a: items { id } b: items { id } c: items { id } }" });
    expect(three.body.errors).toBeUndefined();
    subgraphs.items.seen.length = 0;

    const four = await postGraphQL(`${gateway.url}/public/graphql`, { query: "{ a: items { id } b: items { id } c: items { id } d: items { id } }" });

    expect(four.status).toBe(400);
    expect(four.body).toEqual({
      errors: [{ message: "Aliases limit of 3 exceeded, found 4.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxAliases", maximum: 3 } }],
    });
    noSubgraphCalled();
  });

  it("refuse more directives than the limit", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, {
      query: "{ items { id @include(if: true) name @include(if: true) stock @skip(if: false) } }",
    });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [{ message: "Directives limit of 2 exceeded, found 3.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxDirectives", maximum: 2 } }],
    });
    noSubgraphCalled();
  });

  it("refuse a document of more tokens than the limit while parsing it, as the client's error", async () => {
    const answer = await postGraphQL(`${gateway.url}/public/graphql`, { query: `{ items { ${"id ".repeat(250)}} }` });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [
        {
          message: "Token limit of 250 exceeded: send a shorter document.",
          locations: [{ line: 1, column: 752 }],
          extensions: { code: "GRAPHQL_PARSE_FAILED", limit: "maxTokens", maximum: 250 },
        },
      ],
    });
    noSubgraphCalled();
  });
});

describe("field suggestions", () => {
  it("are given on the main graph in development", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: "{ items { nam } }" });

    expect(answer.body.errors?.[0].message).toBe('Cannot query field "nam" on type "Item". Did you mean "name"?');
  });

  it("are never given on the public contract: they would name what it hides", async () => {
    const answer = await postGraphQL(`${gateway.url}/public/graphql`, { query: "{ items { nam } }" });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].message).toBe('Cannot query field "nam" on type "Item". Did you mean a name the schema documents?');
  });
});

describe("batched requests", () => {
  async function postBatch(path: string, size: number) {
    const response = await fetch(`${gateway.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(Array.from({ length: size }, () => ({ query: "{ items { id } }" }))),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  it("are answered on the main graph up to the limit, one answer per operation", async () => {
    const answer = await postBatch("/graphql", 3);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(Array.from({ length: 3 }, () => ({ data: { items: [{ id: "1" }, { id: "2" }] } })));
  });

  it("are refused above the limit, before any operation runs", async () => {
    const answer = await postBatch("/graphql", 4);

    expect(answer).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: "Batched request limit of 3 operations exceeded, found 4: send them in smaller batches.",
            extensions: { code: "BAD_REQUEST", limit: "maxBatch", maximum: 3 },
          },
        ],
      },
    });
    noSubgraphCalled();
  });

  it("are refused on the public contract, whatever their size", async () => {
    const answer = await postBatch("/public/graphql", 2);

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
    noSubgraphCalled();
  });
});

describe("introspection", () => {
  const INTROSPECT = "{ __schema { queryType { name } } }";

  it("is off on the main graph in production, and still answered on the public contract", async () => {
    const production = await gatewayOver(subgraphs, { publicSupergraphSdl: subgraphs.supergraphSdl, production: true });
    try {
      const main = await postGraphQL(`${production.url}/graphql`, { query: INTROSPECT });
      expect(main.status).toBe(400);
      expect(main.body.errors?.[0]).toMatchObject({
        message:
          "GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production",
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      });

      const contract = await postGraphQL(`${production.url}/public/graphql`, { query: INTROSPECT });
      expect(contract.body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    } finally {
      await production.stop();
    }
  });

  it("is on in production when asked for (INTROSPECTION=true)", async () => {
    const production = await gatewayOver(subgraphs, { production: true, introspection: true });
    try {
      const main = await postGraphQL(`${production.url}/graphql`, { query: INTROSPECT });
      expect(main.body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    } finally {
      await production.stop();
    }
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
