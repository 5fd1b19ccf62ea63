import { demoId, gatewayClient, today } from "@coopgraph/kit";
import type { IdentityConfig } from "@coopgraph/identity";
import { seedMembership } from "@coopgraph/membership";
import { builtSubgraph, startPlatform, type Platform } from "@coopgraph/testing";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { inclusionClient } from "../src";

/**
 * The client procurement uses for reserved contracts, against the real gateway in front of the
 * real membership and inclusion with their demo data: cooperative 2 is above the 30% line this
 * month (3 of 5 workers), cooperative 10 below it (its one placement is a traineeship).
 */
const month = today().toISOString().slice(0, 7);
const coop = (n: number) => demoId("cooperative", n);
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform(["membership", "inclusion"]);
  await seedMembership(platform.db.membership);
  await builtSubgraph("inclusion").seed!(platform.db.inclusion);
});
afterAll(() => platform?.stop());

function clientAt(gatewayUrl: () => string, identity: IdentityConfig) {
  return inclusionClient(gatewayClient({ gatewayUrl, identity, service: "procurement", timeoutMs: 5_000 }));
}

async function failure(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    const e = error as { message: string; extensions?: { code?: string } };
    return { code: e.extensions?.code, message: e.message };
  }
  throw new Error("expected inclusion to be unavailable");
}

const PURPOSE = "that the cooperatives meet the 30% rule";
const unavailable = (why: string) => ({ code: "SERVICE_UNAVAILABLE", message: `inclusion could not confirm ${PURPOSE} (${why}); nothing was written` });

describe("asking inclusion for the 30% verdict", () => {
  it("answers for several cooperatives in one question, and leaves out cooperatives membership does not know", async () => {
    const client = clientAt(() => platform.url, platform.identity);
    const verdicts = await client.compliance([coop(2), coop(10), demoId("cooperative", 999)], month, PURPOSE);
    expect(Object.fromEntries(verdicts)).toEqual({
      [coop(2)]: { workers: 5, disadvantagedWorkers: 3, compliant: true },
      [coop(10)]: { workers: 6, disadvantagedWorkers: 0, compliant: false },
    });
  });

  it("asks nothing when there is nothing to ask", async () => {
    const client = clientAt(() => "http://127.0.0.1:1", platform.identity);
    expect((await client.compliance([], month, PURPOSE)).size).toBe(0);
  });

  it("refuses a month that is not YYYY-MM before asking", async () => {
    const client = clientAt(() => "http://127.0.0.1:1", platform.identity);
    expect(await failure(() => client.compliance([coop(2)], "2026-3", PURPOSE))).toEqual({ code: "BAD_USER_INPUT", message: "a month is written YYYY-MM, e.g. 2026-03" });
  });

  it("is SERVICE_UNAVAILABLE when the gateway cannot be reached", async () => {
    const client = clientAt(() => "http://127.0.0.1:1", platform.identity);
    expect(await failure(() => client.compliance([coop(2)], month, PURPOSE))).toEqual(unavailable("the gateway could not be reached"));
  });

  // Fault injection: no real part answers with a cooperative and no verdict.
  it("is SERVICE_UNAVAILABLE when a cooperative comes back without its verdict", async () => {
    const odd = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: { cooperatives: { nodes: [{ id: coop(2), inclusionCompliance: null }] } } }));
    });
    await new Promise<void>((resolve) => odd.listen(0, "127.0.0.1", resolve));
    try {
      const client = clientAt(() => `http://127.0.0.1:${(odd.address() as AddressInfo).port}`, platform.identity);
      expect(await failure(() => client.compliance([coop(2)], month, PURPOSE))).toEqual(unavailable("its answer was incomplete at cooperatives.nodes.0.inclusionCompliance"));
    } finally {
      odd.close();
    }
  });

  // Last: it stops inclusion for the rest of this file.
  it("is SERVICE_UNAVAILABLE when inclusion is down and the gateway says so", async () => {
    await platform.stopSubgraph("inclusion");
    const client = clientAt(() => platform.url, platform.identity);
    expect(await failure(() => client.compliance([coop(2)], month, PURPOSE))).toEqual(unavailable("it answered: the inclusion service could not be reached (ECONNREFUSED)"));
  });
});
