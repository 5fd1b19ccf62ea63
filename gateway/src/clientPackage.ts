import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The files of @coopgraph/client that the gateway serves from: the explorer's saved operations
 * and the registered (persisted) operations. Read by path, not as a dependency: the client is
 * generated from the composed supergraph, which the gateway's own package comes before.
 */
export const CLIENT_PACKAGE_DIR = path.resolve(__dirname, "..", "..", "packages", "client");

export function readClientFile<T>(name: "saved-operations.json" | "persisted-operations.json"): T {
  const file = path.join(CLIENT_PACKAGE_DIR, name);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read ${file} (${(error as { code?: string }).code ?? String(error)}): run \`npm run build\``);
  }
}
