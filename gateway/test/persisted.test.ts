import { printExecutableGraphQLDocument } from "@graphql-tools/documents";
import { parse } from "graphql";
import { createHash } from "node:crypto";
import type { RunningGateway } from "../src/gateway";
import { operationHash } from "../src/persisted";
import { gatewayOver } from "./support/gateway";
import { postGraphQL } from "./support/http";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

/** A registered operation, as @coopgraph/client's build writes it: normalised text under its sha256. */
const REGISTERED = printExecutableGraphQLDocument(parse("query ItemNames { items { id name } }"));
const HASH = createHash("sha256").update(REGISTERED).digest("hex");
const UNKNOWN_HASH = "0".repeat(64);
const ITEM_NAMES = {
  data: {
    items: [
      { id: "1", name: "Spade" },
      { id: "2", name: "Rake" },
    ],
  },
};

let subgraphs: TestSubgraphs;
let open: RunningGateway;
let only: RunningGateway;

beforeAll(async () => {
  subgraphs = await startSubgraphs();
  const manifest = { [HASH]: REGISTERED };
  open = await gatewayOver(subgraphs, { persistedOperations: manifest });
  only = await gatewayOver(subgraphs, { persistedOperations: manifest, persistedOperationsOnly: true });
});

afterAll(async () => {
  await Promise.all([open?.stop(), only?.stop()]);
  await subgraphs?.stop();
});

beforeEach(() => {
  subgraphs.items.seen.length = 0;
});

const byHash = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });

describe("the hash of an operation", () => {
  it("is that of its normalised text: layout, comments and field order do not change it", () => {
    expect(operationHash("query ItemNames { items { id name } }")).toBe(HASH);
    expect(operationHash("# the names\nquery ItemNames {\n  items {\n    name\n    id\n  }\n}\n")).toBe(HASH);
    expect(operationHash("query ItemNames { items { id } }")).not.toBe(HASH);
  });
});

describe("registered operations, by default", () => {
  it("run when sent by hash (Apollo's persisted-query extension)", async () => {
    const answer = await postGraphQL(`${open.url}/graphql`, byHash(HASH) as never);

    expect(answer.body).toEqual(ITEM_NAMES);
  });

  it("run when sent by documentId", async () => {
    const answer = await postGraphQL(`${open.url}/graphql`, { documentId: HASH } as never);

    expect(answer.body).toEqual(ITEM_NAMES);
  });

  it("sit beside any other operation sent as text", async () => {
    const answer = await postGraphQL(`${open.url}/graphql`, { query: "{ items { id } }" });

    expect(answer.body).toEqual({ data: { items: [{ id: "1" }, { id: "2" }] } });
  });

  it("leave an unknown hash to automatic persisted queries: the client is asked for the text once, then the hash is enough", async () => {
    const query = "{ items { name } }";
    const hash = createHash("sha256").update(query).digest("hex");

    const first = await postGraphQL(`${open.url}/graphql`, byHash(hash) as never);
    expect(first.body.errors?.map((error) => error.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    const withText = await postGraphQL(`${open.url}/graphql`, { query, ...byHash(hash) } as never);
    expect(withText.body).toEqual({ data: { items: [{ name: "Spade" }, { name: "Rake" }] } });
    const again = await postGraphQL(`${open.url}/graphql`, byHash(hash) as never);
    expect(again.body).toEqual(withText.body);
  });

  it("refuse an unknown documentId", async () => {
    const answer = await postGraphQL(`${open.url}/graphql`, { documentId: UNKNOWN_HASH } as never);

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [{ message: `No operation is registered under the documentId ${UNKNOWN_HASH}.`, extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
    });
  });
});

describe("with PERSISTED_OPERATIONS_ONLY", () => {
  const NOT_IN_LIST =
    "This endpoint runs registered operations only (PERSISTED_OPERATIONS_ONLY), and this operation is not one of them: send the hash of an operation of @coopgraph/client (extensions.persistedQuery.sha256Hash).";

  it("runs a registered operation sent by hash", async () => {
    const answer = await postGraphQL(`${only.url}/graphql`, byHash(HASH) as never);

    expect(answer.body).toEqual(ITEM_NAMES);
  });

  it("runs a registered operation sent as text, however it is laid out", async () => {
    const answer = await postGraphQL(`${only.url}/graphql`, { query: "query ItemNames {\n  items { name id }\n}" });

    expect(answer.body).toEqual({
      data: {
        items: [
          { name: "Spade", id: "1" },
          { name: "Rake", id: "2" },
        ],
      },
    });
  });

  it("refuses any other operation before calling a subgraph", async () => {
    const answer = await postGraphQL(`${only.url}/graphql`, { query: "{ items { id name stock } }" });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ message: NOT_IN_LIST, extensions: { code: "PERSISTED_QUERY_NOT_IN_LIST" } }] });
    expect(subgraphs.items.seen).toEqual([]);
  });

  it("refuses an unknown hash, and registering one with its text", async () => {
    const query = "{ items { stock } }";
    const hash = createHash("sha256").update(query).digest("hex");

    for (const body of [byHash(hash), { query, ...byHash(hash) }]) {
      const answer = await postGraphQL(`${only.url}/graphql`, body as never);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_IN_LIST"]);
    }
    expect(subgraphs.items.seen).toEqual([]);
  });

  it("refuses a batch holding one operation that is not registered", async () => {
    const response = await fetch(`${only.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([byHash(HASH), { query: "{ items { id } }" }]),
    });

    expect(response.status).toBe(400);
    expect(subgraphs.items.seen).toEqual([]);
  });

  it("applies to GET requests too", async () => {
    const get = (search: Record<string, string>) => fetch(`${only.url}/graphql?${new URLSearchParams(search)}`, { headers: { "apollo-require-preflight": "true" } });

    const refused = await get({ query: "{ items { id } }" });
    expect(refused.status).toBe(400);
    const byHashOverGet = await get({ extensions: JSON.stringify(byHash(HASH).extensions) });
    expect(await byHashOverGet.json()).toEqual(ITEM_NAMES);
  });

  it("leaves the public contract as it is", async () => {
    const contract = await gatewayOver(subgraphs, { publicSupergraphSdl: subgraphs.supergraphSdl, persistedOperationsOnly: true, persistedOperations: {} });
    try {
      const answer = await postGraphQL(`${contract.url}/public/graphql`, { query: "{ items { id } }" });
      expect(answer.body).toEqual({ data: { items: [{ id: "1" }, { id: "2" }] } });
    } finally {
      await contract.stop();
    }
  });
});
