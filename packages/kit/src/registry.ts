import fs from "node:fs";
import path from "node:path";

/**
 * The one list of subgraphs, `subgraphs/registry.json`: name, package, port and database name
 * of each. The compose step, `npm start`, the test harness, docker-compose.yml and the PostgreSQL
 * init script all read (or are generated from) it, so a port is written down once.
 */
export interface RegistryEntry {
  name: string;
  package: string;
  port: number;
  database: string;
}

export const repoRoot = path.resolve(__dirname, "..", "..", "..");
export const registryPath = path.join(repoRoot, "subgraphs", "registry.json");

const NAME = /^[a-z][a-z0-9-]{1,30}$/;

/** The registry, checked: unique names, ports and databases. Throws on a malformed file. */
export function readRegistry(file = registryPath): RegistryEntry[] {
  const entries = JSON.parse(fs.readFileSync(file, "utf8")) as RegistryEntry[];
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list of subgraphs`);
  for (const key of ["name", "port", "database", "package"] as const) {
    const seen = new Set<unknown>();
    for (const entry of entries) {
      if (seen.has(entry[key])) throw new Error(`${file}: ${key} ${String(entry[key])} appears twice`);
      seen.add(entry[key]);
    }
  }
  for (const entry of entries) {
    if (!NAME.test(entry.name)) throw new Error(`${file}: "${entry.name}" is not a subgraph name (lower case letters, digits, -)`);
    if (!Number.isInteger(entry.port) || entry.port < 1024 || entry.port > 65535) throw new Error(`${file}: ${entry.name} has no valid port`);
  }
  return entries;
}

/** One subgraph's registry entry, or a clear error naming the file. */
export function registryEntry(name: string, file = registryPath): RegistryEntry {
  const entry = readRegistry(file).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} is not listed in ${path.relative(repoRoot, file)}`);
  return entry;
}

/** The URL of a subgraph on this machine, as the committed supergraph names it. */
export function localSubgraphUrl(entry: RegistryEntry): string {
  return `http://localhost:${entry.port}/graphql`;
}

/** The environment variable that overrides a subgraph's database URL for `npm start`, e.g. MEMBERSHIP_DATABASE_URL. */
export function databaseUrlVariable(name: string): string {
  return `${name.toUpperCase().replace(/-/g, "_")}_DATABASE_URL`;
}
