import { parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";

/**
 * Every operation a subgraph sends to another domain through the gateway, by name. The compose
 * step validates each against the supergraph it has just composed, so a field a client relies on
 * cannot be renamed or removed without the build failing.
 */
export const operations = new Map<string, string>();

/** Registers an operation (its name is the operation's own) and returns its text. */
export function operation(text: string): string {
  const name = /^\s*query\s+(\w+)/.exec(text)?.[1];
  if (!name) throw new Error(`a client operation needs a name: ${text.slice(0, 60)}`);
  if (operations.has(name) && operations.get(name) !== text) throw new Error(`two client operations are called ${name}`);
  operations.set(name, text);
  return text;
}

/** The problems of each registered operation against `schema` (the supergraph's API schema); empty when all are valid. */
export function checkOperations(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const [name, text] of operations) {
    let document: DocumentNode;
    try {
      document = parse(text);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    for (const error of validate(schema, document)) problems.push(`${name}: ${error.message}`);
  }
  return problems;
}
