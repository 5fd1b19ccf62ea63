/**
 * Procurement dies under load and comes back. Real processes: procurement is `node
 * subgraphs/procurement/dist/index.js` on a fresh database, killed with SIGKILL and started
 * again; the gateway is `node gateway/dist/index.js`; membership runs in the test. A bounded
 * load loop on the loopback (four callers, at most MAX_REQUESTS requests or MAX_MS, whichever
 * comes first) classifies every answer: the right data, or the right partial data with an error
 * naming procurement; anything else is wrong data and fails the test.
 */
import { freshDatabase } from "@coopgraph/db/testing";
import { demoId } from "@coopgraph/kit";
import { builtSubgraph, startPlatform, type GraphQLResponse, type Platform } from "@coopgraph/testing";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startService, type Service } from "./support/processes";

const MAX_REQUESTS = 6_000;
const MAX_MS = 120_000;
const CALLERS = 4;
const HEAL_WITHIN_MS = 5_000;

const MEMBERSHIP_ONLY = "{ cooperatives(first: 3) { nodes { id name } } }";
const BOTH = `{ cooperative(id: "${demoId("cooperative", 5)}") { name assignments { totalCount } } }`;
const PROCUREMENT_ONLY = "{ tenders(first: 2, filter: { status: [CONTRACT_SIGNED] }) { totalCount } }";
const KINDS = { membershipOnly: MEMBERSHIP_ONLY, both: BOTH, procurementOnly: PROCUREMENT_ONLY } as const;
type Kind = keyof typeof KINDS;

let platform: Platform;
let procurementDb: { url: string; close(): Promise<void> } | undefined;
let pgliteDir: string | undefined;
let procurement: Service | undefined;
let gateway: Service | undefined;
let procurementEnv: Record<string, string>;
let gatewayUrl: string;

beforeAll(async () => {
  const procurementPort = await freePort();
  const gatewayPort = await freePort();
  gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const procurementUrl = `http://127.0.0.1:${procurementPort}/graphql`;
  platform = await startPlatform(["membership"], { seed: true, subgraphUrls: { procurement: procurementUrl } });

  let databaseUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    const module = builtSubgraph("procurement");
    const fresh = await freshDatabase(module.PrismaClient, {
      schemaPath: path.join(module.dir, "prisma", "schema.prisma"),
      migrationsDir: path.join(module.dir, "prisma", "migrations"),
    });
    // The child process is the database's only user: the test's own client is closed at once.
    await (fresh.prisma as { $disconnect(): Promise<void> }).$disconnect();
    procurementDb = fresh;
    databaseUrl = fresh.url;
  } else {
    pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "coopgraph-procurement-"));
    databaseUrl = `pglite:${pgliteDir}`;
  }
  procurementEnv = { DATABASE_URL: databaseUrl, PORT: String(procurementPort), HOST: "127.0.0.1", GATEWAY_URL: gatewayUrl, SEED_DEMO_DATA: "true", NODE_ENV: "test" };
  procurement = startService("subgraphs/procurement/dist/index.js", procurementEnv, /"msg":"serving"/, 120_000);
  gateway = startService(
    "gateway/dist/index.js",
    { PORT: String(gatewayPort), HOST: "127.0.0.1", SUBGRAPH_URL_MEMBERSHIP: platform.subgraphUrls.membership, SUBGRAPH_URL_PROCUREMENT: procurementUrl, NODE_ENV: "test" },
    /"msg":"GraphQL at /,
  );
  await Promise.all([procurement.ready, gateway.ready]);
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await procurement?.stop();
  await platform?.stop();
  await procurementDb?.close();
  if (pgliteDir) fs.rmSync(pgliteDir, { recursive: true, force: true });
});

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await platform.token({ role: "ADMIN" })}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Errors as a client reads them: every one must name procurement as unavailable, and carry no address. */
function namesProcurementDown(answer: GraphQLResponse): boolean {
  const text = JSON.stringify(answer);
  return (
    (answer.errors?.length ?? 0) > 0 &&
    answer.errors!.every((error) => error.extensions?.code === "SUBGRAPH_UNAVAILABLE" && error.extensions?.serviceName === "procurement") &&
    !text.includes("127.0.0.1") &&
    !text.includes(procurementEnv.PORT)
  );
}

it("answers membership alone while procurement is down, partial data naming procurement where both are asked, refuses writes, and heals after its restart", async () => {
  const healthy = {} as Record<Kind, GraphQLResponse>;
  for (const [kind, query] of Object.entries(KINDS) as [Kind, string][]) {
    healthy[kind] = await ask(query);
    expect(healthy[kind].errors).toBeUndefined();
  }
  expect(healthy.both.data.cooperative.assignments.totalCount).toBeGreaterThan(0);
  const degraded: Record<Kind, (answer: GraphQLResponse) => boolean> = {
    membershipOnly: () => false,
    both: (answer) =>
      JSON.stringify(answer.data) === JSON.stringify({ cooperative: { name: healthy.both.data.cooperative.name, assignments: null } }) && namesProcurementDown(answer),
    procurementOnly: (answer) => answer.data === null && namesProcurementDown(answer),
  };
  const same = (a: GraphQLResponse, b: GraphQLResponse) => JSON.stringify({ data: a.data, errors: a.errors }) === JSON.stringify({ data: b.data, errors: b.errors });

  // The load: every answer is right, or rightly partial; counted by phase.
  type Phase = "up" | "down" | "back";
  let phase: Phase = "up";
  let readyAt = Infinity;
  const seen = { up: { healthy: 0, degraded: 0 }, down: { healthy: 0, degraded: 0 }, back: { healthy: 0, degraded: 0 } };
  const healedAfterRestart = new Set<Kind>();
  const wrong: { kind: Kind; phase: Phase; answer: unknown }[] = [];
  let sent = 0;
  let stop = false;
  const started = Date.now();
  const bounded = () => !stop && sent < MAX_REQUESTS && Date.now() - started < MAX_MS;
  const kinds = Object.keys(KINDS) as Kind[];
  const callers = Array.from({ length: CALLERS }, async (_, caller) => {
    for (let i = caller; bounded(); i++) {
      const kind = kinds[i % kinds.length];
      sent += 1;
      const at = Date.now();
      const answer = await ask(KINDS[kind]).catch((error: unknown) => ({ status: 0, transportError: String(error) }) as GraphQLResponse);
      if (same(answer, healthy[kind])) {
        seen[phase].healthy += 1;
        if (at >= readyAt) healedAfterRestart.add(kind);
      } else if (degraded[kind](answer)) {
        seen[phase].degraded += 1;
      } else {
        wrong.push({ kind, phase, answer });
      }
    }
  });
  const until = async (what: string, condition: () => boolean, withinMs = MAX_MS) => {
    const deadline = Date.now() + withinMs;
    while (!condition()) {
      if (!bounded() || Date.now() > deadline) throw new Error(`${what}: not seen in time (${JSON.stringify(seen)}, ${sent} sent, wrong: ${JSON.stringify(wrong.slice(0, 3))})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  try {
    await until("healthy answers before the kill", () => seen.up.healthy >= 60);

    phase = "down";
    await procurement!.stop("SIGKILL");
    await until("partial answers while procurement is down", () => seen.down.degraded >= 60);

    const cig = "K000000042";
    const write = await ask("mutation ($input: CreateTenderInput!) { createTender(input: $input) { id } }", {
      input: {
        cig,
        title: "Sfalcio dei cigli stradali",
        object: "SERVICES",
        procedure: "OPEN",
        buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
        baseAmount: "50000.00",
        deadline: "2030-01-31",
      },
    });
    expect(write).toEqual({
      status: 200,
      data: null,
      errors: [
        { message: "the procurement service could not be reached (ECONNREFUSED): nothing was written", extensions: { code: "SERVICE_UNAVAILABLE", serviceName: "procurement" } },
      ],
    });

    phase = "back";
    procurement = startService("subgraphs/procurement/dist/index.js", procurementEnv, /"msg":"serving"/, 120_000);
    await procurement.ready;
    readyAt = Date.now();
    await until("the graph healed after procurement's restart", () => kinds.every((kind) => healedAfterRestart.has(kind)), HEAL_WITHIN_MS);
    const healedSeen = seen.back.healthy;
    await until("healthy answers after the restart", () => seen.back.healthy >= healedSeen + 60);

    // Nothing of the refused write reached procurement's database.
    const search = await ask("query ($cig: String) { tenders(filter: { search: $cig }) { totalCount } }", { cig });
    expect(search.data).toEqual({ tenders: { totalCount: 0 } });
  } finally {
    stop = true;
    await Promise.all(callers);
  }

  if (process.env.SHOW_LOAD) console.log(JSON.stringify({ sent, seen }));
  expect(wrong).toEqual([]);
  expect(sent).toBeLessThanOrEqual(MAX_REQUESTS + CALLERS);
  expect(seen.up.degraded).toBe(0);
  expect(seen.down.degraded).toBeGreaterThanOrEqual(60);
  expect(gateway!.running()).toBe(true);
  expect(gateway!.output()).not.toMatch(/could not start|Unhandled|uncaught/i);
  expect((await fetch(`${gatewayUrl}/health`)).status).toBe(200);
}, 240_000);
