import { localSubgraphUrl, registryEntry } from "@coopgraph/kit";
import { composeServices } from "@apollo/composition";
import { subgraph as membership } from "@coopgraph/membership";
import { parse, printSchema, visit, type GraphQLObjectType } from "graphql";
import { subgraph as inclusion } from "../src/app";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contractTypeDefs } = require("../../../schema/contract");

async function subgraphs() {
  const [m, i] = await Promise.all([membership.schema(), inclusion.schema()]);
  return [
    { name: "membership", url: localSubgraphUrl(registryEntry("membership")), typeDefs: parse(m.sdl) },
    { name: "inclusion", url: localSubgraphUrl(registryEntry("inclusion")), typeDefs: parse(i.sdl) },
  ];
}

describe("the inclusion subgraph schema", () => {
  it("composes with membership, extending its Cooperative and Person, with the names clients rely on", async () => {
    const result = composeServices(await subgraphs());
    expect(result.errors ?? []).toEqual([]);
    const api = printSchema(result.schema!.toAPISchema().toGraphQLJSSchema());
    for (const name of [
      "placements(filter: PlacementFilter, after: String, first: Int = 20): PlacementConnection!",
      "placement(id: ID!): Placement",
      "inclusionStats(year: Int!): InclusionStats!",
      "auditLog(filter: AuditLogFilter, after: String, first: Int = 20): AuditRecordConnection!",
      "startPlacement(input: StartPlacementInput!): Placement!",
      "endPlacement(input: EndPlacementInput!): Placement!",
      "addPlanReview(input: AddPlanReviewInput!): IndividualPlan!",
      "inclusionCompliance(month: String!): InclusionCompliance",
    ]) {
      expect(api).toContain(name);
    }
    const schema = result.schema!.toAPISchema().toGraphQLJSSchema();
    const fields = (type: string) => Object.fromEntries(Object.values((schema.getType(type) as GraphQLObjectType).getFields()).map((f) => [f.name, String(f.type)]));
    expect(fields("Placement")).toMatchObject({
      id: "ID!",
      category: "DisadvantageCategory!",
      cooperative: "Cooperative!",
      person: "Person!",
      startDate: "Date!",
      endDate: "Date",
      outcome: "PlacementOutcome",
      plan: "IndividualPlan!",
    });
    expect(fields("InclusionCompliance")).toMatchObject({ workers: "Int!", disadvantagedWorkers: "Int!", ratio: "Rate", compliant: "Boolean!", margin: "Int!" });
    expect(fields("Person")).toMatchObject({ placements: "[Placement!]" });
    expect(fields("Cooperative")).toMatchObject({ placements: "PlacementConnection", inclusionCompliance: "InclusionCompliance" });
  });

  it("shows partners the statistics only: no placement, plan, verdict, watchlist or audit log", async () => {
    const services = await subgraphs();
    const contract = composeServices(services.map((s, i) => ({ ...s, typeDefs: contractTypeDefs(services)[i] })));
    expect(contract.errors ?? []).toEqual([]);
    const api = printSchema(contract.schema!.toAPISchema().toGraphQLJSSchema());
    expect(api).toContain("inclusionStats(year: Int!): InclusionStats!");
    for (const hidden of [
      "Placement",
      "placements(",
      "placements:",
      "IndividualPlan",
      "inclusionCompliance",
      "inclusionWatchlist",
      "auditLog",
      "AuditRecord",
      "ReferringService",
      "type Mutation",
    ]) {
      expect(api).not.toContain(hidden);
    }
  });

  it("describes every public type and field", async () => {
    const { sdl } = await inclusion.schema();
    const undocumented: string[] = [];
    const isPublic = (node: { directives?: readonly { name: { value: string } }[] }) => (node.directives ?? []).some((d) => d.name.value === "tag");
    visit(parse(sdl), {
      ObjectTypeDefinition(node) {
        // Query is described field by field; Cooperative is membership's, which describes it.
        if (node.name.value === "Query" || node.name.value === "Cooperative") return;
        if (isPublic(node) && !node.description && node.name.value !== "PageInfo") undocumented.push(node.name.value);
        for (const field of node.fields ?? [])
          if (isPublic(field) && !field.description && !["id", "hasNextPage", "endCursor"].includes(field.name.value)) undocumented.push(`${node.name.value}.${field.name.value}`);
      },
      FieldDefinition: () => undefined,
    });
    expect(undocumented).toEqual([]);
  });
});
