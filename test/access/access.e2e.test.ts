/**
 * The access matrix as a test: every row of test/access/<subgraph>.ts, for every role, through
 * the gateway, and every entity field also straight to each subgraph that resolves it, through
 * `_entities`, so that no field is reachable by a side path. One platform with every subgraph of
 * the registry, seeded with its demo data; many small requests.
 */
import { readRegistry } from "@coopgraph/kit";
import { startPlatform, type Platform } from "@coopgraph/testing";
import type { GraphQLSchema } from "graphql";
import {
  CALLERS,
  coverage,
  D,
  entitiesOperation,
  gatewayOperation,
  loadMatrix,
  outcomeOf,
  readSupergraph,
  ROLES,
  subgraphSchema,
  type CoveredField,
  type MatrixContext,
  type Operation,
  type RoleColumn,
} from "./matrix";

const supergraph = readSupergraph();
const matrix = loadMatrix();
const fields = supergraph.fields();

describe("the access matrix's rows", () => {
  it("cover every query, mutation and entity field of the supergraph, with no row for a field that is gone", () => {
    expect(coverage(supergraph, matrix.rows)).toEqual({ missing: [], stale: [] });
  });

  it("name the field whose row is missing, and the row whose field no longer exists", () => {
    const rows = new Map(matrix.rows);
    rows.delete("Tender.notes");
    rows.set("Tender.secretNotes", rows.get("Tender.cig")!);

    expect(coverage(supergraph, rows)).toEqual({ missing: ["Tender.notes"], stale: ["Tender.secretNotes"] });
  });
});

describe("every role on every field", () => {
  let platform: Platform;
  let counter = 0;
  const schemas = new Map<string, GraphQLSchema>();
  const ctx: MatrixContext = {
    async admin(query, variables = {}) {
      const answer = await platform.query(query, variables, { role: "ADMIN" });
      if (answer.errors?.length) throw new Error(`setup failed: ${JSON.stringify(answer.errors)}\n${query}`);
      return answer.data;
    },
    unique: () => ++counter,
  };

  beforeAll(async () => {
    platform = await startPlatform(
      readRegistry().map((entry) => entry.name),
      { seed: true },
    );
    for (const name of Object.keys(platform.subgraphUrls)) schemas.set(name, subgraphSchema(name));
  }, 120_000);
  afterAll(() => platform?.stop());

  interface Mismatch {
    field: string;
    role: RoleColumn;
    via: string;
    expected: string;
    got: string;
    errors?: string[];
  }

  async function send(operation: Operation, role: RoleColumn, subgraph?: string) {
    const answer = await platform.query(operation.query, operation.variables, CALLERS[role], subgraph ? { subgraph } : {});
    return { outcome: outcomeOf(answer), errors: answer.errors?.map((error) => `${error.extensions?.code}: ${error.message}`) };
  }

  /** Runs `work` over `items`, `width` at a time. */
  async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < items.length) await work(items[next++]);
      }),
    );
  }

  it("gets exactly its row through the gateway, and no data through _entities where its row gives none", async () => {
    const mismatches: Mismatch[] = [];
    let requests = 0;
    const checks: { covered: CoveredField; role: RoleColumn }[] = [];
    for (const covered of fields.filter((field) => field.kind !== "mutation")) {
      for (const role of ROLES) checks.push({ covered, role });
    }
    await pool(checks, 8, async ({ covered, role }) => {
      const expected = matrix.rows.get(covered.name)!.row[ROLES.indexOf(role)];
      const viaGateway = await send(await gatewayOperation(covered, matrix, ctx), role);
      requests += 1;
      if (viaGateway.outcome !== expected) mismatches.push({ field: covered.name, role, via: "gateway", expected, got: viaGateway.outcome, errors: viaGateway.errors });
      if (covered.kind !== "entity") return;
      // A key is the representation itself: a subgraph that only extends the entity echoes back the id it was sent, telling nothing.
      const echoes = (name: string) => supergraph.keyFields(covered.type).has(covered.field.name) && name !== matrix.rows.get(covered.name)!.subgraph;
      for (const subgraph of covered.subgraphs.filter((name) => supergraph.entitySubgraphs(covered.type).includes(name) && !echoes(name))) {
        const direct = await send(await entitiesOperation(covered, matrix, ctx, schemas.get(subgraph)!), role, subgraph);
        requests += 1;
        // The side path may refuse differently (null, FORBIDDEN...), but never gives what the row does not.
        if ((direct.outcome === D) !== (expected === D)) {
          mismatches.push({ field: covered.name, role, via: `_entities of ${subgraph}`, expected: expected === D ? D : "no data", got: direct.outcome, errors: direct.errors });
        }
      }
    });

    // Writes: each attempt on its own fresh data; refusals first, so a success changes nothing they see.
    const mutations = fields.filter((field) => field.kind === "mutation");
    await pool(mutations, 3, async (covered) => {
      const row = matrix.rows.get(covered.name)!.row;
      const order = [...ROLES].sort((a, b) => Number(row[ROLES.indexOf(a)] === D) - Number(row[ROLES.indexOf(b)] === D));
      for (const role of order) {
        const expected = row[ROLES.indexOf(role)];
        const answer = await send(await gatewayOperation(covered, matrix, ctx), role);
        requests += 1;
        if (answer.outcome !== expected) mismatches.push({ field: covered.name, role, via: "gateway", expected, got: answer.outcome, errors: answer.errors });
      }
    });

    expect(mismatches).toEqual([]);
    expect(requests).toBeGreaterThan(fields.length * ROLES.length);
  }, 300_000);
});
