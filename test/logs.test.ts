import { createLogger } from "@coopgraph/kit";
import { startPlatform, type Platform } from "@coopgraph/testing";

/** What every subgraph logged, as parsed JSON lines. */
const lines: Record<string, unknown>[] = [];
const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform(["membership", "procurement"], { logs: (name) => createLogger(name, { level: "info", destination }) });
});
afterAll(() => platform?.stop());

describe("logs", () => {
  it("carry the gateway's request id into the log lines of every subgraph the request reached", async () => {
    const res = await platform.query(
      `{ cooperatives(first: 1) { totalCount } tenders(first: 1) { totalCount } }`,
      {},
      { role: "ADMIN" },
      { headers: { "x-request-id": "req-logs-test-1" } },
    );
    expect(res.errors).toBeUndefined();
    const ofRequest = lines.filter((line) => line.requestId === "req-logs-test-1");
    for (const service of ["membership", "procurement"]) {
      expect(ofRequest).toContainEqual(expect.objectContaining({ name: service, msg: "request", method: "POST", path: "/graphql", status: 200, level: 30 }));
    }
  });

  it("give a request the gateway did not name an id of its own, and answer with it", async () => {
    lines.length = 0;
    // Straight to the subgraph, with no id: it makes one up and answers with it.
    const response = await fetch(platform.subgraphUrls.membership, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await platform.token({ role: "ADMIN" })}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toContainEqual(expect.objectContaining({ name: "membership", msg: "request", requestId, status: 200 }));
  });
});
