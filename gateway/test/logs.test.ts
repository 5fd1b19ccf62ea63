import { silentLogger } from "../src/logger";
import { gatewayOver, ITEMS_WITH_STOCK } from "./support/gateway";
import { postGraphQL } from "./support/http";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

let subgraphs: TestSubgraphs;
beforeAll(async () => {
  subgraphs = await startSubgraphs();
});
afterAll(() => subgraphs?.stop());

describe("the gateway's log", () => {
  it("has a line per request with the request id it forwarded to every subgraph", async () => {
    const logged: unknown[] = [];
    const gateway = await gatewayOver(subgraphs, { logger: { ...silentLogger, info: (line) => logged.push(line) } });
    try {
      const answer = await postGraphQL(`${gateway.url}/graphql`, { query: ITEMS_WITH_STOCK });
      const requestId = answer.headers.get("x-request-id");
      expect(requestId).toBeTruthy();
      expect(logged).toContainEqual(expect.objectContaining({ msg: "request", requestId, method: "POST", path: "/graphql", status: 200 }));
      expect(subgraphs.items.seen.at(-1)?.requestId).toBe(requestId);
      expect(subgraphs.stock.seen.at(-1)?.requestId).toBe(requestId);
    } finally {
      await gateway.stop();
    }
  });
});
