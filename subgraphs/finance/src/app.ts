import { membershipClient, procurementClient } from "@coopgraph/clients";
import { defineSubgraph, stubReference } from "@coopgraph/kit";
import path from "node:path";
import { ContractFeeResolver, resolveContractReference } from "./contract/contract.resolver";
import { Contract } from "./contract/contract.type";
import { CooperativeFinanceResolver } from "./cooperative/cooperative.resolver";
import { PrismaClient } from "./db";
import { FeePeriodResolver } from "./fee/fee.resolver";
import { FundMovementResolver, FundResolver } from "./fund/fund.resolver";
import { InvoiceResolver, resolveInvoiceReference } from "./invoice/invoice.resolver";
import { LoanInstalmentResolver, LoanResolver, resolveLoanReference } from "./loan/loan.resolver";
import { MembershipFeeResolver } from "./membershipFee/membershipFee.resolver";
import { seedFinance } from "./seed";
import { FinanceStatsResolver } from "./stats/stats.resolver";

/**
 * Finance: invoices and credit notes with their FatturaPA export, consortium and membership
 * fees, the fund and its loans. It asks membership about cooperatives and procurement about
 * contracts.
 */
export const subgraph = defineSubgraph({
  name: "finance",
  dir: path.join(__dirname, ".."),
  PrismaClient,
  resolvers: [
    InvoiceResolver,
    LoanResolver,
    LoanInstalmentResolver,
    FundResolver,
    FundMovementResolver,
    MembershipFeeResolver,
    FeePeriodResolver,
    ContractFeeResolver,
    CooperativeFinanceResolver,
    FinanceStatsResolver,
  ],
  // Reached only through procurement's contracts: finance has no query of its own for them.
  orphanedTypes: [Contract],
  references: {
    Invoice: resolveInvoiceReference,
    Loan: resolveLoanReference,
    Contract: resolveContractReference,
    Cooperative: stubReference,
  },
  seed: seedFinance,
  clients: ({ ask }) => ({ membership: membershipClient(ask), procurement: procurementClient(ask) }),
});

export type { PrismaClient } from "./db";
