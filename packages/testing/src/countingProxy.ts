import http from "node:http";
import type { AddressInfo } from "node:net";

export interface CountingProxy {
  /** The proxy's URL for the target's path, e.g. http://127.0.0.1:5555/graphql. */
  url: string;
  /** Requests passed on so far. */
  count(): number;
  stop(): Promise<void>;
}

/**
 * A pass-through HTTP proxy in front of one subgraph that counts what reaches it: the way a test
 * proves that the gateway refused something without calling anyone.
 */
export async function startCountingProxy(targetUrl: string): Promise<CountingProxy> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true });
  let count = 0;
  const server = http.createServer((req, res) => {
    count += 1;
    const forward = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${target.pathname}`,
    count: () => count,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
