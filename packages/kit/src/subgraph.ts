import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import type { Identity, IdentityConfig } from "@coopgraph/identity";
import type { PrismaClientClass } from "@coopgraph/db";
import type { GraphQLSchema } from "graphql";
import type { NonEmptyArray } from "type-graphql";
import { requireIdentity, signedInReference } from "./auth";
import type { BaseContext } from "./context";
import { isUniqueViolation } from "./errors";
import { buildFederatedSchema } from "./federation";
import { gatewayClient, type GatewayAsk } from "./gatewayClient";
import { type RunningServer, startSubgraph } from "./http";
import type { Logger } from "./log";
import type { SubgraphMetrics } from "./metrics";

/** What a subgraph's clients of other domains are built from: its SERVICE identity's way to ask the graph. */
export interface ClientOptions {
  /** Asks the graph through the gateway as this subgraph (a SERVICE token); every failure is SERVICE_UNAVAILABLE. */
  ask: GatewayAsk;
}

/** The context every resolver of a subgraph receives: the caller, loaders, its database, its clients. */
export type SubgraphContext<Db, Clients extends object = object> = BaseContext & { db: Db } & Clients;

/** The transaction client of a Prisma client: what commands receive. */
export type Transaction<Db> = Db extends { $transaction(fn: (tx: infer T) => Promise<any>, ...rest: any[]): Promise<any> } ? T : never;

export interface SubgraphDefinition<Db, Clients extends object> {
  name: string;
  /** The subgraph's folder: prisma/schema.prisma and prisma/migrations live there. */
  dir: string;
  PrismaClient: PrismaClientClass<Db>;
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as Function.
  resolvers: NonEmptyArray<Function>;
  /** Types reachable only through entities. */
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes its types as Function.
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type; anonymous callers are refused before they run. */
  references?: Record<string, (ref: { id: string }, ctx: any) => unknown>;
  /** Demo data for an empty database, in one transaction; returns a summary, or null when there was data. */
  seed?: (tx: Db) => Promise<unknown>;
  /** Clients of the domains this subgraph asks (built once per process), merged into every context. */
  clients?: (options: ClientOptions) => Clients;
}

export interface StartOptions<Db, Clients extends object> {
  db: Db;
  identity: IdentityConfig;
  port?: number;
  host?: string;
  /** The gateway's base URL (e.g. http://127.0.0.1:4000), read at each call: other domains are asked through it. */
  gatewayUrl: () => string;
  /** How long a write waits for another domain's answer (default 5 s). */
  askTimeoutMs?: number;
  /** Replaces clients (tests: a recorded membership instead of the real one). */
  clients?: Partial<Clients>;
  /** Where its log lines go; default a logger named after the subgraph, at LOG_LEVEL. */
  log?: Logger;
  /** Served at `GET /metrics`; its `countStatement` is the `onQuery` listener of `db`. */
  metrics?: SubgraphMetrics;
}

export interface Subgraph<Db, Clients extends object = object> {
  name: string;
  dir: string;
  PrismaClient: PrismaClientClass<Db>;
  seed?: (tx: Db) => Promise<unknown>;
  /** The federated schema and its SDL (built once); the compose step reads the SDL. */
  schema(): Promise<{ schema: GraphQLSchema; sdl: string }>;
  /** Serves the subgraph on a database that is already open and migrated. */
  start(options: StartOptions<Db, Clients>): Promise<RunningServer>;
}

export const DEFAULT_ASK_TIMEOUT_MS = 5_000;

/**
 * One subgraph, declared once: what the compose step (`schema()`), the process (`runSubgraph`)
 * and the test harness (`start()`) need. Every subgraph's `src/app.ts` is one call of this.
 */
export function defineSubgraph<Db, Clients extends object = object>(definition: SubgraphDefinition<Db, Clients>): Subgraph<Db, Clients> {
  let built: Promise<{ schema: GraphQLSchema; sdl: string }> | undefined;
  const schema = () =>
    (built ??= buildFederatedSchema({
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      referenceResolvers: Object.fromEntries(
        Object.entries(definition.references ?? {}).map(([type, resolve]) => [type, { __resolveReference: signedInReference(resolve) }]),
      ) as GraphQLResolverMap<unknown>,
    }));

  return {
    name: definition.name,
    dir: definition.dir,
    PrismaClient: definition.PrismaClient,
    seed: definition.seed,
    schema,
    async start(options) {
      const ask = gatewayClient({
        gatewayUrl: options.gatewayUrl,
        identity: options.identity,
        service: definition.name,
        timeoutMs: options.askTimeoutMs ?? DEFAULT_ASK_TIMEOUT_MS,
      });
      const clients = { ...(definition.clients?.({ ask }) ?? ({} as Clients)), ...options.clients } as Clients;
      const db = options.db as Db & { $queryRaw: (query: TemplateStringsArray) => Promise<unknown[]> };
      return startSubgraph({
        name: definition.name,
        schema: (await schema()).schema,
        identity: options.identity,
        port: options.port,
        host: options.host,
        services: { db: options.db, ...clients },
        log: options.log,
        metrics: options.metrics,
        ready: async () => (await db.$queryRaw`SELECT 1`).length === 1,
      });
    },
  };
}

/**
 * A write of one entity, as a plain function: inside one transaction, as a signed-in caller, with
 * validated input. It lives in `src/<entity>/<entity>.commands.ts`, is tested on a fresh database
 * without HTTP, and a resolver only calls it through `execute`.
 */
export type Command<Db, Input, Output> = (tx: Transaction<Db>, caller: Identity, input: Input) => Promise<Output>;

/**
 * Runs a command for the request's caller in one transaction: it commits whole or writes nothing.
 * UNAUTHENTICATED without a caller. Facts of other domains are asked before, and passed in `input`.
 */
export async function execute<Db, Input, Output>(
  ctx: Pick<BaseContext, "identity"> & { db: Db },
  command: Command<Db, Input, Output>,
  input: Input,
  options: { timeout?: number; maxWait?: number } = {},
): Promise<Output> {
  return executeAs(ctx.db, requireIdentity(ctx), command, input, options);
}

/**
 * Runs a command as `caller` on `db` in one transaction, as `execute` does for a request: what
 * command tests, scripts and seeds call, with no HTTP and no context.
 */
export async function executeAs<Db, Input, Output>(
  db: Db,
  caller: Identity,
  command: Command<Db, Input, Output>,
  input: Input,
  options: { timeout?: number; maxWait?: number } = {},
): Promise<Output> {
  const client = db as unknown as { $transaction<T>(fn: (tx: Transaction<Db>) => Promise<T>, options?: object): Promise<T> };
  try {
    return await client.$transaction((tx) => command(tx, caller, input), {
      timeout: options.timeout ?? 15_000,
      ...(options.maxWait ? { maxWait: options.maxWait } : {}),
    });
  } catch (error) {
    const refusal = (command as DuplicateAware<Db, Input>)[DUPLICATE];
    if (refusal && isUniqueViolation(error)) throw await refusal(db, input);
    throw error;
  }
}

const DUPLICATE = Symbol("duplicate");
type DuplicateAware<Db, Input> = { [DUPLICATE]?: (db: Db, input: Input) => Error | Promise<Error> };

/**
 * A command whose insert may lose a race on a unique value (a tax code, a CIG) to a concurrent
 * one: checked inside the transaction, two requests can still both pass the check, and the
 * database refuses the second insert. `refusal` turns that into the error the caller gets (a
 * CONFLICT naming the field); it runs after the failed transaction, on `db`.
 */
export function onDuplicate<Db, Input, Output>(command: Command<Db, Input, Output>, refusal: (db: Db, input: Input) => Error | Promise<Error>): Command<Db, Input, Output> {
  const wrapped: Command<Db, Input, Output> & DuplicateAware<Db, Input> = (tx, caller, input) => command(tx, caller, input);
  wrapped[DUPLICATE] = refusal;
  return wrapped;
}
