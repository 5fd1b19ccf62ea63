import { badInput, type GatewayAsk } from "@coopgraph/kit";
import { z } from "zod";
import { validAnswer } from "./answer";
import { operation } from "./documents";
import { inChunks } from "./paging";

const OWNER = "inclusion";

const COMPLIANCE = operation(`query InclusionCompliance($ids: [ID!]!, $month: String!) {
  cooperatives(first: 100, filter: { ids: $ids }) { nodes { id inclusionCompliance(month: $month) { workers disadvantagedWorkers compliant } } }
}`);

const verdict = z.object({ workers: z.number().int().nonnegative(), disadvantagedWorkers: z.number().int().nonnegative(), compliant: z.boolean() });
/** A cooperative's 30% verdict for a month (Law 381/1991 art. 4), as inclusion computes it. */
export type InclusionVerdict = z.infer<typeof verdict>;

export interface InclusionClient {
  /**
   * The 30% verdict of each cooperative among `ids` in `month` (YYYY-MM); cooperatives membership
   * does not know are missing from the map. Throws SERVICE_UNAVAILABLE when inclusion (or membership,
   * which it asks for the workforce) cannot answer: a write that depends on it must not guess.
   */
  compliance(ids: readonly string[], month: string, purpose: string): Promise<Map<string, InclusionVerdict>>;
}

/** Inclusion's facts, asked through the gateway with the asking subgraph's SERVICE identity. */
export function inclusionClient(ask: GatewayAsk): InclusionClient {
  return {
    async compliance(ids, month, purpose) {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput("month", "a month is written YYYY-MM, e.g. 2026-03");
      const asking = { owner: OWNER, purpose };
      // The verdict is required: a cooperative listed without one is an answer inclusion did not give.
      const shape = z.object({ cooperatives: z.object({ nodes: z.array(z.object({ id: z.string(), inclusionCompliance: verdict })) }) });
      const nodes = await inChunks(ids, async (chunk) => validAnswer(shape, await ask(COMPLIANCE, { ids: chunk, month }, asking), asking).cooperatives.nodes);
      return new Map(nodes.map((node) => [node.id, node.inclusionCompliance]));
    },
  };
}
