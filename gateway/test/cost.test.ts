import { buildSchema, getOperationAST, parse } from "graphql";
import { operationCost } from "../src/cost";

/** Relay connections as every subgraph writes them: `first` defaults to 20. */
const schema = buildSchema(`
  type Query {
    cooperatives(first: Int = 20, after: String): CooperativeConnection!
    cooperative(id: ID!): Cooperative
    search(text: String!): [Result!]!
  }
  type CooperativeConnection { totalCount: Int! nodes: [Cooperative!]! }
  type Cooperative { id: ID! name: String! people(first: Int = 20): PersonConnection! lots: [String!]! }
  type PersonConnection { nodes: [Person!]! }
  type Person { firstName: String! }
  union Result = Cooperative | Person
`);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
}

describe("the cost of an operation", () => {
  it("counts every field once for each item the lists above it may hold", () => {
    // 1 + 100 × (nodes + name + people + 10 × (nodes + firstName))
    expect(cost("{ cooperatives(first: 100) { nodes { name people(first: 10) { nodes { firstName } } } } }")).toBe(2_301);
  });

  it("counts one for a field that is no paged list", () => {
    expect(cost('{ cooperative(id: "1") { id name lots } }')).toBe(4);
  });

  it("weighs an omitted first as the schema's default page of 20", () => {
    expect(cost("{ cooperatives { nodes { id } } }")).toBe(1 + 20 * 2);
  });

  it("weighs first given by a variable with the variable's value, else its default, else the schema's", () => {
    const query = "query ($n: Int) { cooperatives(first: $n) { nodes { id } } }";

    expect(cost(query, { n: 100 })).toBe(1 + 100 * 2);
    expect(cost(query, {})).toBe(1 + 20 * 2);
    expect(cost("query ($n: Int = 50) { cooperatives(first: $n) { nodes { id } } }", {})).toBe(1 + 50 * 2);
  });

  it("multiplies nested pages alike, whether first is written or passed as a variable", () => {
    const literal = "{ cooperatives(first: 100) { nodes { people(first: 100) { nodes { firstName } } } } }";
    const variable = "query ($n: Int) { cooperatives(first: $n) { nodes { people(first: $n) { nodes { firstName } } } } }";

    expect(cost(literal)).toBe(1 + 100 * (1 + 1 + 100 * (1 + 1)));
    expect(cost(variable, { n: 100 })).toBe(cost(literal));
  });

  it("counts fragments where they are spread, and inline fragments by their type", () => {
    const spread = `
      { cooperatives(first: 10) { nodes { ...Card } } }
      fragment Card on Cooperative { id name people(first: 5) { nodes { firstName } } }`;
    expect(cost(spread)).toBe(1 + 10 * (1 + 1 + 1 + 1 + 5 * 2));
    expect(cost('{ search(text: "x") { ... on Cooperative { name } ... on Person { firstName } } }')).toBe(3);
  });

  it("does not count introspection", () => {
    expect(cost("{ __schema { types { name fields { name } } } __typename }")).toBe(0);
  });
});
