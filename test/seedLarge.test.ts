/**
 * `npm run seed:large` at a tiny scale on the PostgreSQL server of TEST_DATABASE_URL (it loads with
 * COPY, which PGlite does not serve over a connection): the rows it reports are in the databases,
 * every identifier it wrote passes @coopgraph/ids, facts that cross subgraphs agree, the same
 * options write the same rows, and a subgraph started on the databases seeds no demo data into them.
 * The databases are dropped afterwards.
 */
import { openDatabase } from "@coopgraph/db";
import { checkAlboNumber, checkAteco, checkCig, checkCup, checkPartitaIva, checkPersonTaxCode, checkProvince, checkTaxCode, regionOfProvince } from "@coopgraph/ids";
import { readRegistry } from "@coopgraph/kit";
import { builtSubgraph } from "@coopgraph/testing";
import path from "node:path";
import { Client } from "pg";

interface SeedReport {
  databases: Record<string, string>;
  env: Record<string, string>;
  subgraphs: { name: string; database: string; rows: Record<string, number> }[];
  cooperative: { id: string; people: number; assignments: number; enrolments: number; placements: number; invoices: number; loans: number };
  variables: { CooperativeDashboard: { id: string; year: number; month: string } };
}
const { seedLarge } = require("../scripts/seed-large/index") as {
  seedLarge(options: { server: string; prefix: string; scale: number; today?: string }): Promise<SeedReport>;
};

const server = process.env.TEST_DATABASE_URL;
const SCALE = 0.005;
const TODAY = "2026-11-20";
const prefixes = [`cg_seedtest_${process.pid}_a`, `cg_seedtest_${process.pid}_b`];

async function onDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function rowsOf(url: string, sql: string): Promise<Record<string, any>[]> {
  return onDatabase(url, async (client) => (await client.query(sql)).rows);
}

const failures = <T>(rows: T[], check: (row: T) => boolean) => rows.filter((row) => !check(row));

(server ? describe : describe.skip)("the large seed (PostgreSQL)", () => {
  let report: SeedReport;
  let again: SeedReport;
  const url = (name: string) => report.env[`${name.toUpperCase()}_DATABASE_URL`];

  beforeAll(async () => {
    report = await seedLarge({ server: server!, prefix: prefixes[0], scale: SCALE, today: TODAY });
    again = await seedLarge({ server: server!, prefix: prefixes[1], scale: SCALE, today: TODAY });
  }, 300_000);

  afterAll(async () => {
    await onDatabase(server!, async (client) => {
      for (const prefix of prefixes) {
        for (const { name } of readRegistry()) await client.query(`DROP DATABASE IF EXISTS "${prefix}_${name}" WITH (FORCE)`);
      }
    });
  });

  it("writes one database per subgraph of the registry, holding the rows it reports", async () => {
    expect(report.subgraphs.map((s) => s.name)).toEqual(readRegistry().map((s) => s.name));
    for (const subgraph of report.subgraphs) {
      for (const [table, count] of Object.entries(subgraph.rows)) {
        const [{ n }] = await rowsOf(url(subgraph.name), `SELECT count(*)::int AS n FROM "${table}"`);
        expect({ table, n }).toEqual({ table, n: count });
      }
    }
    const rows = Object.fromEntries(report.subgraphs.map((s) => [s.name, s.rows]));
    // 0.5% of the real scale: 2,000 cooperatives, 100,000 people, 30,000 tenders (20,000 won), 200,000 enrolments, 10,000 placements, 50,000 invoices.
    expect(rows.membership.Cooperative).toBe(10);
    expect(rows.membership.Person).toBe(500);
    expect(rows.procurement.Tender).toBe(150);
    expect(rows.procurement.Contract).toBe(100);
    expect(rows.training.Enrolment).toBeGreaterThanOrEqual(1_000);
    expect(rows.inclusion.Placement).toBe(50);
    expect(rows.finance.Invoice).toBeGreaterThanOrEqual(250);
  });

  it("writes the same rows for the same options", async () => {
    for (const { name } of readRegistry()) {
      const digest = async (databaseUrl: string) =>
        onDatabase(databaseUrl, async (client) => {
          const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`)).rows;
          const out: Record<string, string> = {};
          for (const { tablename } of tables) {
            out[tablename] = (await client.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${tablename}" t`)).rows[0].d;
          }
          return out;
        });
      expect(await digest(again.env[`${name.toUpperCase()}_DATABASE_URL`])).toEqual(await digest(url(name)));
    }
  });

  it("writes cooperatives and people whose identifiers pass the checks", async () => {
    const coops = await rowsOf(url("membership"), `SELECT "taxCode", "alboNumber", "type", "province", "region", "atecoCodes" FROM "Cooperative"`);
    expect(failures(coops, (c) => checkPartitaIva(c.taxCode).ok)).toEqual([]);
    expect(failures(coops, (c) => (c.type === "OTHER" ? c.alboNumber === null : checkAlboNumber(c.alboNumber).ok))).toEqual([]);
    expect(failures(coops, (c) => checkProvince(c.province).ok && regionOfProvince(c.province) === c.region)).toEqual([]);
    expect(failures(coops, (c) => c.atecoCodes.length > 0 && c.atecoCodes.every((code: string) => checkAteco(code).ok))).toEqual([]);
    const people = await rowsOf(url("membership"), `SELECT "taxCode" FROM "Person"`);
    expect(failures(people, (p) => checkPersonTaxCode(p.taxCode).ok)).toEqual([]);
    // Share capital: the cooperative's totals are the sums of its entries.
    const capital = await rowsOf(
      url("membership"),
      `SELECT c."id" FROM "Cooperative" c LEFT JOIN "ShareCapitalEntry" e ON e."cooperativeId" = c."id"
       GROUP BY c."id" HAVING c."shareCapitalSubscribed" <> coalesce(sum(e."amount") FILTER (WHERE e."kind" = 'SUBSCRIPTION'), 0)
                           OR c."shareCapitalPaid" <> coalesce(sum(e."amount") FILTER (WHERE e."kind" = 'PAYMENT'), 0)`,
    );
    expect(capital).toEqual([]);
  });

  it("writes tenders with valid codes, lots adding up, and contracts assigned in full to ACTIVE members with a valid DURC", async () => {
    const tenders = await rowsOf(url("procurement"), `SELECT "cig", "cup", "buyerTaxCode" FROM "Tender"`);
    expect(failures(tenders, (t) => checkCig(t.cig).ok && (t.cup === null || checkCup(t.cup).ok) && checkTaxCode(t.buyerTaxCode).ok)).toEqual([]);
    const lots = await rowsOf(
      url("procurement"),
      `SELECT t."id" FROM "Tender" t JOIN "TenderLot" l ON l."tenderId" = t."id" GROUP BY t."id" HAVING sum(l."baseAmount") <> t."baseAmount"`,
    );
    expect(lots).toEqual([]);
    const shares = await rowsOf(
      url("procurement"),
      `SELECT c."id", coalesce(sum(a."sharePercent"), 0)::text AS total FROM "Contract" c LEFT JOIN "Assignment" a ON a."contractId" = c."id" GROUP BY c."id" HAVING coalesce(sum(a."sharePercent"), 0) <> 100`,
    );
    expect(shares).toEqual([]);
    const assignments = await rowsOf(url("procurement"), `SELECT "cooperativeId"::text AS id, "assignedOn"::text AS day FROM "Assignment"`);
    const eligible = await rowsOf(
      url("membership"),
      `SELECT c."id"::text AS id, d."issueDate"::text AS "from", d."validUntil"::text AS "to" FROM "Cooperative" c JOIN "Durc" d ON d."cooperativeId" = c."id" WHERE c."status" = 'ACTIVE'`,
    );
    expect(failures(assignments, (a) => eligible.some((d) => d.id === a.id && d.from <= a.day && a.day <= d.to))).toEqual([]);
  });

  it("refers, from every other subgraph, to membership's cooperatives and people as they are there", async () => {
    const people = new Map((await rowsOf(url("membership"), `SELECT "id"::text AS id, "cooperativeId"::text AS coop FROM "Person"`)).map((p) => [p.id, p.coop]));
    const active = new Set((await rowsOf(url("membership"), `SELECT "id"::text AS id FROM "Cooperative" WHERE "status" = 'ACTIVE'`)).map((c) => c.id));
    const members = new Set((await rowsOf(url("membership"), `SELECT "id"::text AS id FROM "Cooperative" WHERE "admissionDate" IS NOT NULL`)).map((c) => c.id));
    const pairs = [
      ...(await rowsOf(url("training"), `SELECT "personId"::text AS person, "cooperativeId"::text AS coop FROM "Enrolment"`)),
      ...(await rowsOf(url("training"), `SELECT "personId"::text AS person, "cooperativeId"::text AS coop FROM "Certificate"`)),
      ...(await rowsOf(url("inclusion"), `SELECT "personId"::text AS person, "cooperativeId"::text AS coop FROM "Placement"`)),
    ];
    expect(failures(pairs, (p) => people.get(p.person) === p.coop && active.has(p.coop))).toEqual([]);
    const loans = await rowsOf(url("finance"), `SELECT "cooperativeId"::text AS coop FROM "Loan"`);
    expect(failures(loans, (l) => active.has(l.coop))).toEqual([]);
    const invoiced = await rowsOf(url("finance"), `SELECT DISTINCT "customerCooperativeId"::text AS coop FROM "Invoice" WHERE "customerCooperativeId" IS NOT NULL`);
    expect(failures(invoiced, (i) => members.has(i.coop))).toEqual([]);
    const cigs = new Set((await rowsOf(url("procurement"), `SELECT "cig" FROM "Tender"`)).map((t) => t.cig));
    const paInvoices = await rowsOf(url("finance"), `SELECT "cig", "customerTaxCode" FROM "Invoice" WHERE "publicAdministration"`);
    expect(failures(paInvoices, (i) => cigs.has(i.cig) && checkTaxCode(i.customerTaxCode).ok)).toEqual([]);
  });

  it("numbers invoices and certificates per year without gaps, keeps seats within the course, and the fund above zero", async () => {
    const gaps = await rowsOf(url("finance"), `SELECT "year" FROM "Invoice" GROUP BY "year" HAVING max("number") <> count(*) OR min("number") <> 1`);
    expect(gaps).toEqual([]);
    const counters = await rowsOf(url("finance"), `SELECT c."year" FROM "InvoiceCounter" c WHERE c."last" <> (SELECT max("number") FROM "Invoice" i WHERE i."year" = c."year")`);
    expect(counters).toEqual([]);
    const fund = await rowsOf(
      url("finance"),
      `SELECT f."balance"::text AS balance, (SELECT sum("amount") FROM "FundMovement")::text AS total, (SELECT min("balanceAfter") FROM "FundMovement")::text AS lowest FROM "Fund" f`,
    );
    expect(fund[0].balance).toBe(fund[0].total);
    expect(Number(fund[0].lowest)).toBeGreaterThanOrEqual(0);
    const certificateGaps = await rowsOf(url("training"), `SELECT "year" FROM "Certificate" GROUP BY "year" HAVING max("sequence") <> count(*)`);
    expect(certificateGaps).toEqual([]);
    const seats = await rowsOf(
      url("training"),
      `SELECT c."id" FROM "Course" c LEFT JOIN "Enrolment" e ON e."courseId" = c."id" AND e."status" = 'ENROLLED' GROUP BY c."id" HAVING count(e."id") <> c."seatsTaken"`,
    );
    expect(seats).toEqual([]);
  });

  it("fills training's hours rollup through its triggers, equal to the attendance it wrote", async () => {
    const [rollup, attendance] = await Promise.all([
      rowsOf(url("training"), `SELECT "cooperativeId"::text || ' ' || "year" AS key, "hours"::text AS hours FROM "CooperativeTrainingYear" WHERE "hours" <> 0 ORDER BY 1`),
      rowsOf(
        url("training"),
        `SELECT e."cooperativeId"::text || ' ' || extract(year FROM s."date")::int AS key, sum(a."hours")::text AS hours
         FROM "Attendance" a JOIN "Enrolment" e ON e."id" = a."enrolmentId" JOIN "CourseSession" s ON s."id" = a."sessionId"
         GROUP BY 1 HAVING sum(a."hours") <> 0 ORDER BY 1`,
      ),
    ]);
    expect(attendance.length).toBeGreaterThan(0);
    expect(rollup).toEqual(attendance);
  });

  it("names a large cooperative with people, assignments, enrolments, placements, invoices and loans for the dashboard", () => {
    const c = report.cooperative;
    for (const count of [c.people, c.assignments, c.enrolments, c.placements, c.invoices, c.loans]) expect(count).toBeGreaterThan(0);
    expect(report.variables.CooperativeDashboard).toEqual({ id: c.id, year: 2026, month: "2026-11" });
  });

  it("leaves nothing for a subgraph's demo seed to add when it starts on these databases", async () => {
    // A subgraph the large seed has no rows for (one just added with new:subgraph) gets an empty, migrated database.
    const filled = report.subgraphs.filter((s) => Object.keys(s.rows).length > 0).map((s) => s.name);
    expect(filled).toEqual(expect.arrayContaining(["membership", "procurement", "training", "inclusion", "finance"]));
    for (const name of filled) {
      const subgraph = builtSubgraph(name);
      const db = await openDatabase(subgraph.PrismaClient, url(name), { migrationsDir: path.join(subgraph.dir, "prisma", "migrations") });
      try {
        await expect((db.prisma as any).$transaction((tx: unknown) => subgraph.seed!(tx))).resolves.toBeNull();
      } finally {
        await db.close();
      }
    }
  });
});
