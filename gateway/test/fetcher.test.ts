import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createSubgraphAgents, createSubgraphFetcher, type SubgraphAgents } from "../src/fetcher";

/**
 * A plain HTTP server that keeps connections open and can drop them all at once; with `hangUps`,
 * it reads that many requests and closes their connection without answering.
 */
async function startServer(delayMs = 0, hangUps = 0) {
  const sockets = new Set<Socket>();
  let connections = 0;
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push(body);
      if (hangUps > 0) {
        hangUps--;
        req.socket.destroy();
        return;
      }
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
    received,
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

  it("sends a query again when the connection closes before any answer, and never a mutation", async () => {
    const queried = await startServer(0, 1);
    const mutated = await startServer(0, 1);
    try {
      const fetch = createSubgraphFetcher({ subgraph: "finance", timeoutMs: 1_000, agents });
      const response = await fetch(queried.url, post("{ a }"));
      expect(await response.json()).toEqual({ data: { echo: '{"query":"{ a }"}' } });
      expect(queried.received).toHaveLength(2);

      await expect(fetch(mutated.url, post("mutation { issueInvoice }"))).rejects.toMatchObject({
        message: "the finance service could not be reached (ECONNRESET)",
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "finance" },
      });
      expect(mutated.received).toEqual(['{"query":"mutation { issueInvoice }"}']);
    } finally {
      await Promise.all([queried.stop(), mutated.stop()]);
    }
  });
});
