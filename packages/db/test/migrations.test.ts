import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { migrateDeploy, migrateDev, migrateStatus, openDatabase } from "../src";
import { emptyServerDatabase, fixtureClient, INIT_MIGRATION, migrationsDir, schemaPath, scratchCopy, serverUrl, type FixtureClientClass } from "./helpers";

let PrismaClient: FixtureClientClass;
beforeAll(() => {
  PrismaClient = fixtureClient();
});

interface Target {
  url: string;
  cleanup(): Promise<void>;
}

const backends: Array<{ name: string; create(): Promise<Target> }> = [
  {
    name: "PGlite in a folder",
    async create() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coopgraph-db-pglite-"));
      // A parent folder that does not exist yet: PGlite would not create it.
      return { url: `pglite:${path.join(dir, "nested", "db")}`, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
if (serverUrl) {
  const server = serverUrl;
  backends.push({
    name: "PostgreSQL",
    async create() {
      const db = await emptyServerDatabase(server, "migrations");
      return { url: db.url, cleanup: db.drop };
    },
  });
}

describe.each(backends)("migrations on $name", (backend) => {
  let target: Target;
  beforeEach(async () => {
    target = await backend.create();
  });
  afterEach(async () => {
    await target.cleanup();
  });

  it("applies the pending migrations, then reports none pending", async () => {
    const before = await migrateStatus({ url: target.url, schemaPath, migrationsDir });
    expect(before).toEqual({
      migrations: [INIT_MIGRATION],
      applied: [],
      pending: [INIT_MIGRATION],
      failed: [],
      edited: [],
      missing: [],
      upToDate: false,
    });

    expect(await migrateDeploy({ url: target.url, schemaPath, migrationsDir })).toEqual({ applied: [INIT_MIGRATION] });
    expect(await migrateDeploy({ url: target.url, schemaPath, migrationsDir })).toEqual({ applied: [] });

    const after = await migrateStatus({ url: target.url, schemaPath, migrationsDir, checkDrift: true });
    expect(after).toEqual({
      migrations: [INIT_MIGRATION],
      applied: [INIT_MIGRATION],
      pending: [],
      failed: [],
      edited: [],
      missing: [],
      upToDate: true,
    });

    const db = await openDatabase(PrismaClient, target.url);
    try {
      const coop = await db.prisma.cooperative.create({
        data: { name: "Il Girasole", shareCapital: "1250.50", members: { create: [{ name: "Anna" }] } },
        include: { members: true },
      });
      expect(coop.shareCapital.toString()).toBe("1250.5");
      expect(coop.members.map((m) => m.name)).toEqual(["Anna"]);
    } finally {
      await db.close();
    }
  });

  it("reports drift when the database was changed by hand", async () => {
    await migrateDeploy({ url: target.url, schemaPath, migrationsDir });
    const db = await openDatabase(PrismaClient, target.url);
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "Member" ADD COLUMN "nickname" TEXT`);
    await db.close();

    const status = await migrateStatus({ url: target.url, schemaPath, migrationsDir, checkDrift: true });
    expect(status.upToDate).toBe(false);
    expect(status.pending).toEqual([]);
    expect(status.drift).toMatch(/Drift detected[\s\S]*Changed the `Member` table[\s\S]*Added column `nickname`/);
  });

  it("records a failing migration as failed, never as applied, and stops there", async () => {
    const copy = scratchCopy("failing");
    try {
      const broken = "20990101000000_broken";
      fs.mkdirSync(path.join(copy.migrationsDir, broken));
      fs.writeFileSync(path.join(copy.migrationsDir, broken, "migration.sql"), `ALTER TABLE "Nobody" ADD COLUMN "x" INTEGER;\n`);

      await expect(migrateDeploy({ url: target.url, schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir })).rejects.toThrow(/Nobody/);
      const status = await migrateStatus({ url: target.url, schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir });
      expect(status.applied).toEqual([INIT_MIGRATION]);
      expect(status.failed).toEqual([broken]);
      expect(status.upToDate).toBe(false);
      await expect(migrateDeploy({ url: target.url, schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir })).rejects.toThrow(new RegExp(broken));
    } finally {
      copy.cleanup();
    }
  });

  it("sends a migration whole, so a semicolon inside a string or a function body survives", async () => {
    const copy = scratchCopy("semicolons");
    try {
      const name = "20990101000000_member_comment";
      fs.mkdirSync(path.join(copy.migrationsDir, name));
      fs.writeFileSync(
        path.join(copy.migrationsDir, name, "migration.sql"),
        [
          `COMMENT ON TABLE "Member" IS 'members; the people of a cooperative';`,
          `CREATE FUNCTION "member_count"() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM "Member"; $$;`,
          "",
        ].join("\n"),
      );
      const { applied } = await migrateDeploy({ url: target.url, schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir });
      expect(applied).toEqual([INIT_MIGRATION, name]);

      const db = await openDatabase(PrismaClient, target.url);
      try {
        const rows = await db.prisma.$queryRawUnsafe<Array<{ comment: string; members: bigint }>>(
          `SELECT obj_description('"Member"'::regclass, 'pg_class') AS comment, "member_count"() AS members`,
        );
        expect(rows).toEqual([{ comment: "members; the people of a cooperative", members: 0n }]);
      } finally {
        await db.close();
      }
    } finally {
      copy.cleanup();
    }
  });
});

describe("migrations on an in-memory PGlite", () => {
  it("applies them to a new in-memory database each time", async () => {
    expect(await migrateDeploy({ url: "pglite:memory", schemaPath, migrationsDir })).toEqual({ applied: [INIT_MIGRATION] });
    expect(await migrateDeploy({ url: "pglite:memory", schemaPath, migrationsDir })).toEqual({ applied: [INIT_MIGRATION] });
  });

  it("applies them on the connection openDatabase keeps, when given migrationsDir", async () => {
    const db = await openDatabase(PrismaClient, "pglite:memory", { migrationsDir });
    try {
      await db.prisma.cooperative.create({ data: { name: "La Quercia" } });
      const rows = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string }>>(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
      expect(rows).toEqual([{ migration_name: INIT_MIGRATION }]);
      expect(await db.prisma.cooperative.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
});

describe("migrateDev", () => {
  let copy: ReturnType<typeof scratchCopy>;
  beforeEach(() => {
    copy = scratchCopy("dev");
  });
  afterEach(() => copy.cleanup());

  it("reports no changes when the migrations already produce the schema", async () => {
    const result = await migrateDev({ schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir, name: "nothing" });
    expect(result).toEqual({ sql: "", applied: [] });
    expect(fs.readdirSync(copy.migrationsDir).sort()).toEqual([INIT_MIGRATION, "migration_lock.toml"]);
  });

  it("writes a migration for a schema change in the native CLI's format, then reports no changes", async () => {
    const schema = fs.readFileSync(copy.schemaPath, "utf8");
    fs.writeFileSync(copy.schemaPath, schema.replace("  name          String\n", "  name          String\n  email         String?\n"));
    fs.rmSync(path.join(copy.migrationsDir, "migration_lock.toml"));

    const result = await migrateDev({ schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir, name: "Add memberEmail" });
    expect(result.created).toMatch(/^\d{14}_add_member_email$/);
    expect(result.sql).toBe(`-- AlterTable\nALTER TABLE "Member" ADD COLUMN     "email" TEXT;\n`);
    expect(result.applied).toEqual([]);
    expect(fs.readdirSync(copy.migrationsDir).sort()).toEqual([INIT_MIGRATION, result.created, "migration_lock.toml"]);
    expect(fs.readFileSync(path.join(copy.migrationsDir, result.created!, "migration.sql"), "utf8")).toBe(result.sql);
    expect(fs.readFileSync(path.join(copy.migrationsDir, "migration_lock.toml"), "utf8")).toBe(fs.readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8"));

    expect(await migrateDev({ schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir, name: "again" })).toEqual({
      sql: "",
      applied: [],
    });
  });

  it("applies the pending migrations and the new one when given a database", async () => {
    const url = `pglite:${path.join(copy.dir, "db")}`;
    const schema = fs.readFileSync(copy.schemaPath, "utf8");
    fs.writeFileSync(copy.schemaPath, schema.replace("  name          String\n", "  name          String\n  email         String?\n"));

    const result = await migrateDev({ url, schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir, name: "member email" });
    expect(result.applied).toEqual([INIT_MIGRATION, result.created]);
    const status = await migrateStatus({ url, schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir, checkDrift: true });
    expect(status).toMatchObject({ applied: [INIT_MIGRATION, result.created], pending: [], upToDate: true });
  });

  it("refuses a name without letters or digits", async () => {
    await expect(migrateDev({ schemaPath: copy.schemaPath, migrationsDir: copy.migrationsDir, name: "  --  " })).rejects.toThrow(/needs a migration name/);
  });
});
