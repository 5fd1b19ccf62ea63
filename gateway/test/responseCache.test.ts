import { buildSchema, getNamedType, isObjectType, parse, type GraphQLSchema } from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cacheKey, PUBLIC_CATALOGUE, selectsOnlyPublicCatalogue } from "../src/responseCache";

const schemaDir = path.join(__dirname, "..", "..", "schema");
/** The partner contract, and the whole graph of /graphql (the supergraph declares its own directives). */
const contract = buildSchema(readFileSync(path.join(schemaDir, "public.graphql"), "utf8"));
const graph = buildSchema(readFileSync(path.join(schemaDir, "supergraph.graphql"), "utf8"));

const cacheable = (schema: GraphQLSchema, query: string) => selectsOnlyPublicCatalogue(schema, parse(query));

describe("which operations the response cache may answer", () => {
  it("takes the directory, open tenders and the course catalogue, through fragments, inline fragments and __typename", () => {
    for (const schema of [contract, graph]) {
      expect(cacheable(schema, "{ cooperatives(first: 5) { totalCount nodes { id name taxCode type status province region } pageInfo { hasNextPage endCursor } } }")).toBe(true);
      expect(
        cacheable(
          schema,
          "query Open($f: TenderFilter) { tenders(filter: $f) { edges { cursor node { ...T } } } } fragment T on Tender { __typename cig title deadline buyer { name kind } lots { number cig } }",
        ),
      ).toBe(true);
      expect(cacheable(schema, "{ courses { nodes { ... on Course { title seatsLeft waitingListLength sessions { date hours } } } } }")).toBe(true);
      expect(cacheable(schema, "{ a: cooperatives { totalCount } b: courses { totalCount } __typename }")).toBe(true);
    }
  });

  it("refuses any operation that reaches a field outside the catalogue, wherever it is written", () => {
    // People are personal data; assignments and contract values depend on whose cooperative the caller manages.
    expect(cacheable(graph, "{ cooperatives { nodes { name people { nodes { firstName } } } } }")).toBe(false);
    expect(cacheable(graph, "{ cooperatives { nodes { ...P } } } fragment P on Cooperative { name people { totalCount } }")).toBe(false);
    expect(cacheable(graph, "{ cooperatives { nodes { ... on Cooperative { placements { totalCount } } } } }")).toBe(false);
    expect(cacheable(contract, "{ cooperatives { nodes { assignments { totalCount } } } }")).toBe(false);
    expect(cacheable(contract, "{ cooperatives { nodes { contractValue(year: 2026) } } }")).toBe(false);
    // A private buyer's codice fiscale is personal, and shown to staff only.
    expect(cacheable(contract, "{ tenders { nodes { buyer { name taxCode } } } }")).toBe(false);
    expect(cacheable(contract, "{ tenders { nodes { contract { value } } } }")).toBe(false);
    expect(cacheable(graph, "{ tenders { nodes { notes } } }")).toBe(false);
    expect(cacheable(graph, "{ courses { nodes { enrolments { totalCount } } } }")).toBe(false);
    // Roots outside the catalogue, introspection, a fragment the operation does not even use.
    expect(cacheable(contract, '{ cooperative(id: "x") { name } }')).toBe(false);
    expect(cacheable(contract, "{ consortiumCompliance { members } }")).toBe(false);
    expect(cacheable(contract, "{ __schema { queryType { name } } }")).toBe(false);
    expect(cacheable(graph, "{ cooperatives { totalCount } } fragment Unused on Cooperative { people { totalCount } }")).toBe(false);
    expect(cacheable(graph, "query A { cooperatives { totalCount } } mutation B { applyForMembership(input: {}) { id } }")).toBe(false);
    expect(cacheable(contract, "{ cooperatives { nodes { noSuchField } } }")).toBe(false);
  });

  it("lists only fields both endpoints have, and every object type they lead to is listed too", () => {
    for (const schema of [contract, graph]) {
      for (const [typeName, fields] of Object.entries(PUBLIC_CATALOGUE)) {
        const type = schema.getType(typeName);
        if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
        for (const field of fields) {
          const definition = type.getFields()[field];
          expect(`${typeName}.${field}: ${definition ? "present" : "missing"}`).toBe(`${typeName}.${field}: present`);
          const returned = getNamedType(definition.type);
          if (isObjectType(returned)) expect(Object.keys(PUBLIC_CATALOGUE)).toContain(returned.name);
        }
      }
    }
  });
});

describe("the cache key", () => {
  const query = "query ($f: CooperativeFilter) { cooperatives(filter: $f) { totalCount } }";
  const partner = { sub: "p1", role: "PARTNER" as const };

  it("is shared by callers of the same role, whoever they are, with the same variables in any order", () => {
    const key = cacheKey({ endpoint: "public", identity: partner, query, variables: { f: { province: "MI", status: ["ACTIVE"] } } });
    expect(cacheKey({ endpoint: "public", identity: { sub: "p2", role: "PARTNER" }, query, variables: { f: { status: ["ACTIVE"], province: "MI" } } })).toBe(key);
  });

  it("differs by endpoint, role, managed cooperative, operation name, document and variables", () => {
    const key = cacheKey({ endpoint: "public", identity: partner, query, variables: {} });
    const others = [
      cacheKey({ endpoint: "main", identity: partner, query, variables: {} }),
      cacheKey({ endpoint: "public", identity: { sub: "p1", role: "ANALYST" }, query, variables: {} }),
      cacheKey({ endpoint: "public", identity: null, query, variables: {} }),
      cacheKey({ endpoint: "public", identity: { sub: "m", role: "COOP_MANAGER", coopId: "a" }, query, variables: {} }),
      cacheKey({ endpoint: "public", identity: { sub: "m", role: "COOP_MANAGER", coopId: "b" }, query, variables: {} }),
      cacheKey({ endpoint: "public", identity: partner, query, operationName: "Other", variables: {} }),
      cacheKey({ endpoint: "public", identity: partner, query: `${query} `, variables: {} }),
      cacheKey({ endpoint: "public", identity: partner, query, variables: { f: { province: "MI" } } }),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });
});
