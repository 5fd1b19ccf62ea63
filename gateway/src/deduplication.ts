import { REQUEST_ID_HEADER } from "./context";
import type { Fetcher } from "./fetcher";

type FetcherInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** One subgraph answer read to its end, from which each caller that shared it gets its own Response. */
export interface BufferedAnswer {
  url: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
}

/** Counts since the gateway started, for GET /metrics. */
export interface DeduplicationCounts {
  /** Subgraph requests sent, by subgraph. */
  sent: Map<string, number>;
  /** Subgraph requests answered by another caller's identical request in flight, by subgraph. */
  shared: Map<string, number>;
}

export function deduplicationCounts(): DeduplicationCounts {
  return { sent: new Map(), shared: new Map() };
}

/**
 * In-flight deduplication of subgraph requests: while one request is on its way, an identical one
 * (same URL, same body — the query, its variables and operation name — and the same forwarded
 * headers, the caller's Authorization among them) waits for its answer instead of being sent again.
 * Only the request id is left out of the comparison, so the subgraph logs the first caller's id.
 * An answer is never shared between two tokens, nor between a caller with a token and one without.
 *
 * Only queries are shared: the gateway prints each subgraph operation itself, so a body whose
 * `query` starts with `query` or `{` is a query; anything else (a mutation, a body that is not
 * JSON) is always sent on its own. The entry is dropped as soon as the answer or the failure
 * arrives: nothing is kept once the request is over. Every sharer gets its own Response built
 * from the same bytes, or the same error.
 */
export function deduplicatingFetcher(subgraph: string, send: (url: string, init: FetcherInit) => Promise<BufferedAnswer>, counts: DeduplicationCounts, enabled: boolean): Fetcher {
  const inFlight = new Map<string, Promise<BufferedAnswer>>();
  return async (url, init = {}) => {
    const key = enabled ? sharingKey(url, init) : undefined;
    if (key === undefined) {
      count(counts.sent, subgraph);
      return toResponse(await send(url, init));
    }
    let answer = inFlight.get(key);
    if (answer) {
      count(counts.shared, subgraph);
    } else {
      count(counts.sent, subgraph);
      answer = send(url, init).finally(() => inFlight.delete(key));
      inFlight.set(key, answer);
    }
    return toResponse(await answer);
  };
}

/** The key of a query request that may be shared, or undefined when it must be sent on its own. */
export function sharingKey(url: string, init: FetcherInit): string | undefined {
  if ((init.method ?? "GET").toUpperCase() !== "POST" || init.body === undefined) return undefined;
  const body = init.body.toString();
  if (!isQueryBody(body)) return undefined;
  const headers = Object.entries(init.headers ?? {})
    .map(([name, value]) => [name.toLowerCase(), String(value)] as const)
    .filter(([name]) => name !== REQUEST_ID_HEADER)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}`);
  return JSON.stringify([url, headers, body]);
}

function isQueryBody(body: string): boolean {
  let query: unknown;
  try {
    query = (JSON.parse(body) as { query?: unknown }).query;
  } catch {
    return false;
  }
  return typeof query === "string" && /^\s*(query\b|\{)/.test(query);
}

export function toResponse(answer: BufferedAnswer): FetcherResponse {
  const { status, body } = answer;
  const noBody = body.length === 0 || status === 204 || status === 205 || status === 304;
  const response = new Response(noBody ? null : new Uint8Array(body), { status, statusText: answer.statusText, headers: answer.headers });
  // A constructed Response has an empty `url`; RemoteGraphQLDataSource reports it in errors.
  Object.defineProperty(response, "url", { value: answer.url });
  return response;
}

function count(counts: Map<string, number>, subgraph: string): void {
  counts.set(subgraph, (counts.get(subgraph) ?? 0) + 1);
}
