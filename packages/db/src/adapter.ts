import type { PGlite, Transaction as PGliteTransaction, QueryOptions } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { openPglite } from "./pglite";
import { pgliteModules } from "./pglite-loader";
import { parseDatabaseUrl, type DatabaseTarget } from "./url";

/** Called with each SQL statement as it is sent to the database. */
export type QueryListener = (sql: string) => void;

export interface AdapterOptions {
  onQuery?: QueryListener;
}

/**
 * A Prisma driver adapter factory that owns its connection: the pg pool or the PGlite instance
 * is opened on first use and shared by every adapter the factory hands out, and `close()` ends it.
 * Its shadow database (for the schema engine) is always a throw-away in-memory PGlite.
 */
export interface DatabaseAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  readonly target: DatabaseTarget;
  /** True when the database answers `SELECT 1` within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** Ends the pg pool or closes PGlite. Adapters handed out before stop working. */
  close(): Promise<void>;
}

/** Adapter factory for a DATABASE_URL: `postgresql://…`, `pglite:memory` or `pglite:<dir>`. */
export function createAdapter(url: string, opts: AdapterOptions = {}): DatabaseAdapterFactory {
  return adapterFactory(openConnection(parseDatabaseUrl(url)), opts);
}

/** One physical database handle (a pg pool, or one PGlite) with the fixes our stack needs. */
export interface Connection {
  readonly target: DatabaseTarget;
  connect(): Promise<SqlDriverAdapter>;
  /** Resolves when the database answers `SELECT 1` within the timeout; rejects with the driver's reason. */
  check(timeoutMs?: number): Promise<void>;
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export function openConnection(target: DatabaseTarget, seed?: Blob): Connection {
  return target.kind === "postgres" ? new PostgresConnection(target) : new PgliteConnection(target, seed);
}

export function adapterFactory(connection: Connection, opts: AdapterOptions = {}): DatabaseAdapterFactory {
  const onQuery = opts.onQuery;
  return {
    provider: "postgres",
    adapterName: connection instanceof PostgresConnection ? "@prisma/adapter-pg" : "pglite-prisma-adapter",
    target: connection.target,
    async connect() {
      const adapter = await connection.connect();
      return onQuery ? observed(adapter, onQuery) : adapter;
    },
    async connectToShadowDb() {
      // Never a database derived from the main URL: PrismaPg.connectToShadowDb() lands on the main
      // database when given a connection string. An in-memory PGlite is always safe to wipe.
      const shadow = new PgliteConnection({ kind: "pglite", dataDir: undefined });
      const adapter = await shadow.connect();
      return { ...bindAll(adapter), dispose: () => shadow.close() };
    },
    ping: (timeoutMs) => connection.ping(timeoutMs),
    close: () => connection.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL through @prisma/adapter-pg

/** PostgreSQL's internal single-byte `"char"` type, returned by catalog columns such as `contype`. */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PgResultLike = { fields?: Array<{ dataTypeID: number }> };

/** adapter-pg 7.10 cannot deserialize `"char"` (oid 18): report such columns as text (oid 25). */
function charAsText<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as PgResultLike | undefined)?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

let CharAsTextClient: typeof pg.Client | undefined;

/** A pg.Client whose results never carry the `"char"` type; the pool creates its clients from it. */
function charAsTextClient(): typeof pg.Client {
  CharAsTextClient ??= class extends pg.Client {
    // pg's query() has many overloads (promise, callback, config.callback, Submittable).
    query(...args: unknown[]): any {
      const last = args.length - 1;
      if (typeof args[last] === "function") {
        const callback = args[last] as (error: unknown, result: unknown) => void;
        args[last] = (error: unknown, result: unknown) => callback(error, error ? result : charAsText(result));
      } else if (isCallbackConfig(args[0])) {
        const config = args[0];
        const callback = config.callback;
        args[0] = { ...config, callback: (error: unknown, result: unknown) => callback(error, error ? result : charAsText(result)) };
      }
      const result = (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
      return result instanceof Promise ? result.then(charAsText) : result;
    }
  } as typeof pg.Client;
  return CharAsTextClient;
}

function isCallbackConfig(value: unknown): value is { callback: (error: unknown, result: unknown) => void } {
  return typeof value === "object" && value !== null && typeof (value as { callback?: unknown }).callback === "function";
}

class PostgresConnection implements Connection {
  readonly target: DatabaseTarget;
  private readonly pool: pg.Pool;
  private readonly factory: PrismaPg;
  private closing: Promise<void> | undefined;

  constructor(target: { kind: "postgres"; url: string }) {
    this.target = target;
    this.pool = new pg.Pool({
      connectionString: target.url,
      Client: charAsTextClient(),
      connectionTimeoutMillis: 10_000,
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    this.pool.on("error", () => {});
    // adapter-pg ships its own copy of @types/pg; at runtime both use the one `pg`.
    this.factory = new PrismaPg(this.pool as unknown as ConstructorParameters<typeof PrismaPg>[0]);
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = (await this.factory.connect()) as unknown as SqlDriverAdapter;
    const pool = this.pool;
    return {
      ...bindAll(adapter),
      // adapter-pg splits scripts on ";", which breaks a migration with a ";" inside a string or
      // a function body. Like the native engine, send the script whole: one implicit transaction.
      async executeScript(script: string) {
        try {
          await pool.query(script);
        } catch (error) {
          (adapter as unknown as { onError(e: unknown): never }).onError(error);
        }
      },
    };
  }

  async check(timeoutMs = 5_000): Promise<void> {
    if (this.closing) throw new Error("This database connection has been closed");
    await withTimeout(this.pool.query("SELECT 1"), timeoutMs);
  }

  ping(timeoutMs?: number): Promise<boolean> {
    return this.check(timeoutMs).then(
      () => true,
      () => false,
    );
  }

  close(): Promise<void> {
    this.closing ??= this.pool.end().catch(() => {});
    return this.closing;
  }
}

// ---------------------------------------------------------------------------------------------
// PGlite through pglite-prisma-adapter

type PGliteAdapterInternals = SqlDriverAdapter & { client: unknown; onError(error: unknown): never };

/** What the adapter calls on its client (PGlite or one of its transactions): only `query`. */
type PGliteQueryable = Pick<PGlite | PGliteTransaction, "query">;

/**
 * pglite-prisma-adapter sends its type parsers (numeric, dates, json, bytea… as Prisma expects
 * them) with every query, and PGlite copies its own table of some 300 parsers to lay them over it
 * for every result: about 0.1 ms of CPU per statement, a quarter of what PGlite takes to run a
 * lookup by key. So the adapter's parsers are laid over the instance's table once, at its first
 * query, and each query goes without them: every column is parsed by the same function as before.
 * After that the instance's own queries (the health check's `SELECT 1`) parse with them too; a
 * query with other parsers still passes them.
 */
function parsersMergedOnce(db: PGlite): (client: PGliteQueryable) => PGliteQueryable {
  let merged: QueryOptions["parsers"];
  const options = (given: QueryOptions | undefined): QueryOptions | undefined => {
    const parsers = given?.parsers;
    if (!parsers) return given;
    if (merged === undefined) {
      Object.assign(db.parsers, parsers);
      merged = parsers;
    }
    if (parsers !== merged) return given;
    const { parsers: _sent, ...rest } = given;
    return rest;
  };
  return (client) => ({ query: (sql, params, given) => client.query(sql, params, options(given)) });
}

export class PgliteConnection implements Connection {
  readonly target: DatabaseTarget;
  private db: Promise<PGlite> | undefined;
  private client: ((client: PGliteQueryable) => PGliteQueryable) | undefined;
  private closing: Promise<void> | undefined;

  constructor(
    target: { kind: "pglite"; dataDir: string | undefined },
    private readonly seed?: Blob,
  ) {
    this.target = target;
  }

  private open(): Promise<PGlite> {
    if (this.closing) return Promise.reject(new Error("This PGlite database has been closed"));
    this.db ??= openPglite((this.target as { dataDir: string | undefined }).dataDir, this.seed);
    return this.db;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const db = await this.open();
    const { PrismaPGlite } = await pgliteModules();
    const client = (this.client ??= parsersMergedOnce(db));
    const adapter = (await new PrismaPGlite(client(db) as PGlite).connect()) as unknown as PGliteAdapterInternals;
    return {
      ...bindAll(adapter),
      // The adapter neither awaits exec() nor reports its errors: a failing migration would be
      // recorded as applied.
      async executeScript(script: string) {
        try {
          await db.exec(script);
        } catch (error) {
          adapter.onError(error);
        }
      },
      startTransaction: (isolationLevel?: IsolationLevel) => startPgliteTransaction(db, adapter, client, isolationLevel),
      // The PGlite instance belongs to this connection, not to one adapter.
      dispose: async () => {},
    };
  }

  async check(timeoutMs = 5_000): Promise<void> {
    await withTimeout(
      this.open().then((db) => db.query("SELECT 1")),
      timeoutMs,
    );
  }

  ping(timeoutMs?: number): Promise<boolean> {
    if (this.closing) return Promise.resolve(false);
    return this.check(timeoutMs).then(
      () => true,
      () => false,
    );
  }

  /** A dump of the data folder, to start other PGlite instances from (PGlite 0.5 `dumpDataDir`). */
  async dump(): Promise<Blob> {
    return (await this.open()).dumpDataDir("none");
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      const db = await this.db?.catch(() => undefined);
      if (db && !db.closed) await db.close();
    })();
    return this.closing;
  }
}

/**
 * An interactive transaction on PGlite's single session. PGlite's transaction() holds a mutex for
 * the whole callback, so concurrent transactions (and queries outside them) wait their turn and
 * never interleave. Compared with the adapter's own startTransaction this one sets the isolation
 * level inside the transaction (the adapter runs SET TRANSACTION before BEGIN, where it is
 * ignored), awaits ROLLBACK instead of racing a COMMIT after it, and supports savepoints.
 */
function startPgliteTransaction(
  db: PGlite,
  adapter: PGliteAdapterInternals,
  client: (client: PGliteQueryable) => PGliteQueryable,
  isolationLevel: IsolationLevel | undefined,
): Promise<Transaction> {
  return new Promise<Transaction>((resolve, reject) => {
    let finish!: () => void;
    const finished = new Promise<void>((done) => (finish = done));
    let started = false;
    const outcome = db.transaction(async (tx: PGliteTransaction) => {
      // The adapter's type conversions, running on this transaction's session.
      const session = Object.create(adapter, { client: { value: client(tx) } }) as PGliteAdapterInternals;
      const run = (sql: string) => session.executeRaw({ sql, args: [], argTypes: [] }).then(() => {});
      if (isolationLevel) await run(`SET TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
      started = true;
      resolve({
        provider: "postgres",
        adapterName: adapter.adapterName,
        options: { usePhantomQuery: true },
        queryRaw: (query: SqlQuery) => session.queryRaw(query),
        executeRaw: (query: SqlQuery) => session.executeRaw(query),
        async commit() {
          finish();
          await outcome;
        },
        async rollback() {
          try {
            if (!tx.closed) await tx.rollback();
          } finally {
            finish();
            await outcome;
          }
        },
        createSavepoint: (name: string) => run(`SAVEPOINT ${name}`),
        rollbackToSavepoint: (name: string) => run(`ROLLBACK TO SAVEPOINT ${name}`),
        releaseSavepoint: (name: string) => run(`RELEASE SAVEPOINT ${name}`),
      });
      await finished;
    });
    outcome.catch((error: unknown) => {
      // Before the transaction is handed out, a failure (BEGIN, SET TRANSACTION) rejects the start;
      // afterwards it surfaces from commit() or rollback().
      if (!started) {
        try {
          adapter.onError(error);
        } catch (converted) {
          reject(converted);
        }
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Statement counting

/** Reports every statement sent through the adapter, its transactions included. */
function observed(adapter: SqlDriverAdapter, onQuery: QueryListener): SqlDriverAdapter {
  return {
    ...bindAll(adapter),
    queryRaw(query) {
      onQuery(query.sql);
      return adapter.queryRaw(query);
    },
    executeRaw(query) {
      onQuery(query.sql);
      return adapter.executeRaw(query);
    },
    executeScript(script) {
      onQuery(script);
      return adapter.executeScript(script);
    },
    async startTransaction(isolationLevel) {
      const tx = await adapter.startTransaction(isolationLevel);
      // Both adapters send BEGIN (and SET TRANSACTION) themselves, not through executeRaw.
      // Reported once the transaction has begun: on PGlite it may have waited for another one.
      onQuery("BEGIN");
      if (isolationLevel) onQuery(`SET TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
      return observedTransaction(tx, onQuery);
    },
  };
}

function observedTransaction(tx: Transaction, onQuery: QueryListener): Transaction {
  // With usePhantomQuery the client does not send COMMIT/ROLLBACK itself: the driver does.
  const phantom = tx.options.usePhantomQuery;
  const wrapped: Transaction = {
    ...bindAll(tx),
    options: tx.options,
    queryRaw(query) {
      onQuery(query.sql);
      return tx.queryRaw(query);
    },
    executeRaw(query) {
      onQuery(query.sql);
      return tx.executeRaw(query);
    },
    commit() {
      if (phantom) onQuery("COMMIT");
      return tx.commit();
    },
    rollback() {
      if (phantom) onQuery("ROLLBACK");
      return tx.rollback();
    },
  };
  const savepoint = (method: "createSavepoint" | "rollbackToSavepoint" | "releaseSavepoint", sql: string) => {
    const original = tx[method];
    if (original) {
      wrapped[method] = (name: string) => {
        onQuery(`${sql} ${name}`);
        return original.call(tx, name);
      };
    }
  };
  savepoint("createSavepoint", "SAVEPOINT");
  savepoint("rollbackToSavepoint", "ROLLBACK TO SAVEPOINT");
  savepoint("releaseSavepoint", "RELEASE SAVEPOINT");
  return wrapped;
}

// ---------------------------------------------------------------------------------------------

/** A plain object with the adapter's methods bound to it (class methods do not survive a spread). */
function bindAll<T extends object>(target: T): T {
  const result: Record<string | symbol, unknown> = {};
  let proto: object | null = target;
  while (proto && proto !== Object.prototype) {
    for (const key of Reflect.ownKeys(proto)) {
      if (key === "constructor" || key in result) continue;
      const value = (target as Record<string | symbol, unknown>)[key];
      result[key] = typeof value === "function" ? value.bind(target) : value;
    }
    proto = Object.getPrototypeOf(proto);
  }
  return result as T;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
