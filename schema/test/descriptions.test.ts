import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLNamedType, type GraphQLSchema } from "graphql";
import fs from "node:fs";
import path from "node:path";

/**
 * Partners learn the public contract from its own documentation (the explorer's Docs pane, or
 * schema/public.graphql): every type, field and input field of it says what it is. The root
 * types (Query) are the entry points, not things a partner names; graphql's own scalars are
 * documented by the spec; an enum's values are described together in the enum's description;
 * arguments (`first`, `after`, `filter`, `id`) are the same everywhere and explained by the field.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean) as GraphQLNamedType[]);
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    if (!roots.has(type) && !type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      }
    }
  }
  return missing;
}

describe("the public contract's documentation", () => {
  it("describes every type, field and input field partners can see", () => {
    const contract = buildSchema(fs.readFileSync(path.join(__dirname, "..", "public.graphql"), "utf8"));

    expect(undescribed(contract)).toEqual([]);
  });

  it("would name an element without a description", () => {
    const schema = buildSchema(`
      type Query { "Members." members(first: Int): [Member!]! }
      "A member." type Member { id: ID! "Its name." name: String! }
      input Filter { "Part of the name." search: String, region: String }
      type Other { "Fine." fine: Boolean }
    `);

    expect(undescribed(schema)).toEqual(["Member.id", "Filter", "Filter.region", "Other"]);
  });
});
