import { type FreshDatabase, freshDatabase } from "@coopgraph/db/testing";
import { createGateway, type ResponseCacheOptions, silentLogger } from "@coopgraph/gateway";
import { identityConfigFromEnv, signToken, type Identity, type IdentityConfig, type Role } from "@coopgraph/identity";
import { type Logger, readRegistry, repoRoot, type RunningServer, type Subgraph } from "@coopgraph/kit";
import fs from "node:fs";
import path from "node:path";
import { startCountingProxy, type CountingProxy } from "./countingProxy";

/**
 * A subgraph to start: its `subgraph` (from its `src/app.ts`, to test the source), or its name in
 * subgraphs/registry.json (its built `dist/app.js`: the other domains a test needs around it).
 */
export type SubgraphModule = Subgraph<any, any> | string;

/** The built subgraph of a registry name. */
export function builtSubgraph(name: string): Subgraph<any, any> {
  const entry = readRegistry().find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} is not in subgraphs/registry.json`);
  const file = path.join(repoRoot, "subgraphs", name, "dist", "app.js");
  if (!fs.existsSync(file)) throw new Error(`${name} is not built (${file}): run npm run build`);
  return (require(file) as { subgraph: Subgraph<any, any> }).subgraph;
}

export interface PlatformOptions {
  /** Per subgraph: clients to use instead of the real ones (a recorded other domain). */
  clients?: Record<string, Record<string, unknown>>;
  /** How long a subgraph waits for another domain's answer. */
  askTimeoutMs?: number;
  /** How long the gateway waits for a subgraph (its default otherwise). */
  subgraphTimeoutMs?: number;
  /** Each subgraph's logger (default: its own, silent under jest), e.g. to read what it logged. */
  logs?: (subgraph: string) => Logger;
  /** Seeds each subgraph's demo data (its `seed`) into its fresh database, in the order given. */
  seed?: boolean;
  /** URLs of subgraphs running elsewhere (a process a test spawns), by name: the gateway calls them there. */
  subgraphUrls?: Record<string, string>;
  /** Puts a counting proxy between the gateway and each subgraph started here: see `requestsTo`. */
  countRequests?: boolean;
  /**
   * The gateway's response cache. Default off here (a test that writes and reads again expects the
   * new answer at once), though the gateway's own default caches /public/graphql.
   */
  responseCache?: Partial<ResponseCacheOptions> | false;
}

export interface Caller {
  role: Role;
  coopId?: string;
  sub?: string;
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface Platform {
  /** The gateway's base URL. */
  url: string;
  identity: IdentityConfig;
  /** Each subgraph's Prisma client, by name, for arranging data and checking what was written. */
  db: Record<string, any>;
  /** Each subgraph's own GraphQL URL. */
  subgraphUrls: Record<string, string>;
  token(caller: Caller): Promise<string>;
  /** Sends one operation through the gateway as `caller` (anonymous when null). */
  query<T = any>(query: string, variables?: Record<string, unknown>, caller?: Caller | null, options?: QueryOptions): Promise<GraphQLResponse<T>>;
  /** SQL statements each subgraph's database received since the last reset. */
  sqlCount(name: string): number;
  resetSqlCounts(): void;
  /** Stops one subgraph's server (its database stays), to see how the others cope without it. */
  stopSubgraph(name: string): Promise<void>;
  /** HTTP requests the gateway sent to this subgraph so far (with `countRequests` only). */
  requestsTo(name: string): number;
  stop(): Promise<void>;
}

export interface QueryOptions {
  /** `/graphql` (default) or `/public/graphql`. */
  path?: string;
  headers?: Record<string, string>;
  /** Send straight to this subgraph instead of through the gateway. */
  subgraph?: string;
}

/**
 * Starts the given subgraphs, each on a fresh migrated database (PostgreSQL with
 * TEST_DATABASE_URL, else PGlite), and the real gateway on the committed supergraph and partner
 * contract with the subgraphs' URLs overridden. Everything talks over real HTTP.
 */
export async function startPlatform(modules: SubgraphModule[], options: PlatformOptions = {}): Promise<Platform> {
  const identity = identityConfigFromEnv({});
  const counts: Record<string, number> = {};
  const closers: (() => Promise<void>)[] = [];
  const db: Record<string, any> = {};
  const subgraphUrls: Record<string, string> = {};
  const servers: Record<string, RunningServer> = {};
  const proxies: Record<string, CountingProxy> = {};
  let gatewayUrl = "";
  try {
    for (const entry of modules) {
      const module = typeof entry === "string" ? builtSubgraph(entry) : entry;
      counts[module.name] = 0;
      const database = await subgraphDatabase(module, () => {
        counts[module.name] += 1;
      });
      closers.unshift(database.close);
      db[module.name] = database.prisma;
      if (options.seed && module.seed) {
        const seed = module.seed;
        await (database.prisma as Transactional).$transaction((tx) => seed(tx), { timeout: 300_000, maxWait: 30_000 });
      }
      const server = await module.start({
        db: database.prisma,
        identity,
        port: 0,
        host: "127.0.0.1",
        gatewayUrl: () => gatewayUrl,
        askTimeoutMs: options.askTimeoutMs,
        clients: options.clients?.[module.name],
        log: options.logs?.(module.name),
      });
      closers.unshift(server.stop);
      servers[module.name] = server;
      subgraphUrls[module.name] = server.url;
      if (options.countRequests) {
        const proxy = await startCountingProxy(server.url);
        closers.unshift(proxy.stop);
        proxies[module.name] = proxy;
      }
    }
    const gatewayTargets = { ...options.subgraphUrls, ...subgraphUrls };
    for (const [name, proxy] of Object.entries(proxies)) gatewayTargets[name] = proxy.url;
    const gateway = await createGateway({
      supergraphSdl: fs.readFileSync(path.join(repoRoot, "schema", "supergraph.graphql"), "utf8"),
      publicSupergraphSdl: fs.readFileSync(path.join(repoRoot, "schema", "public-supergraph.graphql"), "utf8"),
      subgraphUrls: gatewayTargets,
      identity,
      port: 0,
      host: "127.0.0.1",
      exposeQueryPlan: true,
      logger: silentLogger,
      responseCache: options.responseCache ?? false,
      ...(options.subgraphTimeoutMs ? { subgraphTimeoutMs: options.subgraphTimeoutMs } : {}),
    });
    closers.unshift(gateway.stop);
    gatewayUrl = gateway.url;
  } catch (error) {
    await closeAll(closers);
    throw error;
  }

  const token = (caller: Caller) =>
    signToken({ sub: caller.sub ?? `test-${caller.role.toLowerCase()}`, role: caller.role, ...(caller.coopId ? { coopId: caller.coopId } : {}) } as Identity, identity);

  return {
    url: gatewayUrl,
    identity,
    db,
    subgraphUrls,
    token,
    async query(query, variables = {}, caller = { role: "ADMIN" }, options = {}) {
      const target = options.subgraph ? subgraphUrls[options.subgraph] : `${gatewayUrl}${options.path ?? "/graphql"}`;
      const response = await fetch(target, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(caller ? { authorization: `Bearer ${await token(caller)}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    sqlCount: (name) => counts[name],
    resetSqlCounts() {
      for (const name of Object.keys(counts)) counts[name] = 0;
    },
    stopSubgraph: (name) => servers[name].stop(),
    requestsTo(name) {
      const proxy = proxies[name];
      if (!proxy) throw new Error(`requests to ${name} are not counted: start the platform with countRequests`);
      return proxy.count();
    },
    async stop() {
      // Close everything even if one part fails, then report the first failure.
      const results = await closeAll(closers);
      const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failure) throw failure.reason;
    },
  };
}

interface Transactional {
  $transaction<T>(work: (tx: unknown) => Promise<T>, options: { timeout: number; maxWait: number }): Promise<T>;
}

/** Runs every closer in order (gateway, then servers, then databases), whatever each one does. */
async function closeAll(closers: (() => Promise<void>)[]): Promise<PromiseSettledResult<void>[]> {
  const results: PromiseSettledResult<void>[] = [];
  for (const close of closers) {
    results.push(
      await close().then(
        (value) => ({ status: "fulfilled", value }) as const,
        (reason: unknown) => ({ status: "rejected", reason }) as const,
      ),
    );
  }
  return results;
}
export { startSilentServer } from "./silentServer";

/** A fresh, migrated, empty database of one subgraph (PostgreSQL with TEST_DATABASE_URL, else PGlite). */
export function subgraphDatabase<Db>(subgraph: Subgraph<Db, any>, onQuery?: () => void): Promise<FreshDatabase<Db>> {
  return freshDatabase(subgraph.PrismaClient, {
    schemaPath: path.join(subgraph.dir, "prisma", "schema.prisma"),
    migrationsDir: path.join(subgraph.dir, "prisma", "migrations"),
    onQuery,
  });
}

/**
 * For a test file of a subgraph's commands (no HTTP, no gateway): a fresh database opened before
 * its tests and dropped after them. `db` is its Prisma client, for `executeAs(db, caller, command, input)`.
 */
export function useSubgraphDatabase<Db>(subgraph: Subgraph<Db, any>): { readonly db: Db } {
  let database: FreshDatabase<Db> | undefined;
  beforeAll(async () => {
    database = await subgraphDatabase(subgraph);
  });
  afterAll(() => database?.close());
  return {
    get db() {
      if (!database) throw new Error("the database opens in beforeAll: use it inside a test");
      return database.prisma;
    },
  };
}

/** The code, field and message of an error, as a client reads them. */
export function refusalOf(error: unknown): { code: unknown; field: unknown; message: string } {
  const e = error as Error & { extensions?: { code?: unknown; field?: unknown } };
  return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
}
export { startCountingProxy, type CountingProxy } from "./countingProxy";
export { asSeen, day, errorsOf, inDays, isoInDays, refusal, rejection, type Refusal } from "./values";
