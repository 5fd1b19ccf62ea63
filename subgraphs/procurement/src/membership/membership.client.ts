import type { IdentityConfig } from "@coopgraph/identity";
import { gatewayClient, isoDate, unconfirmed } from "@coopgraph/kit";
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

/** Asks membership through the gateway with procurement's SERVICE identity. */
export function membershipClient(options: { gatewayUrl: () => string; identity: IdentityConfig; timeoutMs?: number }): MembershipClient {
  const ask = gatewayClient({ ...options, service: "procurement", timeoutMs: options.timeoutMs ?? membershipTimeoutMs });
  return {
    async cooperatives(ids, on, purpose) {
      if (ids.length === 0) return new Map();
      const asking = { owner: "membership", purpose };
      const data = await ask<{ cooperatives?: { nodes?: unknown } }>(QUERY, { ids, on: isoDate(on) }, asking);
      const nodes = data.cooperatives?.nodes;
      if (!Array.isArray(nodes)) throw unconfirmed(asking, "its answer had no cooperatives");
      const facts = new Map<string, CooperativeFacts>();
      for (const node of nodes as Partial<CooperativeFacts>[]) {
        if (typeof node?.id !== "string" || typeof node.name !== "string" || typeof node.type !== "string" || typeof node.status !== "string" || typeof node.hasValidDurc !== "boolean") {
          throw unconfirmed(asking, "its answer was incomplete");
        }
        facts.set(node.id, node as CooperativeFacts);
      }
      return facts;
    },
  };
}
