import { errorsOf } from "@coopgraph/testing";
import type { GraphQLResponse } from "@coopgraph/testing";

/**
 * A JSON value as a GraphQL literal: the same input typed inline instead of sent as a variable.
 * Strings whose value is an enum name are written bare when `enums` lists the path's key.
 */
export function literal(value: unknown, enums: ReadonlySet<string> = new Set(), key = ""): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, enums, key)).join(", ")}]`;
  if (typeof value === "object") {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([name, item]) => `${name}: ${literal(item, enums, name)}`)
      .join(", ")} }`;
  }
  if (typeof value === "string" && enums.has(key)) return value;
  return JSON.stringify(value);
}

/** Every place where an answer could show where a subgraph lives: its URL, host and port. */
export function subgraphAddresses(urls: Record<string, string>): string[] {
  return Object.values(urls).flatMap((url) => {
    const { host, port } = new URL(url);
    return [url, host, `:${port}`];
  });
}

/** The addresses (of `subgraphAddresses`) that an answer mentions anywhere: none, in every answer. */
export function addressesIn(answer: GraphQLResponse | object, addresses: readonly string[]): string[] {
  const text = JSON.stringify(answer);
  return addresses.filter((address) => text.includes(address));
}

export { errorsOf };
