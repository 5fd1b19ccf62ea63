import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import http from "node:http";
import https from "node:https";
import { type BufferedAnswer, type DeduplicationCounts, deduplicatingFetcher, deduplicationCounts } from "./deduplication";
import { subgraphTimeoutError, subgraphUnavailableError } from "./subgraphErrors";

export { subgraphTimeoutError, subgraphUnavailableError } from "./subgraphErrors";

/** What RemoteGraphQLDataSource calls to reach a subgraph (@apollo/utils.fetcher's `Fetcher`). */
export type Fetcher = RemoteGraphQLDataSource["fetcher"];

/**
 * Node servers close an idle keep-alive socket after 5 s (`server.keepAliveTimeout`). The
 * gateway's default fetcher keeps them 15 s, so it sometimes writes a request into a socket the
 * subgraph is closing: `socket hang up` / ECONNRESET. Ours drops idle sockets after 4 s.
 * (Node's agent also honours a shorter `Keep-Alive: timeout=` hint from the server.)
 */
export const IDLE_SOCKET_TIMEOUT_MS = 4_000;

export interface SubgraphAgents {
  http: http.Agent;
  https: https.Agent;
  /** Closes every pooled socket; the gateway calls it when it stops. */
  destroy(): void;
}

export function createSubgraphAgents(idleSocketTimeoutMs: number = IDLE_SOCKET_TIMEOUT_MS): SubgraphAgents {
  // `timeout` is the idle timeout of pooled sockets: the agent destroys a free socket when it
  // fires, and leaves sockets with a request in flight to the per-subgraph timeout below.
  const options = { keepAlive: true, timeout: idleSocketTimeoutMs, scheduling: "lifo" as const };
  const agents = { http: new http.Agent(options), https: new https.Agent(options) };
  return {
    ...agents,
    destroy() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

export interface SubgraphFetcherOptions {
  /** The subgraph's name, for error messages. */
  subgraph: string;
  /** The whole exchange, from sending the request to the last byte of the answer. */
  timeoutMs: number;
  agents: SubgraphAgents;
  /** Identical queries in flight at once share one request (deduplication.ts). Default false. */
  deduplicate?: boolean;
  /** Where the requests sent and shared are counted. */
  counts?: DeduplicationCounts;
}

/**
 * The gateway's own fetcher: Node's http client over the keep-alive agents above, with a
 * per-subgraph timeout (an AbortSignal) that @apollo/gateway does not have.
 *
 * A pooled socket can still be closed by the subgraph just as the gateway reuses it (a restart,
 * or its idle timeout racing ours): the request fails with ECONNRESET before any answer. The
 * subgraph most likely never read it, so a query is sent once more on a new socket, as Node's
 * documentation advises; a mutation is not, since "never read" cannot be proven.
 */
export function createSubgraphFetcher({ subgraph, timeoutMs, agents, deduplicate = false, counts = deduplicationCounts() }: SubgraphFetcherOptions): Fetcher {
  // A shared request runs with the first caller's timeout: every caller of a subgraph has the same one.
  return deduplicatingFetcher(subgraph, (url, init) => sendWithRetry(subgraph, timeoutMs, agents, url, init), counts, deduplicate);
}

async function sendWithRetry(subgraph: string, timeoutMs: number, agents: SubgraphAgents, url: string, init: Parameters<Fetcher>[1] & object): Promise<BufferedAnswer> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal as AbortSignal, timeout]) : timeout;
  try {
    try {
      return await send(url, init, signal, agents);
    } catch (error) {
      if (!(error instanceof StaleSocketError) || isMutation(init.body)) throw error;
      return await send(url, init, signal, agents);
    }
  } catch (error) {
    if (timeout.aborted) throw subgraphTimeoutError(subgraph, timeoutMs);
    throw subgraphUnavailableError(subgraph, error instanceof StaleSocketError ? error.cause : error);
  }
}

/** The request went out on a reused keep-alive socket that the other side had already closed. */
class StaleSocketError extends Error {
  constructor(readonly cause: unknown) {
    super("a reused connection was closed by the other side");
  }
}

function isMutation(body: string | Buffer | undefined): boolean {
  if (body === undefined) return false;
  try {
    const { query } = JSON.parse(body.toString()) as { query?: unknown };
    return typeof query === "string" && /^\s*mutation\b/.test(query);
  } catch {
    return true; // Unknown content: do not risk sending it twice.
  }
}

function send(url: string, init: Parameters<Fetcher>[1] & object, signal: AbortSignal, agents: SubgraphAgents): Promise<BufferedAnswer> {
  return new Promise<BufferedAnswer>((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === "https:";
    if (!secure && target.protocol !== "http:") {
      reject(new Error(`unsupported protocol ${target.protocol}`));
      return;
    }
    let answered = false;
    const headers = { ...init.headers };
    // A known length spares the subgraph a chunked body.
    if (init.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === "content-length")) {
      headers["content-length"] = String(Buffer.byteLength(init.body));
    }
    const request = (secure ? https : http).request(target, { method: init.method ?? "GET", headers, agent: secure ? agents.https : agents.http, signal }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("close", () => {
        if (!response.complete) reject(new Error("the connection closed before the answer was complete"));
      });
      response.on("end", () => {
        try {
          resolve(buffered(url, response, Buffer.concat(chunks)));
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      const stale = request.reusedSocket && !answered && (error.code === "ECONNRESET" || error.code === "EPIPE");
      reject(stale ? new StaleSocketError(error) : error);
    });
    request.end(init.body);
  });
}

function buffered(url: string, incoming: http.IncomingMessage, body: Buffer): BufferedAnswer {
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.push([name, item]);
  }
  return { url, status: incoming.statusCode ?? 502, statusText: incoming.statusMessage ?? "", headers, body };
}
