import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from "graphql";

export const DEFAULT_MAX_DEPTH = 15;

/**
 * Refuses operations nested deeper than `maxDepth` fields (`{ a { b } }` is 2 deep), following
 * fragments. Introspection (`__schema`, `__type`) is not counted: the explorer's own schema
 * query is deep, and bounded by the schema anyway.
 *
 * A validation rule, so the refusal comes before any planning or subgraph call, with
 * `extensions.code: "GRAPHQL_VALIDATION_FAILED"` (Apollo Server gives every validation error that
 * code) and HTTP 400; `extensions.maxDepth` says the limit.
 */
export function maxDepthRule(maxDepth: number = DEFAULT_MAX_DEPTH): ValidationRule {
  // Depths are measured up to `cap`: anything deeper is refused all the same, and the cap bounds
  // the work on hostile documents (deep nesting, fragments spread many times).
  const cap = maxDepth + 1;
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const fragmentDepths = new Map<string, number>();
    const measuring = new Set<string>();

    function fragmentDepth(name: string): number {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      // Unknown and cyclic fragments are reported by graphql's own rules.
      if (!fragment || measuring.has(name)) return 0;
      measuring.add(name);
      const depth = measure(fragment.selectionSet, cap);
      measuring.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    }

    /** The depth of a selection set, or `budget` if it is at least that deep. */
    function measure(selectionSet: SelectionSetNode, budget: number): number {
      if (budget <= 0) return 0;
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        let depth = 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          depth = 1 + (selection.selectionSet ? measure(selection.selectionSet, budget - 1) : 0);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = measure(selection.selectionSet, budget);
        } else {
          depth = fragmentDepth(selection.name.value);
        }
        deepest = Math.max(deepest, Math.min(depth, budget));
        if (deepest >= budget) break;
      }
      return deepest;
    }

    return {
      OperationDefinition(operation) {
        if (measure(operation.selectionSet, cap) <= maxDepth) return;
        const name = operation.name ? `The operation '${operation.name.value}'` : "The operation";
        context.reportError(
          new GraphQLError(`${name} is nested more than ${maxDepth} fields deep, the limit of this gateway: ask for less at once, or split it into several operations.`, {
            nodes: [operation],
            extensions: { maxDepth },
          }),
        );
      },
    };
  };
}
