import { inclusionClient, membershipClient } from "@coopgraph/clients";
import { defineSubgraph, stubReference } from "@coopgraph/kit";
import path from "node:path";
import { AssignmentResolver, resolveAssignmentReference } from "./assignment/assignment.resolver";
import { ContractResolver, resolveContractReference } from "./contract/contract.resolver";
import { CooperativeContractsResolver } from "./cooperative/cooperative.resolver";
import { PrismaClient } from "./db";
import { GroupPurchaseResolver } from "./groupPurchase/groupPurchase.resolver";
import { seedProcurement } from "./seed";
import { resolveTenderReference, TenderResolver } from "./tender/tender.resolver";

/** Procurement: tenders, contracts, assignments, purchasing groups. It asks membership whether assignees are eligible, and inclusion whether they meet the 30% rule. */
export const subgraph = defineSubgraph({
  name: "procurement",
  dir: path.join(__dirname, ".."),
  PrismaClient,
  resolvers: [TenderResolver, ContractResolver, AssignmentResolver, CooperativeContractsResolver, GroupPurchaseResolver],
  references: {
    Tender: resolveTenderReference,
    Contract: resolveContractReference,
    Assignment: resolveAssignmentReference,
    Cooperative: stubReference,
  },
  seed: seedProcurement,
  clients: ({ ask }) => ({ membership: membershipClient(ask), inclusion: inclusionClient(ask) }),
});
