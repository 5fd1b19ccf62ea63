/**
 * `WEB_CONCURRENCY=2 node gateway/dist/index.js`: two gateway processes share one port, one
 * that dies is replaced, and SIGTERM stops them all. Real processes; no subgraph is needed to
 * answer /health and a query's introspection.
 */
import { freePort, type Service, startService } from "./support/processes";

let gateway: Service;
let port: number;

/** The pids that logged "GraphQL at", in order. */
const listening = () => [...gateway.output().matchAll(/^\{.*"pid":(\d+).*"msg":"GraphQL at .*$/gm)].map((m) => Number(m[1]));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function until(check: () => boolean, what: string, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${timeoutMs} ms:\n${gateway.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const typename = async () => {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
  return response.json();
};

beforeAll(async () => {
  port = await freePort();
  gateway = startService("gateway/dist/index.js", { PORT: String(port), HOST: "127.0.0.1", WEB_CONCURRENCY: "2", NODE_ENV: "test", LOG_LEVEL: "info" }, /starting 2 gateway/);
  await gateway.ready;
  await until(() => listening().length === 2, "two processes listening");
}, 90_000);
afterAll(() => gateway?.stop());

describe("the gateway with WEB_CONCURRENCY=2", () => {
  it("runs two processes on one port, replaces one that dies, and stops them all on SIGTERM", async () => {
    const [first, second] = listening();
    expect(first).not.toBe(second);
    expect(await typename()).toEqual({ data: { __typename: "Query" } });

    process.kill(first, "SIGKILL");
    await until(() => listening().length === 3, "a replacement process");
    const replacement = listening()[2];
    expect([first, second]).not.toContain(replacement);
    expect(gateway.output()).toContain(`gateway process ${first} ended (SIGKILL): starting another`);
    for (let i = 0; i < 10; i++) expect(await typename()).toEqual({ data: { __typename: "Query" } });

    await gateway.stop("SIGTERM");
    expect(gateway.child.exitCode).toBe(0);
    expect([second, replacement].filter(alive)).toEqual([]);
    expect(gateway.output()).toContain("every gateway process stopped");
  }, 90_000);
});
