import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { GatewayContext } from "./context";

/** The arguments that size a page of a list: Relay's `first` (and `last`, should a list have it). */
const PAGE_SIZE_ARGUMENTS = ["first", "last"];

/**
 * An estimate of what an operation can cost to answer: every field counts 1 for each item the
 * lists above it may hold. A list's size is its `first:` as the operation will run it: the
 * literal, else the variable's value, else the variable's default, else the argument's default
 * in the schema (20 for every connection); a field without `first` counts as one item.
 *
 *   { cooperatives(first: 100) { nodes { name people(first: 10) { nodes { firstName } } } } }
 *   = 1 + 100 × (1 + 1 + 1 + 10 × (1 + 1)) = 2 301
 *
 * Introspection fields (`__schema`, `__type`, `__typename`) are free: the schema bounds them.
 * Fragments count where they are spread, each computed once.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();
  const defaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
  }

  function pageSize(field: GraphQLField<unknown, unknown> | undefined, node: FieldNode): number {
    const argument = field?.args.find((candidate) => PAGE_SIZE_ARGUMENTS.includes(candidate.name));
    if (!argument) return 1;
    const given = node.arguments?.find((candidate) => candidate.name.value === argument.name)?.value;
    let size: unknown = argument.defaultValue;
    if (given?.kind === Kind.VARIABLE) {
      const name = given.name.value;
      size = variables[name] ?? defaults.get(name) ?? argument.defaultValue;
    } else if (given && given.kind !== Kind.NULL) {
      size = valueFromASTUntyped(given);
    }
    return typeof size === "number" && Number.isFinite(size) && size >= 0 ? size : 1;
  }

  function selectionCost(parent: GraphQLNamedType | undefined, selectionSet: SelectionSetNode): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
        const below = selection.selectionSet ? selectionCost(field && getNamedType(field.type), selection.selectionSet) : 0;
        total += 1 + pageSize(field, selection) * below;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += selectionCost(type ?? undefined, selection.selectionSet);
      } else {
        total += fragmentCost(selection.name.value);
      }
    }
    return total;
  }

  function fragmentCost(name: string): number {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown and cyclic fragments are refused by graphql's own validation, before this runs.
    fragmentCosts.set(name, 0);
    const cost = fragment ? selectionCost(schema.getType(fragment.typeCondition.name.value) ?? undefined, fragment.selectionSet) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  }

  const root = schema.getRootType(operation.operation) ?? undefined;
  return selectionCost(root, operation.selectionSet);
}

/**
 * Refuses an operation whose cost is above `maxCost`, once its variables are known and before
 * it is planned: no subgraph is called. The refusal is a validation error (HTTP 400).
 */
export function listCostPlugin(maxCost: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo Server refuses a request without its operation before this.
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost <= maxCost) return;
          throw new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)}: ask for smaller pages (first:) or fewer nested lists.`, {
            extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxCost", maximum: maxCost, cost: Math.round(cost), http: { status: 400 } },
          });
        },
      };
    },
  };
}
