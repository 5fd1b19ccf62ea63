import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createAdapter, openDatabase, parseDatabaseUrl, redactUrl } from "../src";
import { freshDatabase } from "../src/testing";
import { admin, emptyServerDatabase, fixtureClient, migrationsDir, schemaPath, serverUrl, type FixtureClientClass } from "./helpers";

let PrismaClient: FixtureClientClass;
beforeAll(() => {
  PrismaClient = fixtureClient();
});

describe("DATABASE_URL", () => {
  it("names a PostgreSQL server, an in-memory PGlite or a PGlite folder", () => {
    expect(parseDatabaseUrl("postgresql://u@db:5432/membership")).toEqual({ kind: "postgres", url: "postgresql://u@db:5432/membership" });
    expect(parseDatabaseUrl("postgres://u@db/membership")).toEqual({ kind: "postgres", url: "postgres://u@db/membership" });
    expect(parseDatabaseUrl("pglite:memory")).toEqual({ kind: "pglite", dataDir: undefined });
    expect(parseDatabaseUrl("pglite:/srv/.data/membership")).toEqual({ kind: "pglite", dataDir: "/srv/.data/membership" });
    expect(parseDatabaseUrl("pglite:.data/membership")).toEqual({ kind: "pglite", dataDir: path.resolve(".data/membership") });
  });

  it("refuses anything else without printing its password", () => {
    expect(() => parseDatabaseUrl("mysql://root:hunter2@db/x")).toThrow(/Unsupported DATABASE_URL .*expected postgresql/);
    expect(() => parseDatabaseUrl("pglite:")).toThrow(/names no PGlite folder/);
    expect(redactUrl("postgresql://coop:hunter2@db:5432/membership")).toBe("postgresql://coop:***@db:5432/membership");
  });
});

describe("createAdapter", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "coopgraph-db-adapter-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("opens a PGlite folder whose parent does not exist yet, answers ping, and closes", async () => {
    const dataDir = path.join(dir, "a", "b", "membership");
    const factory = createAdapter(`pglite:${dataDir}`);
    expect(await factory.ping()).toBe(true);
    const adapter = await factory.connect();
    const result = await adapter.queryRaw({ sql: "SELECT 1 + 1 AS two", args: [], argTypes: [] });
    expect(result.rows).toEqual([[2]]);
    await factory.close();
    expect(await factory.ping()).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
  });

  it("refuses to open a PGlite folder that is already open, until it is closed", async () => {
    const url = `pglite:${path.join(dir, "db")}`;
    const first = createAdapter(url);
    await first.ping();
    const second = createAdapter(url);
    await expect(second.connect()).rejects.toThrow(/is open in process \d+; PGlite allows one process at a time/);
    await first.close();
    const third = createAdapter(url);
    expect(await third.ping()).toBe(true);
    await third.close();
  });

  const backends = [{ name: "PGlite", url: "pglite:memory" }, ...(serverUrl ? [{ name: "PostgreSQL", url: serverUrl }] : [])];
  it.each(backends)('reads PostgreSQL\'s internal "char" type, as catalog queries return it, on $name', async ({ url }) => {
    const factory = createAdapter(url);
    try {
      const adapter = await factory.connect();
      const result = await adapter.queryRaw({
        sql: `SELECT 'p'::"char" AS kind, typtype FROM pg_type WHERE typname = 'int4'`,
        args: [],
        argTypes: [],
      });
      expect(result.rows).toEqual([["p", "b"]]);
    } finally {
      await factory.close();
    }
  });
  // Prisma reads these columns as the adapter hands them over; PGlite's own parsers differ (a
  // numeric would come back as a JavaScript number), so on PGlite this checks that the adapter's
  // parsers apply to every query, the first and the later ones, in and out of a transaction.
  const typed = {
    sql: `SELECT 12.50::numeric AS amount, ARRAY[1.5, 2]::numeric[] AS amounts, '2026-12-04'::date AS day,
            '2026-12-04 10:30:00'::timestamp AS at, '2026-12-04 10:30:00+01'::timestamptz AS atz, '10:30:00'::time AS clock,
            '{"a": [1, "b"]}'::jsonb AS doc, '\\x0102'::bytea AS bytes, 9007199254740993::int8 AS big`,
    args: [],
    argTypes: [],
  };
  const typedRow = ["12.50", ["1.5", "2"], "2026-12-04", "2026-12-04T10:30:00+00:00", "2026-12-04T09:30:00+00:00", "10:30:00", '{"a": [1, "b"]}', [1, 2], "9007199254740993"];
  it.each(backends)("hands Prisma every column type the same way on $name, query after query, in a transaction too", async ({ url }) => {
    const factory = createAdapter(url);
    try {
      const adapter = await factory.connect();
      for (let i = 0; i < 2; i++) expect((await adapter.queryRaw(typed)).rows.map(plain)).toEqual([typedRow]);
      const tx = await adapter.startTransaction();
      expect((await tx.queryRaw(typed)).rows.map(plain)).toEqual([typedRow]);
      await tx.commit();
    } finally {
      await factory.close();
    }
  });
});

/** A row with its byte arrays as plain arrays of numbers, so rows from both drivers compare. */
function plain(row: unknown[]): unknown[] {
  return row.map((value) => (value instanceof Uint8Array ? [...value] : value));
}

describe("openDatabase", () => {
  (serverUrl ? it : it.skip)("migrates on PostgreSQL without leaving the schema engine's lock on the application's pool", async () => {
    const scratch = await emptyServerDatabase(serverUrl!, "cg_lock");
    const db = await openDatabase(PrismaClient, scratch.url, { migrationsDir });
    try {
      await db.prisma.cooperative.count();
      const locks = await admin(scratch.url, (client) => client.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'"));
      expect(locks.rows[0].n).toBe(0);
    } finally {
      await db.close();
      await scratch.drop();
    }
  });

  it("fails with the reason and without the password when the server cannot be reached", async () => {
    await expect(openDatabase(PrismaClient, "postgresql://coop:hunter2@127.0.0.1:1/membership")).rejects.toThrow(
      /^Cannot open the database postgresql:\/\/coop:\*\*\*@127\.0\.0\.1:1\/membership: .*ECONNREFUSED/,
    );
  });
});

describe("onQuery", () => {
  it("counts the statements of a read, which do not grow with the length of the list", async () => {
    const statements: string[] = [];
    const db = await freshDatabase(PrismaClient, { schemaPath, migrationsDir, onQuery: (sql) => statements.push(sql) });
    try {
      const countFor = async (members: number) => {
        await db.prisma.cooperative.create({
          data: {
            name: `Cooperativa da ${members}`,
            members: { create: Array.from({ length: members }, (_, i) => ({ name: `Socio ${i + 1}` })) },
          },
        });
        statements.length = 0;
        const coops = await db.prisma.cooperative.findMany({ include: { members: true } });
        expect(coops.reduce((sum, coop) => sum + coop.members.length, 0)).toBeGreaterThanOrEqual(members);
        return statements.length;
      };
      const few = await countFor(2);
      const many = await countFor(40);
      expect(many).toBe(few);
      expect(few).toBeLessThanOrEqual(2);
    } finally {
      await db.close();
    }
  });
});
