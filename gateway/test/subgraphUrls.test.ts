import { identityConfigFromEnv } from "@coopgraph/identity";
import { createGateway } from "../src/gateway";
import type { GatewayLogger } from "../src/logger";
import { silentLogger } from "../src/logger";
import { SubgraphDirectory, subgraphUrlVariable } from "../src/subgraphs";
import { postGraphQL } from "./support/http";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

const identity = identityConfigFromEnv({ JWT_SECRET: "gateway-test-secret" });

describe("subgraph URLs", () => {
  it("come from the supergraph unless overridden by name, in any case", () => {
    const directory = new SubgraphDirectory({ MEMBERSHIP: "http://membership.internal:8080/graphql", "purchasing-groups": "http://pg/graphql" });

    expect(directory.resolve("membership", "http://127.0.0.1:8081/graphql")).toBe("http://membership.internal:8080/graphql");
    expect(directory.resolve("finance", "http://127.0.0.1:8085/graphql")).toBe("http://127.0.0.1:8085/graphql");
    expect(directory.resolve("purchasing-groups", undefined)).toBe("http://pg/graphql");
    expect(directory.list()).toEqual([
      { name: "membership", url: "http://membership.internal:8080/graphql" },
      { name: "finance", url: "http://127.0.0.1:8085/graphql" },
      { name: "purchasing-groups", url: "http://pg/graphql" },
    ]);
    expect(subgraphUrlVariable("purchasing-groups")).toBe("SUBGRAPH_URL_PURCHASING_GROUPS");
  });

  it("must be there and be http(s) URLs", () => {
    const directory = new SubgraphDirectory({ training: "ftp://training" });

    expect(() => directory.resolve("inclusion", undefined)).toThrow("the supergraph gives no URL for the inclusion subgraph: set SUBGRAPH_URL_INCLUSION");
    expect(() => directory.resolve("finance", "not a url")).toThrow("the URL of the finance subgraph is not a URL: 'not a url'");
    expect(() => directory.resolve("training", "http://x")).toThrow("the URL of the training subgraph must be http or https: 'ftp://training'");
  });

  describe("through a running gateway", () => {
    let subgraphs: TestSubgraphs;
    beforeAll(async () => {
      subgraphs = await startSubgraphs();
    });
    afterAll(async () => {
      await subgraphs?.stop();
    });

    it("an override sends the subgraph's requests elsewhere, and a misspelt one is reported", async () => {
      const warnings: unknown[] = [];
      const logger: GatewayLogger = { ...silentLogger, warn: (message) => warnings.push(message) };
      // The supergraph says nothing reachable for stock: only the override gets its answers.
      const supergraphSdl = subgraphs.supergraphSdl.replace(subgraphs.stock.url, "http://127.0.0.1:9/graphql");
      const gateway = await createGateway({
        supergraphSdl,
        subgraphUrls: { STOCK: subgraphs.stock.url, stok: "http://127.0.0.1:9/graphql" },
        identity,
        port: 0,
        host: "127.0.0.1",
        logger,
      });
      try {
        const answer = await postGraphQL(`${gateway.url}/graphql`, { query: "{ items { id stock } }" });

        expect(answer.body).toEqual({
          data: {
            items: [
              { id: "1", stock: 12 },
              { id: "2", stock: 0 },
            ],
          },
        });
        expect(warnings).toEqual(["the URL override for 'STOK' names no subgraph of the supergraph (SUBGRAPH_URL_STOK?)"]);
      } finally {
        await gateway.stop();
      }
    });

    it("a bad one stops the gateway from starting, with the reason", async () => {
      await expect(
        createGateway({ supergraphSdl: subgraphs.supergraphSdl, subgraphUrls: { items: "not a url" }, identity, port: 0, host: "127.0.0.1", logger: silentLogger }),
      ).rejects.toThrow("the URL of the items subgraph is not a URL: 'not a url'");
    });
  });
});
