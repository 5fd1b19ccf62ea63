import { signToken, type IdentityConfig } from "@coopgraph/identity";
import { isoDate, serviceUnavailable } from "@coopgraph/kit";
import { membershipTimeoutMs } from "../settings";

/** What procurement needs to know about a cooperative; membership owns every one of these facts. */
export interface CooperativeFacts {
  id: string;
  name: string;
  /** A, B, AB, CONSORTIUM, OTHER (Law 381/1991 art. 1). */
  type: string;
  /** APPLICANT, ACTIVE, SUSPENDED, WITHDRAWN, EXCLUDED, REJECTED. */
  status: string;
  /** Whether a DURC covers the day asked about. */
  hasValidDurc: boolean;
}

export interface MembershipClient {
  /**
   * The cooperatives among `ids` that membership knows (absent ones are missing from the map),
   * with their DURC on `on`. Throws SERVICE_UNAVAILABLE when membership cannot answer: a write
   * that depends on it must not guess.
   */
  cooperatives(ids: readonly string[], on: Date, purpose: string): Promise<Map<string, CooperativeFacts>>;
}

const QUERY = `query ProcurementCooperativeFacts($ids: [ID!]!, $on: Date!) {
  cooperatives(first: 100, filter: { ids: $ids }) { nodes { id name type status hasValidDurc(on: $on) } }
}`;

/** The service identity procurement presents to the gateway; tokens live 5 minutes, reused for 4. */
function serviceTokens(identity: IdentityConfig) {
  let cached: { token: string; until: number } | null = null;
  return async (): Promise<string> => {
    if (cached && Date.now() < cached.until) return cached.token;
    const token = await signToken({ sub: "procurement", role: "SERVICE" }, identity, { expiresIn: "5m" });
    cached = { token, until: Date.now() + 4 * 60_000 };
    return token;
  };
}

/**
 * Asks membership through the gateway (DESIGN.md: a write that depends on another domain's facts
 * asks the owner at write time, with a service identity). `gatewayUrl()` is the gateway's base URL.
 */
export function membershipClient(options: { gatewayUrl: () => string; identity: IdentityConfig; timeoutMs?: number }): MembershipClient {
  const token = serviceTokens(options.identity);
  return {
    async cooperatives(ids, on, purpose) {
      const unavailable = (why: string) => serviceUnavailable(`membership could not confirm ${purpose} (${why}); nothing was written`);
      if (ids.length === 0) return new Map();
      let response: Response;
      let text: string;
      try {
        response = await fetch(`${options.gatewayUrl().replace(/\/+$/, "")}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${await token()}` },
          body: JSON.stringify({ query: QUERY, variables: { ids, on: isoDate(on) } }),
          signal: AbortSignal.timeout(options.timeoutMs ?? membershipTimeoutMs),
        });
        text = await response.text();
      } catch (error) {
        // By name: the abort reason is a DOMException, which is not always an instance of this realm's Error.
        const name = (error as { name?: unknown } | null)?.name;
        const timedOut = name === "TimeoutError" || name === "AbortError";
        throw unavailable(timedOut ? "no answer in time" : "the gateway could not be reached");
      }
      if (!response.ok) throw unavailable(`the gateway answered HTTP ${response.status}`);
      let body: { data?: { cooperatives?: { nodes?: unknown } } | null; errors?: { message?: string }[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw unavailable("its answer was not JSON");
      }
      if (body.errors?.length) throw unavailable(`it answered: ${body.errors.map((e) => e.message).join("; ")}`);
      const nodes = body.data?.cooperatives?.nodes;
      if (!Array.isArray(nodes)) throw unavailable("its answer had no cooperatives");
      const facts = new Map<string, CooperativeFacts>();
      for (const node of nodes as Partial<CooperativeFacts>[]) {
        if (typeof node?.id !== "string" || typeof node.name !== "string" || typeof node.type !== "string" || typeof node.status !== "string" || typeof node.hasValidDurc !== "boolean") {
          throw unavailable("its answer was incomplete");
        }
        facts.set(node.id, node as CooperativeFacts);
      }
      return facts;
    },
  };
}
