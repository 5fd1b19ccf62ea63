import type { Prisma } from "./fixture/src/generated/client";
import { freshDatabase, type FreshDatabase } from "../src/testing";
import { fixtureClient, migrationsDir, schemaPath, serverUrl, sleep, type FixtureClient, type FixtureClientClass } from "./helpers";

let PrismaClient: FixtureClientClass;
beforeAll(() => {
  PrismaClient = fixtureClient();
});

const backend = serverUrl ? "PostgreSQL" : "PGlite";

describe(`interactive transactions on ${backend}`, () => {
  let db: FreshDatabase<FixtureClient>;
  let statements: string[];
  beforeEach(async () => {
    statements = [];
    db = await freshDatabase(PrismaClient, { schemaPath, migrationsDir, onQuery: (sql) => statements.push(sql) });
  });
  afterEach(() => db.close());

  it("keeps share capital exact when concurrent transactions lock the row with SELECT … FOR UPDATE", async () => {
    const coop = await db.prisma.cooperative.create({ data: { name: "Il Girasole" } });
    const subscribe = (amount: string) =>
      db.prisma.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<Array<{ shareCapital: Prisma.Decimal }>>`
          SELECT "shareCapital" FROM "Cooperative" WHERE id = ${coop.id} FOR UPDATE`;
        await sleep(20); // long enough for the others to try
        await tx.cooperative.update({ where: { id: coop.id }, data: { shareCapital: row!.shareCapital.plus(amount) } });
      });
    await Promise.all(Array.from({ length: 8 }, () => subscribe("25.10")));
    const after = await db.prisma.cooperative.findUniqueOrThrow({ where: { id: coop.id } });
    expect(after.shareCapital.toString()).toBe("200.8");
  });

  it("rolls back a failed transaction and lets the next one run", async () => {
    const failing = db.prisma.$transaction(async (tx) => {
      await tx.cooperative.create({ data: { name: "Fantasma" } });
      throw new Error("the admission was refused");
    });
    const next = db.prisma.$transaction((tx) => tx.cooperative.create({ data: { name: "La Quercia" } }));
    await expect(failing).rejects.toThrow("the admission was refused");
    await next;
    expect((await db.prisma.cooperative.findMany()).map((c) => c.name)).toEqual(["La Quercia"]);
  });

  it("rolls back a transaction whose statement failed, and reports the database's error", async () => {
    await db.prisma.cooperative.create({ data: { name: "Il Girasole" } });
    const duplicate = db.prisma.$transaction(async (tx) => {
      await tx.member.create({ data: { name: "Anna", cooperative: { create: { name: "Nuova" } } } });
      await tx.cooperative.create({ data: { name: "Il Girasole" } });
    });
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
    expect(await db.prisma.member.count()).toBe(0);
    expect(await db.prisma.cooperative.count()).toBe(1);
  });

  it("runs at the isolation level asked for", async () => {
    const level = await db.prisma.$transaction((tx) => tx.$queryRawUnsafe<Array<{ transaction_isolation: string }>>("SHOW transaction_isolation"), {
      isolationLevel: "Serializable",
    });
    expect(level).toEqual([{ transaction_isolation: "serializable" }]);
  });

  it("nests transactions through savepoints: an inner failure undoes only the inner work", async () => {
    statements.length = 0;
    await db.prisma.$transaction(async (tx) => {
      await tx.cooperative.create({ data: { name: "Il Girasole" } });
      // Interactive transaction clients nest at runtime; the generated types do not say so.
      const nested = tx as unknown as { $transaction<T>(work: (inner: typeof tx) => Promise<T>): Promise<T> };
      await expect(
        nested.$transaction(async (inner) => {
          await inner.cooperative.create({ data: { name: "Fantasma" } });
          throw new Error("the admission was refused");
        }),
      ).rejects.toThrow("the admission was refused");
      await nested.$transaction((inner) => inner.cooperative.create({ data: { name: "La Quercia" } }));
    });
    expect((await db.prisma.cooperative.findMany({ orderBy: { name: "asc" } })).map((c) => c.name)).toEqual(["Il Girasole", "La Quercia"]);
    expect(statements.slice(0, 11).map((sql) => sql.replace(/^(INSERT|SELECT) .*/, "$1"))).toEqual([
      "BEGIN",
      "INSERT",
      "SAVEPOINT prisma_sp_0",
      "INSERT",
      "ROLLBACK TO SAVEPOINT prisma_sp_0",
      "RELEASE SAVEPOINT prisma_sp_0",
      "SAVEPOINT prisma_sp_1",
      "INSERT",
      "RELEASE SAVEPOINT prisma_sp_1",
      "COMMIT",
      "SELECT",
    ]);
  });

  it("reports each statement of a transaction to onQuery, BEGIN and COMMIT included", async () => {
    statements.length = 0;
    await db.prisma.$transaction(async (tx) => {
      await tx.cooperative.create({ data: { name: "Il Girasole" } });
      await tx.cooperative.count();
    });
    expect(statements.map((sql) => sql.split(" ")[0])).toEqual(["BEGIN", "INSERT", "SELECT", "COMMIT"]);
  });
});

(serverUrl ? describe.skip : describe)("PGlite's single session", () => {
  let db: FreshDatabase<FixtureClient>;
  let statements: string[];
  beforeEach(async () => {
    statements = [];
    db = await freshDatabase(PrismaClient, { schemaPath, migrationsDir, onQuery: (sql) => statements.push(sql) });
  });
  afterEach(() => db.close());

  it("runs concurrent interactive transactions one after the other, never interleaving their statements", async () => {
    const coop = await db.prisma.cooperative.create({ data: { name: "Il Girasole" } });
    statements.length = 0;
    // Read, wait, write: interleaved on one session, the reads would all see 0 and updates be lost.
    const addMember = (name: string) =>
      db.prisma.$transaction(async (tx) => {
        const members = await tx.member.count({ where: { cooperativeId: coop.id } });
        await sleep(30);
        await tx.member.create({ data: { name: `${name} (${members + 1})`, cooperativeId: coop.id } });
      });
    const outside = (async () => {
      await sleep(10);
      return db.prisma.member.count();
    })();
    await Promise.all([addMember("Anna"), addMember("Bruno"), addMember("Carla"), outside]);

    const numbers = (await db.prisma.member.findMany()).map((m) => m.name.match(/\((\d)\)/)![1]).sort();
    expect(numbers).toEqual(["1", "2", "3"]);
    // BEGIN … COMMIT blocks, each closed before the next opens; the query from outside sits between.
    let open = false;
    for (const sql of statements) {
      if (sql === "BEGIN") {
        expect(open).toBe(false);
        open = true;
      } else if (sql === "COMMIT") {
        expect(open).toBe(true);
        open = false;
      }
    }
    expect(statements.filter((sql) => sql === "BEGIN")).toHaveLength(3);
    expect(await outside).toBeLessThanOrEqual(3);
  });
});
