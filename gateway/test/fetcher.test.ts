import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createSubgraphAgents, createSubgraphFetcher, type SubgraphAgents } from "../src/fetcher";

/** A plain HTTP server that keeps connections open and can drop them all at once. */
async function startServer(delayMs = 0) {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { echo: body } })), delayMs);
    });
  });
  server.keepAliveTimeout = 0; // No "Keep-Alive: timeout" hint: the client keeps the socket pooled.
  server.on("connection", (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    connections: () => connections,
    dropConnections: () => {
      for (const socket of sockets) socket.destroy();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const post = (query: string) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });

let agents: SubgraphAgents;
beforeEach(() => (agents = createSubgraphAgents()));
afterEach(() => agents.destroy());

describe("the subgraph fetcher", () => {
  it("answers like fetch: status, headers, JSON body and the URL asked", async () => {
    const server = await startServer();
    try {
      const fetch = createSubgraphFetcher({ subgraph: "membership", timeoutMs: 1_000, agents });

      const response = await fetch(server.url, post("{ a }"));

      expect(response.status).toBe(200);
      expect(response.ok).toBe(true);
      expect(response.url).toBe(server.url);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(await response.json()).toEqual({ data: { echo: '{"query":"{ a }"}' } });
    } finally {
      await server.stop();
    }
  });

  it("gives up after its timeout with an error that names the subgraph", async () => {
    const server = await startServer(1_000);
    try {
      const fetch = createSubgraphFetcher({ subgraph: "membership", timeoutMs: 100, agents });

      await expect(fetch(server.url, post("{ a }"))).rejects.toMatchObject({
        message: "the membership service did not answer within 100 ms",
        extensions: { code: "SUBGRAPH_TIMEOUT", serviceName: "membership" },
      });
    } finally {
      await server.stop();
    }
  });

  it("sends a query again on a new connection when the pooled one was closed under it", async () => {
    const server = await startServer();
    try {
      const fetch = createSubgraphFetcher({ subgraph: "membership", timeoutMs: 1_000, agents });
      await fetch(server.url, post("{ a }"));

      server.dropConnections();
      const response = await fetch(server.url, post("{ b }"));

      expect(await response.json()).toEqual({ data: { echo: '{"query":"{ b }"}' } });
      expect(server.connections()).toBe(2);
    } finally {
      await server.stop();
    }
  });

  it("never sends a mutation twice", async () => {
    const server = await startServer();
    try {
      const fetch = createSubgraphFetcher({ subgraph: "finance", timeoutMs: 1_000, agents });
      await fetch(server.url, post("{ a }"));

      server.dropConnections();

      await expect(fetch(server.url, post("mutation { issueInvoice }"))).rejects.toMatchObject({
        message: expect.stringMatching(/^the finance service could not be reached \((ECONNRESET|EPIPE)\)$/),
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "finance" },
      });
    } finally {
      await server.stop();
    }
  });
});
