import { composeServices } from "@apollo/composition";
import { parse, printSchema } from "graphql";
import { localSubgraphUrl, registryEntry } from "@coopgraph/kit";
import { subgraph as membership } from "@coopgraph/membership";
import { subgraph as procurement } from "../src/app";
const { contractTypeDefs } = require("../../../schema/contract");

async function subgraphs() {
  const [m, p] = await Promise.all([membership.schema(), procurement.schema()]);
  return [
    { name: "membership", url: localSubgraphUrl(registryEntry("membership")), typeDefs: parse(m.sdl) },
    { name: "procurement", url: localSubgraphUrl(registryEntry("procurement")), typeDefs: parse(p.sdl) },
  ];
}

describe("the procurement subgraph schema", () => {
  it("composes with membership, extending its Cooperative", async () => {
    const result = composeServices(await subgraphs());
    expect(result.errors ?? []).toEqual([]);
    const api = printSchema(result.schema!.toAPISchema().toGraphQLJSSchema());
    expect(api).toMatch(/type Cooperative \{[^}]*\n {2}assignments\(after: String, first: Int = 20\): AssignmentConnection\n[^}]*contractValue\(year: Int!\): Decimal\n/);
    expect(api).toContain("assignContract(input: AssignContractInput!): Contract!");
  });

  it("shows partners tenders, contracts and who executes them, and no internal notes, history or writes", async () => {
    const services = await subgraphs();
    const contract = composeServices(services.map((s, i) => ({ ...s, typeDefs: contractTypeDefs(services)[i] })));
    expect(contract.errors ?? []).toEqual([]);
    const api = printSchema(contract.schema!.toAPISchema().toGraphQLJSSchema());
    for (const visible of ["tenders(", "contracts(", "sharePercent: Decimal!", "cig: String!", "baseAmount: Decimal!", "contractValue(year: Int!)"]) expect(api).toContain(visible);
    for (const hidden of ["notes: String", "statusHistory", "createTender", "assignContract", "groupPurchases", "type Mutation"]) expect(api).not.toContain(hidden);
  });
});
