import * as path from "node:path";

/** Where a DATABASE_URL points: a PostgreSQL server, or an embedded PGlite in memory or in a folder. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | undefined };

/**
 * `postgresql://…` / `postgres://…` → a server; `pglite:memory` → an in-memory PGlite;
 * `pglite:<dir>` → a PGlite persisted in `<dir>` (relative paths are taken from the working directory).
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const value = url.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", url: value };
  if (value.startsWith("pglite:")) {
    const rest = value.slice("pglite:".length);
    if (rest === "") throw new Error(`DATABASE_URL "${url}" names no PGlite folder: use pglite:memory or pglite:<dir>`);
    if (rest === "memory" || rest === "memory://") return { kind: "pglite", dataDir: undefined };
    return { kind: "pglite", dataDir: path.resolve(rest.replace(/^file:\/\//, "")) };
  }
  throw new Error(`Unsupported DATABASE_URL "${redactUrl(url)}": expected postgresql://…, pglite:memory or pglite:<dir>`);
}

/** The URL with any password replaced, for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/i, "$1***@");
}

/** The same server URL pointing at another database (keeps user, host, port and query parameters). */
export function withDatabaseName(serverUrl: string, database: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
