import { partitaIvaCheckDigit, regionOfProvince } from "@coopgraph/ids";
import { identityConfigFromEnv } from "@coopgraph/identity";
import { demoId } from "@coopgraph/kit";
import { startPlatform, type Platform } from "@coopgraph/testing";
import type { IdentityConfig } from "@coopgraph/identity";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { durcValidUntil } from "@coopgraph/membership";
import { gatewayClient } from "@coopgraph/kit";
import { membershipClient } from "../src";
import { startSilentServer } from "@coopgraph/testing";

/**
 * The client against the real gateway in front of the real membership. The day asked about is in
 * the past: cooperative 2's DURC covered it, and has lapsed since.
 */
const on = new Date("2020-03-02T00:00:00.000Z");
const [coop2, coop3] = [2, 3].map((n) => demoId("cooperative", n));
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform(["membership"]);
  const first10 = "8000002016";
  const issueDate = new Date("2020-02-03T00:00:00.000Z");
  await platform.db.membership.cooperative.create({
    data: {
      id: coop2,
      name: "La Rondine",
      taxCode: first10 + partitaIvaCheckDigit(first10),
      alboNumber: "A500002",
      type: "B",
      status: "ACTIVE",
      municipality: "Bergamo",
      province: "BG",
      region: regionOfProvince("BG")!,
      atecoCodes: ["81.29.10"],
      admissionDate: new Date("2015-03-16T00:00:00.000Z"),
      durcs: { create: [{ issueDate, validUntil: durcValidUntil(issueDate), recordedBy: "test" }] },
    },
  });
});
afterAll(() => platform?.stop());

/** The shared client as a subgraph builds it: asking through the gateway at `gatewayUrl` with a SERVICE token. */
function clientAt(gatewayUrl: () => string, identity: IdentityConfig, timeoutMs = 5_000) {
  return membershipClient(gatewayClient({ gatewayUrl, identity, service: "procurement", timeoutMs }));
}

async function failure(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    const e = error as { message: string; extensions?: { code?: string } };
    return { code: e.extensions?.code, message: e.message };
  }
  throw new Error("expected membership to be unavailable");
}

const unavailable = (why: string) => ({ code: "SERVICE_UNAVAILABLE", message: `membership could not confirm eligibility (${why}); nothing was written` });

describe("asking membership about cooperatives", () => {
  it("asks through the gateway, for the day of the write, and leaves out cooperatives membership does not know", async () => {
    const client = clientAt(() => platform.url, platform.identity);
    const facts = await client.cooperatives([coop2, coop3], on, "eligibility");
    expect([...facts.values()]).toEqual([{ id: coop2, name: "La Rondine", type: "B", status: "ACTIVE", province: "BG", region: "Lombardia", hasValidDurc: true }]);
    // The same cooperative today: its DURC has lapsed.
    expect((await client.cooperatives([coop2], new Date(), "eligibility")).get(coop2)!.hasValidDurc).toBe(false);
  });

  it("asks with an identity entitled to DURC records: a partner or another cooperative's manager would not be told", async () => {
    const query = `query ($ids: [ID!]!, $on: Date!) { cooperatives(first: 100, filter: { ids: $ids }) { nodes { id hasValidDurc(on: $on) } } }`;
    for (const caller of [{ role: "PARTNER" as const }, { role: "COOP_MANAGER" as const, coopId: coop3 }]) {
      expect((await platform.query(query, { ids: [coop2], on: "2020-03-02" }, caller)).data).toEqual({ cooperatives: { nodes: [{ id: coop2, hasValidDurc: null }] } });
    }
    const client = clientAt(() => platform.url, platform.identity);
    expect((await client.cooperatives([coop2], on, "eligibility")).get(coop2)!.hasValidDurc).toBe(true);
  });

  it("asks nothing when there is nothing to ask", async () => {
    // Asking an unreachable gateway would fail: an answer means nothing was asked.
    const client = clientAt(() => "http://127.0.0.1:1", platform.identity);
    expect((await client.cooperatives([], on, "eligibility")).size).toBe(0);
  });

  it("is SERVICE_UNAVAILABLE when the gateway does not accept its service token", async () => {
    const stranger = identityConfigFromEnv({ JWT_SECRET: "a-secret-this-gateway-does-not-share-0123456789" });
    const client = clientAt(() => platform.url, stranger);
    expect(await failure(() => client.cooperatives([coop2], on, "eligibility"))).toEqual(unavailable("the gateway answered HTTP 401"));
  });

  it("is SERVICE_UNAVAILABLE when the gateway cannot be reached", async () => {
    const client = clientAt(() => "http://127.0.0.1:1", platform.identity);
    expect(await failure(() => client.cooperatives([coop2], on, "eligibility"))).toEqual(unavailable("the gateway could not be reached"));
  });

  it("is SERVICE_UNAVAILABLE when the gateway does not answer in time", async () => {
    const silent = await startSilentServer();
    try {
      const client = clientAt(() => silent.url, platform.identity, 300);
      expect(await failure(() => client.cooperatives([coop2], on, "eligibility"))).toEqual(unavailable("no answer in time"));
    } finally {
      await silent.stop();
    }
  });

  // Fault injection: no real part answers with cooperatives missing the facts asked for.
  it("is SERVICE_UNAVAILABLE when the answer is not what was asked", async () => {
    const odd = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: { cooperatives: { nodes: [{ id: "x", name: "No DURC field" }] } } }));
    });
    await new Promise<void>((resolve) => odd.listen(0, "127.0.0.1", resolve));
    try {
      const client = clientAt(() => `http://127.0.0.1:${(odd.address() as AddressInfo).port}`, platform.identity);
      expect((await failure(() => client.cooperatives(["x"], on, "eligibility"))).message).toBe(
        "membership could not confirm eligibility (its answer was incomplete at cooperatives.nodes.0.type); nothing was written",
      );
    } finally {
      odd.close();
    }
  });

  // Last: it stops membership for the rest of this file.
  it("is SERVICE_UNAVAILABLE when membership is down and the gateway says so", async () => {
    await platform.stopSubgraph("membership");
    const client = clientAt(() => platform.url, platform.identity);
    expect(await failure(() => client.cooperatives([coop2], on, "eligibility"))).toEqual(unavailable("it answered: the membership service could not be reached (ECONNREFUSED)"));
  });
});
