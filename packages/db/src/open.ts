import { adapterFactory, openConnection, type Connection, type QueryListener } from "./adapter";
import { deployWith } from "./migrations";
import { parseDatabaseUrl, redactUrl } from "./url";

/** A generated Prisma client class (prisma-client generator), constructed with a driver adapter. */
export type PrismaClientClass<C> = new (options: any) => C;

export interface OpenOptions {
  /** Called with each SQL statement the client sends, transactions included. */
  onQuery?: QueryListener;
  /**
   * Applies the migrations of this folder first, on the same connection: the way to run on
   * `pglite:memory`, whose database lives only as long as its process.
   */
  migrationsDir?: string;
  /**
   * Extra PrismaClient options (log, transactionOptions, …); `adapter` is set by openDatabase.
   * On PGlite `transactionOptions.maxWait` defaults to 10 s: transactions take turns on its one session.
   */
  clientOptions?: Record<string, unknown>;
}

export interface OpenDatabase<C> {
  prisma: C;
  /** Disconnects the client, then ends the pg pool or closes PGlite. Safe to call twice. */
  close(): Promise<void>;
  /** True when the database answers `SELECT 1` within 5 s (for health checks). */
  ping(): Promise<boolean>;
}

type Disconnectable = { $connect(): Promise<void>; $disconnect(): Promise<void> };

/** Opens a generated PrismaClient on a DATABASE_URL and checks that the database answers. */
export async function openDatabase<C>(PrismaClient: PrismaClientClass<C>, url: string, opts: OpenOptions = {}): Promise<OpenDatabase<C>> {
  return openOn(PrismaClient, openConnection(parseDatabaseUrl(url)), redactUrl(url), opts);
}

/** openDatabase on a connection made elsewhere (freshDatabase's template copies). */
export async function openOn<C>(PrismaClient: PrismaClientClass<C>, connection: Connection, label: string, opts: OpenOptions = {}): Promise<OpenDatabase<C>> {
  try {
    // Fail now, with the driver's reason (ECONNREFUSED, database does not exist…), not at the first query.
    await connection.check(10_000);
    if (opts.migrationsDir) await migrate(connection, opts.migrationsDir);
  } catch (error) {
    await connection.close();
    throw new Error(`Cannot open the database ${label}: ${(error as Error).message}`, { cause: error });
  }
  const clientOptions: Record<string, unknown> = { ...opts.clientOptions };
  if (connection.target.kind === "pglite") {
    // One session: a transaction waits for the ones before it, so allow more than Prisma's 2 s.
    clientOptions.transactionOptions = { maxWait: 10_000, ...(clientOptions.transactionOptions as object | undefined) };
  }
  const prisma = new PrismaClient({ ...clientOptions, adapter: adapterFactory(connection, { onQuery: opts.onQuery }) });
  let closing: Promise<void> | undefined;
  return {
    prisma,
    ping: () => connection.ping(),
    close() {
      closing ??= (async () => {
        try {
          await (prisma as unknown as Disconnectable).$disconnect();
        } finally {
          await connection.close();
        }
      })();
      return closing;
    },
  };
}

/**
 * Applies the migrations. On a server, through a connection of its own that is closed afterwards:
 * the schema engine holds a session-level advisory lock that would otherwise stay on a pooled
 * client of the application, and a second replica's deploy would wait for it. PGlite has one
 * session, so it migrates on the connection it keeps.
 */
async function migrate(connection: Connection, migrationsDir: string): Promise<void> {
  if (connection.target.kind === "pglite") {
    await deployWith(adapterFactory(connection), migrationsDir);
    return;
  }
  const own = openConnection(connection.target);
  try {
    await deployWith(adapterFactory(own), migrationsDir);
  } finally {
    await own.close();
  }
}
