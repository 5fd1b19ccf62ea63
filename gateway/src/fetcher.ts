import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { Agent, type Dispatcher } from "undici";
import { type BufferedAnswer, type DeduplicationCounts, deduplicatingFetcher, deduplicationCounts } from "./deduplication";
import { subgraphTimeoutError, subgraphUnavailableError } from "./subgraphErrors";

export { subgraphTimeoutError, subgraphUnavailableError } from "./subgraphErrors";

/** What RemoteGraphQLDataSource calls to reach a subgraph (@apollo/utils.fetcher's `Fetcher`). */
export type Fetcher = RemoteGraphQLDataSource["fetcher"];

/**
 * Node servers close an idle keep-alive socket after 5 s (`server.keepAliveTimeout`). A client
 * that keeps them longer sometimes writes a request into a socket the subgraph is closing:
 * `socket hang up` / ECONNRESET. Ours drops idle sockets after 4 s, whatever longer
 * `Keep-Alive: timeout=` hint a server sends (a shorter one is honoured).
 */
export const IDLE_SOCKET_TIMEOUT_MS = 4_000;

/** The pool's settings: idle sockets kept at most `idleSocketTimeoutMs`, whatever a server's hint. */
export function subgraphPoolOptions(idleSocketTimeoutMs: number = IDLE_SOCKET_TIMEOUT_MS) {
  return { keepAliveTimeout: idleSocketTimeoutMs, keepAliveMaxTimeout: idleSocketTimeoutMs };
}

/**
 * The connections to the subgraphs: undici's Agent, one pool of keep-alive sockets per subgraph
 * origin (http and https), cheaper per request than node:http's agent and client.
 */
export interface SubgraphAgents {
  dispatcher: Dispatcher;
  /** Closes every pooled socket; the gateway calls it when it stops. */
  destroy(): void;
}

export function createSubgraphAgents(idleSocketTimeoutMs: number = IDLE_SOCKET_TIMEOUT_MS): SubgraphAgents {
  const dispatcher = new Agent(subgraphPoolOptions(idleSocketTimeoutMs));
  return {
    dispatcher,
    destroy() {
      dispatcher.destroy().catch(() => undefined);
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
 * The gateway's own fetcher: undici's pool above, with a per-subgraph timeout (an AbortSignal)
 * that @apollo/gateway does not have.
 *
 * A pooled socket can still be closed by the subgraph just as the gateway reuses it (a restart,
 * or its idle timeout racing ours): the request fails with ECONNRESET before any answer. The
 * subgraph most likely never read it, so a query is sent once more on a new socket; a mutation
 * is not, since "never read" cannot be proven.
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

/** The connection closed before any answer came: most likely a pooled socket the other side had closed. */
class StaleSocketError extends Error {
  constructor(readonly cause: unknown) {
    super("the connection was closed by the other side before it answered");
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

/** Hop-by-hop headers belong to one connection: undici sets its own and refuses these. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "expect", "te", "trailer", "proxy-connection"]);

async function send(url: string, init: Parameters<Fetcher>[1] & object, signal: AbortSignal, agents: SubgraphAgents): Promise<BufferedAnswer> {
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:") throw new Error(`unsupported protocol ${target.protocol}`);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(init.headers ?? {})) if (!HOP_BY_HOP.has(name.toLowerCase())) headers[name] = value;
  let response: Dispatcher.ResponseData;
  try {
    response = await agents.dispatcher.request({
      origin: target.origin,
      path: target.pathname + target.search,
      method: (init.method ?? "GET") as Dispatcher.HttpMethod,
      headers,
      body: init.body,
      signal,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // undici's "other side closed" is the reset Node's client calls ECONNRESET.
    if (code === "UND_ERR_SOCKET") throw new StaleSocketError(Object.assign(new Error((error as Error).message), { code: "ECONNRESET" }));
    if (code === "ECONNRESET" || code === "EPIPE") throw new StaleSocketError(error);
    throw error;
  }
  const body = Buffer.from(await response.body.arrayBuffer());
  const answerHeaders: [string, string][] = [];
  for (const [name, value] of Object.entries(response.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) answerHeaders.push([name, item]);
  }
  return { url, status: response.statusCode, statusText: response.statusText ?? "", headers: answerHeaders, body };
}
