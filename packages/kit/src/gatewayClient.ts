import { signToken, type IdentityConfig } from "@coopgraph/identity";
import { serviceUnavailable } from "./errors";

export interface GatewayClientOptions {
  /** The gateway's base URL, e.g. http://127.0.0.1:4000; read at each call. */
  gatewayUrl: () => string;
  identity: IdentityConfig;
  /** The asking subgraph's name: the subject of its SERVICE token. */
  service: string;
  timeoutMs: number;
}

/** One question to the graph as this subgraph: the data, or SERVICE_UNAVAILABLE naming the owner and what could not be confirmed. */
export type GatewayAsk = <T>(query: string, variables: Record<string, unknown>, asking: { owner: string; purpose: string }) => Promise<T>;

/**
 * Asks the graph, through the gateway, with this subgraph's SERVICE identity: a write that
 * depends on another domain's facts asks the owner at write time and never guesses. Every
 * failure — unreachable, no answer in time, an HTTP error, GraphQL errors, no data — is
 * SERVICE_UNAVAILABLE, naming the owner and what could not be confirmed.
 */
export function gatewayClient(options: GatewayClientOptions): GatewayAsk {
  let cached: { token: string; until: number } | null = null;
  const token = async (): Promise<string> => {
    if (cached && Date.now() < cached.until) return cached.token;
    const fresh = await signToken({ sub: options.service, role: "SERVICE" }, options.identity, { expiresIn: "5m" });
    cached = { token: fresh, until: Date.now() + 4 * 60_000 };
    return fresh;
  };

  return async function ask<T>(query: string, variables: Record<string, unknown>, asking: { owner: string; purpose: string }): Promise<T> {
    const unavailable = (why: string) => unconfirmed(asking, why);
    // Signing happens before and outside the request: a key problem is not "unreachable".
    const authorization = `Bearer ${await token()}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${options.gatewayUrl().replace(/\/+$/, "")}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      // By name: the abort reason is a DOMException, which is not always an instance of this realm's Error.
      const name = (error as { name?: unknown } | null)?.name;
      throw unavailable(name === "TimeoutError" || name === "AbortError" ? "no answer in time" : "the gateway could not be reached");
    }
    if (!response.ok) throw unavailable(`the gateway answered HTTP ${response.status}`);
    let body: { data?: T | null; errors?: { message?: string }[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw unavailable("its answer was not JSON");
    }
    if (body.errors?.length) throw unavailable(`it answered: ${body.errors.map((e) => e.message).join("; ")}`);
    if (!body.data) throw unavailable("its answer had no data");
    return body.data;
  };
}

/** SERVICE_UNAVAILABLE: the owner could not confirm a fact a write depends on, so nothing was written. */
export function unconfirmed(asking: { owner: string; purpose: string }, why: string) {
  return serviceUnavailable(`${asking.owner} could not confirm ${asking.purpose} (${why}); nothing was written`);
}
