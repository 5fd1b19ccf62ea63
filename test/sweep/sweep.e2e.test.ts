/**
 * The bad-input sweep: every malformed value of test/sweep/<subgraph>.ts (one file per subgraph
 * of the registry) sent through the gateway as the consortium's staff, each answered with a clear
 * error naming the field (BAD_USER_INPUT with extensions.field; CONFLICT for a state that does
 * not allow the write; NOT_FOUND for an id that names nothing) that shows no subgraph's address,
 * and not one row written in any table of any subgraph's database.
 */
import { readRegistry } from "@coopgraph/kit";
import { startPlatform, type GraphQLResponse, type Platform } from "@coopgraph/testing";
import fs from "node:fs";
import path from "node:path";
import type { MatrixContext } from "../access/matrix";
import { addressesIn, subgraphAddresses } from "../support/graphql";
import { withValue, type Fixtures, type SubgraphSweep } from "./sweep";

const subgraphs = readRegistry().map((entry) => entry.name);

function loadSweep(name: string): SubgraphSweep {
  const file = path.join(__dirname, `${name}.ts`);
  if (!fs.existsSync(file)) throw new Error(`the ${name} subgraph has no bad-input sweep: write test/sweep/${name}.ts`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(file) as { sweep: SubgraphSweep }).sweep;
}

let platform: Platform;
let counter = 0;
const ctx: MatrixContext = {
  async admin(query, variables = {}) {
    const answer = await platform.query(query, variables, { role: "ADMIN" });
    if (answer.errors?.length) throw new Error(`setup failed: ${JSON.stringify(answer.errors)}\n${query}`);
    return answer.data;
  },
  unique: () => 10_000 + ++counter,
};

beforeAll(async () => {
  platform = await startPlatform(subgraphs, { seed: true });
}, 120_000);
afterAll(() => platform?.stop());

/** Rows of every table of one subgraph's database, by table. */
async function rowCounts(name: string): Promise<Record<string, number>> {
  const db = platform.db[name] as { $queryRawUnsafe<T>(sql: string): Promise<T> };
  const tables = await db.$queryRawUnsafe<{ name: string }[]>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
  const counts: Record<string, number> = {};
  for (const { name: table } of tables) {
    const [{ count }] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}"`);
    counts[table] = Number(count);
  }
  return counts;
}

/** A fixture reference `@name.path` in a case's values, resolved. */
function resolve(value: unknown, fixtures: Fixtures): unknown {
  if (typeof value !== "string" || !value.startsWith("@")) return value;
  return value
    .slice(1)
    .split(".")
    .reduce((node: any, key) => node?.[key], fixtures);
}

interface Failure {
  operation: string;
  path: string;
  value: string;
  expected: { code: string; field: string | null };
  got: unknown;
}

function shown(value: unknown): string {
  const text = typeof value === "symbol" ? "(missing)" : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

it("refuses at least 200 malformed values with a clear error naming the field, and writes nothing", async () => {
  const sweeps = subgraphs.map((name) => ({ name, sweep: loadSweep(name) }));
  const fixtures: Fixtures = {};
  for (const { sweep } of sweeps) Object.assign(fixtures, await sweep.prepare?.(ctx));
  const before = Object.fromEntries(await Promise.all(subgraphs.map(async (name) => [name, await rowCounts(name)] as const)));

  const sends: { operation: string; query: string; variables: Record<string, unknown>; path: string; value: unknown; code: string; field: string | null }[] = [];
  for (const { sweep } of sweeps) {
    for (const [operation, spec] of Object.entries(sweep.operations)) {
      for (const entry of spec.cases) {
        let base = spec.valid(fixtures);
        for (const [at, value] of Object.entries(entry.with ?? {})) base = withValue(base, at, value);
        for (const raw of entry.values) {
          const value = resolve(raw, fixtures);
          sends.push({
            operation,
            query: spec.query,
            variables: withValue(base, entry.path, value),
            path: entry.path,
            value,
            code: entry.code ?? "BAD_USER_INPUT",
            field: entry.field === undefined ? entry.path : entry.field,
          });
        }
      }
    }
  }

  const failures: Failure[] = [];
  const addresses = [...subgraphAddresses(platform.subgraphUrls), "localhost:40"];
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < sends.length) {
        const send = sends[next++];
        const answer: GraphQLResponse = await platform.query(send.query, send.variables, { role: "ADMIN" });
        const [error] = answer.errors ?? [];
        const clear =
          answer.errors?.length === 1 &&
          error.extensions?.code === send.code &&
          (send.field === null ? true : error.extensions?.field === send.field) &&
          // A refused write answers no data; a query may answer the rest of what it asked.
          (!send.query.startsWith("mutation") || !Object.values(answer.data ?? {}).some((value) => value !== null)) &&
          error.message.length >= 10 &&
          addressesIn(answer, addresses).length === 0 &&
          !/internal|unexpected|prisma|invalid `/i.test(error.message);
        if (!clear) {
          failures.push({
            operation: send.operation,
            path: send.path,
            value: shown(send.value),
            expected: { code: send.code, field: send.field },
            got: answer.errors?.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field, message: e.message.slice(0, 200) })) ?? answer.data,
          });
        }
      }
    }),
  );

  if (process.env.SHOW_SWEEP) {
    const byCode: Record<string, number> = {};
    for (const send of sends) {
      const key = `${send.code}${send.field === null ? " (no field)" : ""}`;
      byCode[key] = (byCode[key] ?? 0) + 1;
    }
    console.log(JSON.stringify({ values: sends.length, operations: new Set(sends.map((send) => send.operation)).size, byCode }));
  }
  const after = Object.fromEntries(await Promise.all(subgraphs.map(async (name) => [name, await rowCounts(name)] as const)));
  expect(failures).toEqual([]);
  expect(after).toEqual(before);
  expect(sends.length).toBeGreaterThanOrEqual(200);
}, 300_000);
