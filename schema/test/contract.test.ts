import { composeServices } from "@apollo/composition";
import { parse, printSchema } from "graphql";
const { contractTypeDefs } = require("../contract");
const { additionsBetween, breakingChangesBetween } = require("../contract-check");

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@tag", "@inaccessible", "@shareable"])';

const members = `${LINK}
type Query {
  members: [Member!]! @tag(name: "public")
  secrets: [String!]!
}
type Mutation { admit(name: String!): Member! @tag(name: "public") }
type Member @key(fields: "id") @tag(name: "public") {
  id: ID! @tag(name: "public")
  name: String! @tag(name: "public")
  taxCode: String!
  status: Status! @tag(name: "public")
}
enum Status { ACTIVE SUSPENDED }
type Audit { who: String! }
input AdmitInput { name: String! }
`;
const contracts = `${LINK}
type Member @key(fields: "id") {
  id: ID!
  contracts: [Contract!]! @tag(name: "public")
  notes: String
}
type Contract @tag(name: "public") {
  value: String! @tag(name: "public")
  internalNotes: String
}
`;

function contractApi(): string {
  const typeDefs = contractTypeDefs([
    { name: "members", typeDefs: parse(members) },
    { name: "contracts", typeDefs: parse(contracts) },
  ]);
  const result = composeServices([
    { name: "members", url: "http://members", typeDefs: typeDefs[0] },
    { name: "contracts", url: "http://contracts", typeDefs: typeDefs[1] },
  ]);
  expect(result.errors).toBeUndefined();
  return printSchema(result.schema!.toAPISchema().toGraphQLJSSchema());
}

describe("the partner contract", () => {
  it("keeps exactly what some subgraph tags public, never a mutation, and what public fields reach", () => {
    expect(contractApi()).toBe(`type Member {
  id: ID!
  contracts: [Contract!]!
  name: String!
  status: Status!
}

type Contract {
  value: String!
}

type Query {
  members: [Member!]!
}

enum Status {
  ACTIVE
  SUSPENDED
}`);
  });
});

describe("the contract check", () => {
  const before = "type Query { members: [Member!]! }\ntype Member { id: ID! name: String! }";

  it("tells additions, which break nobody but need a look, from breaking changes", () => {
    const grown = "type Query { members: [Member!]! }\ntype Member { id: ID! name: String! region: String }";
    expect(breakingChangesBetween(before, grown)).toEqual([]);
    expect(additionsBetween(before, grown)).toEqual(["Member.region"]);
  });

  it("catches a removed field and a changed type", () => {
    const changes = breakingChangesBetween(before, "type Query { members: [Member!]! }\ntype Member { id: ID! name: Int! }");
    expect(changes.map((c: { description: string }) => c.description)).toEqual(["Member.name changed type from String! to Int!."]);
    expect(breakingChangesBetween(before, "type Query { members: [Member!]! }\ntype Member { id: ID! }")).toHaveLength(1);
  });
});
