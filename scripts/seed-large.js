#!/usr/bin/env node
/**
 * `npm run seed:large`: one database per subgraph on a PostgreSQL server, `<prefix>_<subgraph>`
 * (dropped first if it exists), migrated and filled with a consortium at real scale (scale 1: 2,000
 * cooperatives, 100,000 people, 30,000 tenders, 20,000 contracts, 200,000 enrolments, 10,000
 * placements, 50,000 invoices), then ANALYZEd. Same options, same rows. Prints the rows and time
 * per subgraph, the <NAME>_DATABASE_URL lines for `npm start`, and the large cooperative the bench
 * asks for; writes all of it as JSON to --out.
 *   npm run seed:large -- --postgres postgresql://postgres@127.0.0.1:5432/postgres [--prefix coopgraph_large] [--scale 1] [--today YYYY-MM-DD] [--out .data/seed-large.json]
 */
const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");
const { seedLarge } = require("./seed-large/index");

const { values } = parseArgs({
  options: {
    postgres: { type: "string" },
    prefix: { type: "string", default: "coopgraph_large" },
    scale: { type: "string", default: "1" },
    today: { type: "string" },
    out: { type: "string", default: path.join(__dirname, "..", ".data", "seed-large.json") },
  },
});

async function main() {
  if (!values.postgres) throw new Error("give the PostgreSQL server: --postgres postgresql://postgres@127.0.0.1:5432/postgres");
  const result = await seedLarge({ server: values.postgres, prefix: values.prefix, scale: Number(values.scale), today: values.today, log: (line) => console.log(line) });
  fs.mkdirSync(path.dirname(values.out), { recursive: true });
  fs.writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  const c = /** @type {Record<string, unknown>} */ (result.cooperative);
  console.log(
    [
      "",
      `seeded in ${result.seconds.toFixed(1)} s (scale ${result.scale}, today ${result.today}); written to ${path.relative(process.cwd(), values.out) || values.out}`,
      `large cooperative ${c.id} "${c.name}" (type ${c.type}, ${c.province}): ${c.people} people, ${c.assignments} assignments, ${c.enrolments} enrolments, ` +
        `${c.placements} placements, ${c.invoices} invoices, ${c.loans} loans`,
      `CooperativeDashboard variables: ${JSON.stringify(result.variables.CooperativeDashboard)}`,
      "",
      "Start the platform on these databases (demo data is not seeded into them: they are not empty):",
      `  ${Object.entries(result.env)
        .map(([k, v]) => `${k}=${v}`)
        .join(" \\\n  ")} \\\n  npm start`,
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(`seed:large: ${error.stack ?? error.message}`);
  process.exit(1);
});
