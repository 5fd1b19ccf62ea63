import { createGateway, silentLogger, type RunningGateway } from "@coopgraph/gateway";
import { operations as serviceOperations } from "@coopgraph/clients";
import { demoId, readRegistry } from "@coopgraph/kit";
import { builtSubgraph, startPlatform, type Platform } from "@coopgraph/testing";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ConsortiumComplianceDocument, CooperativePageDocument, execute, persistedRequest, TendersByStatusDocument } from "../src";

/**
 * The client against the real platform: every subgraph there is, each with its demo data, behind
 * the real gateway on the committed supergraph. Each example operation runs by its registered
 * hash; the typed documents type what comes back.
 */
const packageDir = path.join(__dirname, "..");
const saved = JSON.parse(fs.readFileSync(path.join(packageDir, "saved-operations.json"), "utf8")) as Array<{
  name: string;
  public: boolean;
  hash: string;
  variables?: Record<string, unknown>;
}>;
const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, "persisted-operations.json"), "utf8")) as Record<string, string>;

let platform: Platform;
let admin: string;
let partner: string;

beforeAll(async () => {
  const names = readRegistry().map((subgraph) => subgraph.name);
  platform = await startPlatform(names);
  for (const name of names) await builtSubgraph(name).seed?.(platform.db[name]);
  admin = await platform.token({ role: "ADMIN" });
  partner = await platform.token({ role: "PARTNER" });
}, 180_000);

afterAll(async () => {
  await platform?.stop();
});

describe("the example operations", () => {
  it.each(saved.map((operation) => [operation.name, operation] as const))("%s runs by its hash against the demo data, with no error", async (_name, operation) => {
    const response = await fetch(`${platform.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify({ variables: operation.variables ?? {}, extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } } }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };

    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {}).every((value) => value !== null)).toBe(true);
  });

  it.each(saved.filter((operation) => operation.public).map((operation) => [operation.name, operation] as const))(
    "%s runs on the public contract too, as a partner",
    async (_name, operation) => {
      const response = await fetch(`${platform.url}/public/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${partner}` },
        body: JSON.stringify({ query: manifest[operation.hash], variables: operation.variables ?? {} }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };

      expect(body.errors).toBeUndefined();
      expect(body.data).toBeDefined();
    },
  );
});

describe("a typed document", () => {
  it("brings back the answer its types describe: a cooperative's page across membership and procurement", async () => {
    const { data, errors } = await execute(`${platform.url}/graphql`, CooperativePageDocument, { id: demoId("cooperative", 2) }, { token: admin });

    expect(errors).toBeUndefined();
    const cooperative = data?.cooperative;
    expect(cooperative).toMatchObject({ name: "La Rondine Società Cooperativa Sociale", type: "B", status: "ACTIVE", province: "TO" });
    // Typed: a Decimal is a string, an enum a union of its values, a connection its nodes.
    const shares: string[] = cooperative!.assignments!.nodes.map((assignment) => assignment.sharePercent);
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.every((share) => /^\d+\.\d{2}$/.test(share))).toBe(true);
  });

  it("runs sent as text too", async () => {
    const { data } = await execute(`${platform.url}/graphql`, ConsortiumComplianceDocument, {}, { token: admin, persisted: false });

    expect(data?.consortiumCompliance).toMatchObject({ threshold: "0.70", compliant: true });
  });

  it("is sent as its registered hash by persistedRequest", () => {
    const request = persistedRequest(TendersByStatusDocument, { status: ["PUBLISHED"] });

    expect(request).toEqual({
      operationName: "TendersByStatus",
      variables: { status: ["PUBLISHED"] },
      extensions: { persistedQuery: { version: 1, sha256Hash: saved.find((operation) => operation.name === "TendersByStatus")!.hash } },
    });
  });

  it("type-checks what a screen does with it, and refuses what does not fit the schema", () => {
    const file = path.join(packageDir, "test", "fixtures", "screen.ts");
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      types: [],
      skipLibCheck: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => `${diagnostic.file ? path.basename(diagnostic.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`);

    expect(problems).toEqual([]);
  });
});

describe("with PERSISTED_OPERATIONS_ONLY", () => {
  let only: RunningGateway;

  beforeAll(async () => {
    only = await createGateway({
      supergraphSdl: fs.readFileSync(path.join(packageDir, "..", "..", "schema", "supergraph.graphql"), "utf8"),
      subgraphUrls: platform.subgraphUrls,
      identity: platform.identity,
      persistedOperationsOnly: true,
      port: 0,
      host: "127.0.0.1",
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await only?.stop();
  });

  it("the front-end's operations run by hash", async () => {
    const { data, errors } = await execute(`${only.url}/graphql`, ConsortiumComplianceDocument, {}, { token: admin });

    expect(errors).toBeUndefined();
    expect(data?.consortiumCompliance.members).toBeGreaterThan(0);
  });

  it("the operations subgraphs send each other are registered too", async () => {
    const service = await platform.token({ role: "SERVICE", sub: "procurement" });
    expect(serviceOperations.size).toBeGreaterThan(0);

    for (const [name, query] of serviceOperations) {
      const response = await fetch(`${only.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${service}` },
        body: JSON.stringify({ query, variables: {} }),
      });
      const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      // Their variables are missing here: graphql refuses them, but the gateway took them for registered operations.
      expect([name, body.errors?.map((error) => error.extensions?.code)]).not.toEqual([name, ["PERSISTED_QUERY_NOT_IN_LIST"]]);
    }
  });

  it("anything else is refused", async () => {
    const response = await fetch(`${only.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: "{ consortiumCompliance { members compliant } }" }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };

    expect(response.status).toBe(400);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_IN_LIST"]);
  });
});
