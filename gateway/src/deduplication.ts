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
    .sort(byName)
    .map(([name, value]) => `${name}:${value}`);
  // One line for the URL, one per header, an empty line, then the body: with no line break in the
  // URL nor in a header, two keys are equal only when all three are.
  if (/[\r\n]/.test(url) || headers.some((header) => /[\r\n]/.test(header))) return undefined;
  return `${url}\n${headers.join("\n")}\n\n${body}`;
}

/** Header pairs in the order of their names. */
function byName([a]: readonly [string, string], [b]: readonly [string, string]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A body as the gateway prints it, `{"query":"query …` or `{"query":"{ …`, with no other `query` key. */
const PRINTED_QUERY = /^\{"query":"(?:query\b|\{)/;

function isQueryBody(body: string): boolean {
  // The gateway's own bodies are recognised without parsing them; anything else is parsed.
  if (PRINTED_QUERY.test(body) && !body.includes('"query":', 2)) return true;
  let query: unknown;
  try {
    query = (JSON.parse(body) as { query?: unknown }).query;
  } catch {
    return false;
  }
  return typeof query === "string" && /^\s*(query\b|\{)/.test(query);
}

/**
 * Each caller's own answer: what RemoteGraphQLDataSource reads of a fetch Response (status,
 * headers, the body as JSON or text), made from the shared bytes without the cost of building a
 * WHATWG Response and its stream for every subgraph request.
 */
export function toResponse(answer: BufferedAnswer): FetcherResponse {
  return new AnswerResponse(answer);
}

class AnswerResponse implements FetcherResponse {
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly redirected = false;
  readonly headers: AnswerHeaders;
  private used = false;

  constructor(private readonly answer: BufferedAnswer) {
    this.url = answer.url;
    this.status = answer.status;
    this.statusText = answer.statusText;
    this.ok = answer.status >= 200 && answer.status <= 299;
    this.headers = new AnswerHeaders(answer.headers);
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  private read(): Buffer {
    if (this.used) throw new TypeError("Body is unusable: Body has already been read");
    this.used = true;
    return this.answer.body;
  }

  async text(): Promise<string> {
    return this.read().toString("utf8");
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.read().toString("utf8"));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.read();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    if (this.used) throw new TypeError("Response.clone: Body has already been consumed.");
    return new AnswerResponse(this.answer);
  }
}

type FetcherHeaders = FetcherResponse["headers"];

/** Headers as fetch has them: names in lower case, repeated ones joined with ", ", iterated by name. */
class AnswerHeaders implements FetcherHeaders {
  private readonly byName = new Map<string, string>();

  constructor(pairs: readonly [string, string][]) {
    for (const [name, value] of pairs) this.append(name, value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const before = this.byName.get(key);
    this.byName.set(key, before === undefined ? value : `${before}, ${value}`);
  }

  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }

  entries(): IterableIterator<[string, string]> {
    return [...this.byName].sort(byName)[Symbol.iterator]();
  }

  keys(): IterableIterator<string> {
    return [...this.entries()].map(([name]) => name)[Symbol.iterator]();
  }

  values(): IterableIterator<string> {
    return [...this.entries()].map(([, value]) => value)[Symbol.iterator]();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

function count(counts: Map<string, number>, subgraph: string): void {
  counts.set(subgraph, (counts.get(subgraph) ?? 0) + 1);
}
