/**
 * The partner contract, by Federation's own mechanism (tags and @inaccessible): an element is public when any
 * subgraph tags it `@tag(name: "public")`; every other object type and field is marked
 * @inaccessible in every subgraph, mutations always; then enums, inputs and scalars that no
 * public field reaches are hidden too. Query planning still sees everything.
 */
const { Kind, visit } = require("graphql");

const ROOTS = new Set(["Query", "Mutation", "Subscription"]);
const OBJECTS = new Set([Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION, Kind.INTERFACE_TYPE_DEFINITION, Kind.INTERFACE_TYPE_EXTENSION]);
const HIDEABLE = new Set([Kind.ENUM_TYPE_DEFINITION, Kind.INPUT_OBJECT_TYPE_DEFINITION, Kind.SCALAR_TYPE_DEFINITION, Kind.UNION_TYPE_DEFINITION]);
const BUILT_IN = new Set(["String", "Int", "Float", "Boolean", "ID"]);

const isPublicTag = (d) => d.name.value === "tag" && d.arguments.some((a) => a.name.value === "name" && a.value.value === "public");
const tagged = (node) => (node.directives || []).some(isPublicTag);
const namedType = (type) => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
const inaccessible = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: "inaccessible" }, arguments: [] };
const hide = (node) => ((node.directives || []).some((d) => d.name.value === "inaccessible") ? node : { ...node, directives: [...(node.directives || []), inaccessible] });

function contractTypeDefs(subgraphs) {
  const publicTypes = new Set();
  const publicFields = new Set();
  for (const { typeDefs } of subgraphs) {
    for (const def of typeDefs.definitions) {
      if (!OBJECTS.has(def.kind)) continue;
      if (tagged(def)) publicTypes.add(def.name.value);
      for (const field of def.fields || []) if (tagged(field)) publicFields.add(`${def.name.value}.${field.name.value}`);
    }
  }
  const isPublicField = (type, field) => type !== "Mutation" && type !== "Subscription" && publicFields.has(`${type}.${field}`);

  // Types reached from public root fields through public fields, their arguments and input fields.
  const definitions = new Map();
  for (const { typeDefs } of subgraphs) {
    for (const def of typeDefs.definitions) {
      if (!def.name) continue;
      const list = definitions.get(def.name.value) || [];
      list.push(def);
      definitions.set(def.name.value, list);
    }
  }
  const reached = new Set();
  const reach = (name) => {
    if (reached.has(name) || BUILT_IN.has(name)) return;
    reached.add(name);
    for (const def of definitions.get(name) || []) {
      if (OBJECTS.has(def.kind)) {
        for (const field of def.fields || []) {
          if (!isPublicField(name, field.name.value)) continue;
          reach(namedType(field.type));
          for (const arg of field.arguments || []) reach(namedType(arg.type));
        }
      } else if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
        for (const field of def.fields || []) reach(namedType(field.type));
      } else if (def.kind === Kind.UNION_TYPE_DEFINITION) {
        for (const member of def.types || []) reach(member.name.value);
      }
    }
  };
  reach("Query");

  return subgraphs.map(({ typeDefs }) =>
    visit(typeDefs, {
      /** @param {any} node a definition of the subgraph's SDL, rewritten by its kind */
      enter(node) {
        if (OBJECTS.has(node.kind)) {
          const typeName = node.name.value;
          const fields = (node.fields || []).map((field) => (isPublicField(typeName, field.name.value) ? field : hide(field)));
          const visible = ROOTS.has(typeName) ? fields.some((f) => !f.directives.some((d) => d.name.value === "inaccessible")) : publicTypes.has(typeName);
          const next = { ...node, fields };
          return visible || (ROOTS.has(typeName) && typeName === "Query") ? next : hide(next);
        }
        if (HIDEABLE.has(node.kind) && !reached.has(node.name.value) && !node.name.value.startsWith("link__") && !node.name.value.startsWith("federation__")) {
          return hide(node);
        }
        return undefined;
      },
    }),
  );
}

module.exports = { contractTypeDefs };
