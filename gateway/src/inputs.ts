import type { ApolloServerPlugin } from "@apollo/server";
import { textFault } from "@coopgraph/scalars";
import {
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import type { GatewayContext } from "./context";

/**
 * Every input of an operation, inline or in variables, is parsed here with the graph's own scalar
 * implementations (@coopgraph/scalars, the ones the subgraphs use) before anything is planned.
 * The gateway's schema only knows the custom scalars' names, so without this a malformed
 * `Decimal` or `Date` travelled to the subgraph, which refused the whole request with HTTP 400.
 *
 * The first fault is answered as BAD_USER_INPUT with `extensions.field`, the input path the
 * subgraphs also use (`input.lots.1.baseAmount`, `first`): a variable is named by the argument it
 * stands for, so the answer is the same whichever way the value was sent. HTTP 400, no data, and
 * no subgraph is called.
 */
export function inputValidation(scalars: Readonly<Record<string, GraphQLScalarType>>): ApolloServerPlugin<GatewayContext> {
  return {
    async serverWillStart({ schema }) {
      const unknown = customScalarsOf(schema).filter((name) => !scalars[name]);
      if (unknown.length) {
        throw new Error(`the supergraph has scalars the gateway cannot check: ${unknown.join(", ")}; add them to @coopgraph/scalars`);
      }
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fault = firstFault(schema, document, operation, request.variables ?? {}, scalars);
          if (fault) {
            throw new GraphQLError(fault.message, {
              extensions: { code: "BAD_USER_INPUT", field: fault.path.join("."), http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Names of the schema's own scalars (not Int, String...). */
export function customScalarsOf(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type) && !type.name.startsWith("__"))
    .map((type) => type.name)
    .sort();
}

interface Fault {
  path: (string | number)[];
  message: string;
}

type Scalars = Readonly<Record<string, GraphQLScalarType>>;

/** The first malformed input of the operation: inline values first, in document order, then variables. */
function firstFault(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, scalars: Scalars): Fault | null {
  const usages = new Map<string, (string | number)[]>();
  let fault: Fault | null = null;
  const typeInfo = new TypeInfo(schema);
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (argument) fault ??= literalFault(node.value, argument.type, [node.name.value], usages, scalars);
          // The value was checked as a whole: its parts need no visit of their own.
          return false;
        },
      }),
    );
  }
  if (fault) return fault;

  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue; // Unknown types were refused by validation.
    const path = usages.get(name) ?? [name];
    if (definition.defaultValue) fault ??= literalFault(definition.defaultValue, type, path, new Map(), scalars);
    if (name in variables) fault ??= valueFault(variables[name], type, path, scalars);
    else if (isNonNullType(type) && !definition.defaultValue) fault ??= { path, message: "a value is required here" };
    if (fault) return fault;
  }
  return null;
}

/**
 * Checks an inline value. Its shape (fields, enums, built-in scalars) was checked by validation
 * already; what is left is what only the scalar implementations know, and the text rule. Records
 * where each variable stands, for naming its faults.
 */
function literalFault(node: ValueNode, type: GraphQLInputType, path: (string | number)[], usages: Map<string, (string | number)[]>, scalars: Scalars): Fault | null {
  if (node.kind === Kind.VARIABLE) {
    if (!usages.has(node.name.value)) usages.set(node.name.value, path);
    return null;
  }
  if (node.kind === Kind.NULL) return null;
  if (isNonNullType(type)) return literalFault(node, type.ofType, path, usages, scalars);
  if (isListType(type)) {
    if (node.kind !== Kind.LIST) return literalFault(node, type.ofType, path, usages, scalars);
    for (const [index, item] of node.values.entries()) {
      const fault = literalFault(item, type.ofType, [...path, index], usages, scalars);
      if (fault) return fault;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return null;
    const fields = type.getFields();
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      const fault = definition ? literalFault(field.value, definition.type, [...path, field.name.value], usages, scalars) : null;
      if (fault) return fault;
    }
    return null;
  }
  if (isScalarType(type)) {
    if (node.kind === Kind.STRING) {
      const fault = textFault(node.value);
      if (fault) return { path, message: fault };
    }
    const implementation = scalars[type.name];
    if (!implementation) return null;
    try {
      implementation.parseLiteral(node, undefined);
    } catch (error) {
      return { path, message: (error as Error).message };
    }
  }
  return null;
}

/** Coerces a variable's value the way graphql-js does, with the real scalars, naming the path at fault. */
function valueFault(value: unknown, type: GraphQLInputType, path: (string | number)[], scalars: Scalars): Fault | null {
  if (isNonNullType(type)) {
    if (value === null || value === undefined) return { path, message: "a value is required here" };
    return valueFault(value, type.ofType, path, scalars);
  }
  if (value === null || value === undefined) return null;
  if (isListType(type)) {
    if (!Array.isArray(value)) return valueFault(value, type.ofType, path, scalars);
    for (const [index, item] of value.entries()) {
      const fault = valueFault(item, type.ofType, [...path, index], scalars);
      if (fault) return fault;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== "object" || Array.isArray(value)) return { path, message: `this is an object of type ${type.name}` };
    const fields = type.getFields();
    const given = value as Record<string, unknown>;
    for (const name of Object.keys(given)) {
      if (!fields[name]) return { path: [...path, name], message: `${type.name} has no field ${name}` };
    }
    for (const field of Object.values(fields)) {
      if (!(field.name in given)) {
        if (isNonNullType(field.type) && field.defaultValue === undefined) return { path: [...path, field.name], message: "a value is required here" };
        continue;
      }
      const fault = valueFault(given[field.name], field.type, [...path, field.name], scalars);
      if (fault) return fault;
    }
    return null;
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((item) => item.name);
    if (typeof value === "string" && names.includes(value)) return null;
    return { path, message: `${JSON.stringify(value)} is not a ${type.name}: use one of ${names.join(", ")}` };
  }
  if (typeof value === "string") {
    const fault = textFault(value);
    if (fault) return { path, message: fault };
  }
  try {
    (scalars[type.name] ?? type).parseValue(value);
  } catch (error) {
    return { path, message: (error as Error).message };
  }
  return null;
}
