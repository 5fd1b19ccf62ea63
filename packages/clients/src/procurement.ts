import { unconfirmed, type GatewayAsk } from "@coopgraph/kit";
import { z } from "zod";
import { validAnswer } from "./answer";
import { operation } from "./documents";
import { allPages, pageInfo } from "./paging";

const OWNER = "procurement";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

const contractFacts = z.object({
  id: z.string(),
  value: decimal,
  startDate: date,
  endDate: date,
  tender: z.object({ cig: z.string(), title: z.string() }),
  assignments: z.object({
    totalCount: z.number().int().nonnegative(),
    nodes: z.array(z.object({ cooperative: z.object({ id: z.string() }), sharePercent: decimal, amount: decimal })),
  }),
});
/** A contract won by the consortium, with who executes it and for how much; procurement owns every one of these facts. */
export type ContractFacts = z.infer<typeof contractFacts>;

const CONTRACTS = operation(`query ProcurementContractsInExecution($after: String) {
  contracts(first: 100, after: $after, filter: { tenderStatus: [AWARDED, CONTRACT_SIGNED, COMPLETED] }) {
    nodes {
      id value startDate endDate
      tender { cig title }
      assignments(first: 100) { totalCount nodes { cooperative { id } sharePercent amount } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`);

export interface ProcurementClient {
  /**
   * Every contract the consortium won (awarded, signed or completed) whose execution overlaps
   * from..to (YYYY-MM-DD), with its assignments and each assignee's amount. Throws
   * SERVICE_UNAVAILABLE when procurement cannot answer: a write that depends on it must not guess.
   */
  contractsInExecution(from: string, to: string, purpose: string): Promise<ContractFacts[]>;
}

/** Procurement's facts, asked through the gateway with the asking subgraph's SERVICE identity. */
export function procurementClient(ask: GatewayAsk): ProcurementClient {
  return {
    async contractsInExecution(from, to, purpose) {
      const asking = { owner: OWNER, purpose };
      const shape = z.object({
        contracts: z.object({
          nodes: z.array(contractFacts),
          pageInfo,
        }),
      });
      const contracts = await allPages<ContractFacts>(async (after) => validAnswer(shape, await ask(CONTRACTS, { after }, asking), asking).contracts);
      for (const contract of contracts) {
        // An assignment list longer than one page would be read in part: say so rather than charge too little.
        if (contract.assignments.totalCount > contract.assignments.nodes.length) {
          throw unconfirmed(asking, `contract ${contract.id} has more assignments than one answer holds`);
        }
      }
      return contracts.filter((contract) => contract.startDate <= to && contract.endDate >= from);
    },
  };
}
