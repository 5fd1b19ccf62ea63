import { buildSchema } from "graphql";
import { createLogger, type RunningServer, type SubgraphMetrics, serve } from "../src";

/** The kit's HTTP server over real sockets: a tiny schema whose one field echoes the context. */
let server: RunningServer;
let base: string;
let ready = true;
const contexts: { authorization?: string; requestId?: string }[] = [];
beforeAll(async () => {
  const schema = buildSchema(`type Query { hello(name: String!): String! caller: String }`);
  const fields = schema.getQueryType()!.getFields();
  fields.hello.resolve = (_root, args: { name: string }) => `ciao ${args.name}`;
  fields.caller.resolve = (_root, _args, ctx: { authorization?: string }) => ctx.authorization ?? null;
  server = await serve<{ authorization?: string }>({
    name: "http-test",
    schema,
    log: createLogger("http-test", { level: "silent" }),
    ready: async () => ready,
    metrics: { text: () => "coopgraph_test_total 1\n" } as SubgraphMetrics,
    context: async (req) => {
      const context = { authorization: req.headers.authorization, requestId: req.headers["x-request-id"] as string };
      contexts.push(context);
      return context;
    },
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server?.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

describe("the subgraph HTTP server", () => {
  it("answers a GraphQL POST with the caller's headers in the context, and echoes a forwarded request id", async () => {
    const res = await post(JSON.stringify({ query: `query ($n: String!) { hello(name: $n) caller }`, variables: { n: "Anna" } }), {
      authorization: "Bearer t0k3n",
      "x-request-id": "req-42",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("req-42");
    expect(await res.json()).toEqual({ data: { hello: "ciao Anna", caller: "Bearer t0k3n" } });
    expect(contexts.at(-1)).toEqual({ authorization: "Bearer t0k3n", requestId: "req-42" });
  });

  it("gives a request without an acceptable id a new one", async () => {
    const res = await post(JSON.stringify({ query: '{ hello(name: "x") }' }), { "x-request-id": "not an id; drop table" });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(contexts.at(-1)?.requestId).toBe(id);
  });

  it("answers GraphQL errors as GraphQL does: validation is a 400 with the message", async () => {
    const res = await post(JSON.stringify({ query: "{ nope }" }));
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ message: 'Cannot query field "nope" on type "Query".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("refuses a body that is not JSON with 400, and one above 1 MB with 413, before GraphQL sees it", async () => {
    const before = contexts.length;
    const broken = await post("{ not json");
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: "the request body is not valid JSON" });
    const big = await post(JSON.stringify({ query: '{ hello(name: "x") }', variables: { pad: "x".repeat(1024 * 1024) } }));
    expect(big.status).toBe(413);
    expect(contexts.length).toBe(before);
  });

  it("serves /health, /ready (503 when the database does not answer), /metrics, and 404 elsewhere", async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: "ok", service: "http-test" });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    ready = false;
    const down = await fetch(`${base}/ready`);
    expect([down.status, await down.json()]).toEqual([503, { status: "unavailable", service: "http-test" }]);
    ready = true;
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get("content-type")).toContain("text/plain");
    expect(await metrics.text()).toBe("coopgraph_test_total 1\n");
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
    expect((await fetch(`${base}/health`, { method: "POST" })).status).toBe(404);
  });
});
