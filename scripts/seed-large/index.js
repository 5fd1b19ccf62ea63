const path = require("node:path");
const { performance } = require("node:perf_hooks");
const { Client } = require("pg");
const { migrateDeploy } = require("@coopgraph/db");
const { databaseUrlVariable, readRegistry, today: todayInItaly } = require("@coopgraph/kit");
const { withConstraintsAfter } = require("./copy");
const { fromDate, iso } = require("./days");
const { generateFinance } = require("./finance");
const { generateInclusion, planInclusion } = require("./inclusion");
const { generateMembership } = require("./membership");
const { generateProcurement } = require("./procurement");
const { generateTraining } = require("./training");

const root = path.join(__dirname, "..", "..");

/** What scale 1 writes (at least): the brief's real size of the consortium. */
const FULL = {
  cooperatives: 2_000,
  people: 100_000,
  tenders: 30_000,
  contracts: 20_000,
  groupPurchases: 200,
  enrolments: 200_000,
  placements: 10_000,
  invoices: 50_000,
  loans: 1_500,
};

/** @param {number} scale */
function countsAt(scale) {
  const counts = /** @type {Record<keyof typeof FULL, number>} */ ({});
  for (const [key, value] of Object.entries(FULL)) counts[key] = Math.max(key === "cooperatives" ? 10 : 5, Math.round(value * scale));
  counts.contracts = Math.min(counts.contracts, counts.tenders - 1);
  return counts;
}

/**
 * The generators, in the order their facts are needed: membership's members and people first,
 * then who is placed where (procurement assigns reserved contracts to those meeting the 30% rule).
 */
const GENERATORS = {
  membership: (ctx) => {
    Object.assign(ctx.world, generateMembership(ctx));
    planInclusion(ctx);
    return ctx.world;
  },
  procurement: (ctx) => {
    const out = generateProcurement(ctx);
    ctx.world.contracts = out.contracts;
    return out;
  },
  training: (ctx) => generateTraining(ctx),
  inclusion: (ctx) => generateInclusion(ctx),
  finance: (ctx) => generateFinance(ctx),
};

/**
 * How the large cooperative's rows are counted, per subgraph.
 * @type {Record<string, [string, string][]>}
 */
const OF_THE_COOPERATIVE = {
  membership: [["people", 'SELECT count(*)::int AS n FROM "Person" WHERE "cooperativeId" = $1']],
  procurement: [["assignments", 'SELECT count(*)::int AS n FROM "Assignment" WHERE "cooperativeId" = $1']],
  training: [["enrolments", 'SELECT count(*)::int AS n FROM "Enrolment" WHERE "cooperativeId" = $1']],
  inclusion: [["placements", 'SELECT count(*)::int AS n FROM "Placement" WHERE "cooperativeId" = $1']],
  finance: [
    ["invoices", 'SELECT count(*)::int AS n FROM "Invoice" WHERE "customerCooperativeId" = $1'],
    ["loans", 'SELECT count(*)::int AS n FROM "Loan" WHERE "cooperativeId" = $1'],
  ],
};

function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates (dropping it first) one database `<prefix>_<subgraph>` per subgraph of the registry on
 * the PostgreSQL server, applies its migrations, fills it with the large data set (COPY FROM
 * STDIN, one transaction per database, keys and indexes rebuilt after the rows) and ANALYZEs it. The same options write the same rows.
 *
 * @param {{ server: string, prefix: string, scale: number, today?: string, log?: (line: string) => void }} options
 */
async function seedLarge({ server, prefix, scale, today, log = () => {} }) {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`--prefix ${prefix}: use lower-case letters, digits and _ (a database name prefix)`);
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale ${scale}: give a number above 0, at most 10`);
  const day = today ? fromDate(new Date(`${today}T00:00:00.000Z`)) : fromDate(todayInItaly());
  if (!Number.isFinite(day)) throw new Error(`--today ${today}: give a date as YYYY-MM-DD`);
  const counts = countsAt(scale);
  const ctx = { today: day, counts, scale, world: /** @type {any} */ ({}) };
  const started = performance.now();
  const admin = new Client({ connectionString: server });
  await admin.connect();
  const report = {
    prefix,
    scale,
    today: iso(day),
    databases: /** @type {Record<string, string>} */ ({}),
    env: /** @type {Record<string, string>} */ ({}),
    subgraphs: /** @type {any[]} */ ([]),
  };
  const cooperative = /** @type {Record<string, unknown>} */ ({});
  try {
    for (const { name } of readRegistry()) {
      const database = `${prefix}_${name.replace(/-/g, "_")}`;
      const url = databaseUrl(server, database);
      const t0 = performance.now();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${database}"`);
      const dir = path.join(root, "subgraphs", name);
      await migrateDeploy({ url, schemaPath: path.join(dir, "prisma", "schema.prisma"), migrationsDir: path.join(dir, "prisma", "migrations") });
      const t1 = performance.now();
      const generate = GENERATORS[name];
      const out = generate ? generate(ctx) : { tables: [] };
      const t2 = performance.now();
      const client = new Client({ connectionString: url });
      await client.connect();
      const rows = /** @type {Record<string, number>} */ ({});
      try {
        await client.query("SET synchronous_commit = off");
        await client.query("BEGIN");
        await withConstraintsAfter(
          client,
          out.tables.map((table) => table.name),
          async () => {
            for (const table of out.tables) {
              rows[table.name] = table.count;
              await table.copy(client);
            }
            for (const sql of out.after ?? []) await client.query(sql);
          },
        );
        await client.query("COMMIT");
        const t3 = performance.now();
        await client.query("ANALYZE");
        const t4 = performance.now();
        for (const [key, sql] of OF_THE_COOPERATIVE[name] ?? []) cooperative[key] = (await client.query(sql, [ctx.world.coops[0].id])).rows[0].n;
        const timing = { migrate: (t1 - t0) / 1000, generate: (t2 - t1) / 1000, copy: (t3 - t2) / 1000, analyze: (t4 - t3) / 1000, total: (t4 - t0) / 1000 };
        report.subgraphs.push({ name, database, rows, seconds: timing });
        log(
          `${name.padEnd(12)} ${Object.values(rows)
            .reduce((a, b) => a + b, 0)
            .toLocaleString("en")
            .padStart(10)} rows in ${timing.total.toFixed(1)} s ` +
            `(migrate ${timing.migrate.toFixed(1)}, generate ${timing.generate.toFixed(1)}, copy ${timing.copy.toFixed(1)}, analyze ${timing.analyze.toFixed(1)}): ` +
            Object.entries(rows)
              .map(([table, n]) => `${table} ${n.toLocaleString("en")}`)
              .join(", "),
        );
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        await client.end();
      }
      report.databases[name] = database;
      report.env[databaseUrlVariable(name)] = url;
    }
  } finally {
    await admin.end();
  }
  const large = ctx.world.coops[0];
  return {
    ...report,
    seconds: (performance.now() - started) / 1000,
    cooperative: { id: large.id, name: large.name, taxCode: large.taxCode, type: large.type, province: large.seat.province, ...cooperative },
    // The dashboard's variables (packages/client/operations/across/CooperativeDashboard.graphql): this year and month.
    variables: { CooperativeDashboard: { id: large.id, year: Number(iso(day).slice(0, 4)), month: iso(day).slice(0, 7) } },
  };
}

module.exports = { seedLarge, countsAt, FULL };
