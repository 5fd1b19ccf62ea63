import { GraphQLError, type ValidationRule } from "graphql";

/**
 * The partner contract is read-only. Its schema has no mutations (the compose step hides every
 * untagged element), and this rule refuses any non-query operation on its path anyway, so a
 * mistake in the contract cannot open a write path to partners.
 */
export function readOnlyRule(path: string): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation === "query") return;
      context.reportError(new GraphQLError(`The public contract is read-only: ${operation.operation} operations are not served at ${path}.`, { nodes: [operation] }));
    },
  });
}
