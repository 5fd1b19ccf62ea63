import * as fs from "node:fs";
import { migrateStatus } from "../src";
import { freshDatabase } from "../src/testing";
import { admin, fixtureClient, migrationsDir, schemaPath, scratchCopy, serverUrl, type FixtureClientClass } from "./helpers";

let PrismaClient: FixtureClientClass;
beforeAll(() => {
  PrismaClient = fixtureClient();
});

const backend = serverUrl ? "PostgreSQL (TEST_DATABASE_URL)" : "in-memory PGlite";

describe(`freshDatabase on ${backend}`, () => {
  it("gives each caller its own migrated, empty database", async () => {
    const first = await freshDatabase(PrismaClient, { schemaPath, migrationsDir });
    const second = await freshDatabase(PrismaClient, { schemaPath, migrationsDir });
    try {
      await first.prisma.cooperative.create({ data: { name: "Il Girasole" } });
      await second.prisma.cooperative.create({ data: { name: "La Quercia" } });
      expect((await first.prisma.cooperative.findMany()).map((c) => c.name)).toEqual(["Il Girasole"]);
      expect((await second.prisma.cooperative.findMany()).map((c) => c.name)).toEqual(["La Quercia"]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("reports calls per SQL statement through onQuery", async () => {
    const statements: string[] = [];
    const db = await freshDatabase(PrismaClient, { schemaPath, migrationsDir, onQuery: (sql) => statements.push(sql) });
    try {
      await db.prisma.cooperative.findMany();
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/^SELECT .* FROM "public"\."Cooperative"/);
    } finally {
      await db.close();
    }
  });

  it("refuses migrations that do not produce the schema, and says what to run", async () => {
    const copy = scratchCopy("stale");
    try {
      const schema = fs.readFileSync(copy.schemaPath, "utf8");
      fs.writeFileSync(copy.schemaPath, schema.replace("  name          String\n", "  name          String\n  email         String?\n"));
      await expect(freshDatabase(PrismaClient, { schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir })).rejects.toThrow(
        /has changes that no migration .* makes: create one with `npm run migrate:dev -- --name <name>`[\s\S]*ADD COLUMN\s+"email"/,
      );
    } finally {
      copy.cleanup();
    }
  });
});

(serverUrl ? describe : describe.skip)("freshDatabase on PostgreSQL", () => {
  it("copies a migrated template and drops the copy on close", async () => {
    const db = await freshDatabase(PrismaClient, { schemaPath, migrationsDir });
    const name = new URL(db.url).pathname.slice(1);
    expect(name).toMatch(/^cg_test_fixture_/);
    const status = await migrateStatus({ url: db.url, schemaPath, migrationsDir });
    expect(status).toMatchObject({ pending: [], upToDate: true });
    await db.close();
    const left = await admin(serverUrl!, (client) => client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]));
    expect(left.rowCount).toBe(0);
    const templates = await admin(serverUrl!, (client) =>
      client.query<{ datallowconn: boolean }>("SELECT datallowconn FROM pg_database WHERE datname LIKE 'cg\\_tpl\\_fixture\\_%'"),
    );
    expect(templates.rows).toEqual([{ datallowconn: false }]);
  });
});
