import { composeServices } from "@apollo/composition";
import { builtSubgraph } from "@coopgraph/testing";
import { localSubgraphUrl, registryEntry } from "@coopgraph/kit";
import { parse, printSchema } from "graphql";
import { subgraph as finance } from "../src/app";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contractTypeDefs } = require("../../../schema/contract");

async function subgraphs() {
  const [m, p, f] = await Promise.all([builtSubgraph("membership").schema(), builtSubgraph("procurement").schema(), finance.schema()]);
  return [
    { name: "membership", url: localSubgraphUrl(registryEntry("membership")), typeDefs: parse(m.sdl) },
    { name: "procurement", url: localSubgraphUrl(registryEntry("procurement")), typeDefs: parse(p.sdl) },
    { name: "finance", url: localSubgraphUrl(registryEntry("finance")), typeDefs: parse(f.sdl) },
  ];
}

describe("the finance subgraph schema", () => {
  it("composes with membership and procurement, with the names clients rely on", async () => {
    const result = composeServices(await subgraphs());
    expect(result.errors ?? []).toEqual([]);
    const api = printSchema(result.schema!.toAPISchema().toGraphQLJSSchema());
    for (const name of [
      "invoices(filter: InvoiceFilter, after: String, first: Int = 20): InvoiceConnection!",
      "invoice(id: ID!): Invoice",
      "loans(filter: LoanFilter, after: String, first: Int = 20): LoanConnection!",
      "loan(id: ID!): Loan",
      "issueInvoice(input: IssueInvoiceInput!): Invoice!",
      "grantLoan(input: GrantLoanInput!): Loan!",
      "recordLoanPayment(input: RecordLoanPaymentInput!): Loan!",
      "outstandingDebt: Decimal",
      "consortiumFee: Decimal",
      "totals: InvoiceTotals!",
      "schedule: [LoanInstalment!]!",
    ]) {
      expect(api).toContain(name);
    }
    expect(api).toMatch(/type Invoice \{[^}]*\n {2}number: Int!\n {2}year: Int!\n/);
    expect(api).toMatch(/type InvoiceTotals \{[^}]*net: Decimal![^}]*vat: Decimal![^}]*gross: Decimal!/);
    expect(api).toMatch(/type Loan \{[^}]*principal: Decimal![^}]*annualRate: Rate![^}]*termMonths: Int!/);
    expect(api).toMatch(/type Cooperative \{[^}]*invoices\(after: String, first: Int = 20\): InvoiceConnection\n/);
  });

  it("shows partners nothing of finance", async () => {
    const services = await subgraphs();
    const contract = composeServices(services.map((s, i) => ({ ...s, typeDefs: contractTypeDefs(services)[i] })));
    expect(contract.errors ?? []).toEqual([]);
    const api = printSchema(contract.schema!.toAPISchema().toGraphQLJSSchema());
    for (const hidden of ["Invoice", "Loan", "outstandingDebt", "consortiumFee", "financeStats", "Fund", "MembershipFee", "type Mutation"]) expect(api).not.toContain(hidden);
  });
});
