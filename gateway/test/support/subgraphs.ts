/**
 * Two tiny real Federation 2 subgraphs over HTTP, composed into a supergraph the way the
 * compose step does it: `items` owns `Item`, `stock` extends it by its key.
 */
import { composeServices } from "@apollo/composition";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { parse } from "graphql";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface SeenRequest {
  authorization?: string;
  requestId?: string;
  query: string;
}

export interface TestSubgraph {
  name: string;
  url: string;
  /** Every GraphQL request this subgraph received, in order. */
  seen: SeenRequest[];
  /** Connections accepted: keep-alive reuse keeps this low. */
  connections: number;
  /** What its /ready answers. */
  readyStatus: number;
  /** How long its slow fields take (stock's `Item.stock`, items' `renameItem`). */
  delayMs: number;
  /** When set, answers every GraphQL request itself instead of the subgraph: a subgraph misbehaving over HTTP. */
  answer: ((res: express.Response) => void) | null;
  stop(): Promise<void>;
}

export interface TestSubgraphs {
  items: TestSubgraph;
  stock: TestSubgraph;
  supergraphSdl: string;
  stop(): Promise<void>;
}

const ITEMS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@tag"])

  type Item @key(fields: "id") @tag(name: "public") {
    id: ID! @tag(name: "public")
    name: String! @tag(name: "public")
    "Nests without end: for the depth limit."
    related: Item @tag(name: "public")
  }

  type Query {
    items: [Item!]! @tag(name: "public")
    item(id: ID!): Item @tag(name: "public")
    "Throws an unexpected error with a secret in its message."
    broken: String
  }

  type Mutation {
    renameItem(id: ID!, name: String!): Item!
  }
`;

const STOCK_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@tag"])

  type Item @key(fields: "id") {
    id: ID!
    "Units in the warehouse; answers after stock.delayMs."
    stock: Int @tag(name: "public")
  }
`;

const ITEMS = [
  { id: "1", name: "Spade" },
  { id: "2", name: "Rake" },
];
const STOCK: Record<string, number> = { "1": 12, "2": 0 };

export async function startSubgraphs(): Promise<TestSubgraphs> {
  const items = await serve("items", ITEMS_SDL, (self) => ({
    Query: {
      items: () => ITEMS,
      item: (_: unknown, { id }: { id: string }) => ITEMS.find((item) => item.id === id) ?? null,
      broken: () => {
        throw new Error("database password is hunter2");
      },
    },
    Mutation: {
      renameItem: async (_: unknown, { id, name }: { id: string; name: string }) => {
        if (self.delayMs > 0) await sleep(self.delayMs);
        return { id, name };
      },
    },
    Item: {
      __resolveReference: (reference: { id: string }) => ITEMS.find((item) => item.id === reference.id) ?? null,
      related: (item: { id: string }) => ITEMS.find((other) => other.id !== item.id),
    },
  }));
  const stock = await serve("stock", STOCK_SDL, (self) => ({
    Item: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      stock: async (item: { id: string }) => {
        if (self.delayMs > 0) await sleep(self.delayMs);
        return STOCK[item.id] ?? null;
      },
    },
  }));
  const supergraphSdl = composeSupergraph([
    { name: items.name, sdl: ITEMS_SDL, url: items.url },
    { name: stock.name, sdl: STOCK_SDL, url: stock.url },
  ]);

  return {
    items,
    stock,
    supergraphSdl,
    stop: async () => {
      await Promise.all([items.stop(), stock.stop()]);
    },
  };
}

/** Composes real subgraphs' SDL into a supergraph, as the compose step does. */
export function composeSupergraph(subgraphs: Array<{ name: string; sdl: string; url: string }>): string {
  const composed = composeServices(subgraphs.map(({ name, sdl, url }) => ({ name, typeDefs: parse(sdl), url })));
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join("\n"));
  return composed.supergraphSdl;
}

/** One real Federation 2 subgraph over HTTP, on a free local port. */
export async function serve(name: string, sdl: string, resolvers: (self: TestSubgraph) => object): Promise<TestSubgraph> {
  const subgraph: TestSubgraph = {
    name,
    url: "",
    seen: [],
    connections: 0,
    readyStatus: 200,
    delayMs: 0,
    answer: null,
    stop: async () => {
      if (!server.listening) return;
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers(subgraph) as never }),
    // A development subgraph: shows its stack traces, which a production gateway must not pass on.
    includeStacktraceInErrorResponses: true,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const app = express();
  const server = http.createServer(app);
  server.on("connection", () => subgraph.connections++);
  app.get("/ready", (_req, res) => {
    res.status(subgraph.readyStatus).json({ status: subgraph.readyStatus === 200 ? "ready" : "unavailable" });
  });
  app.use(
    "/graphql",
    express.json(),
    (req, res, next) => {
      subgraph.seen.push({ authorization: req.get("authorization"), requestId: req.get("x-request-id"), query: req.body?.query });
      if (subgraph.answer) subgraph.answer(res);
      else next();
    },
    expressMiddleware(apollo),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  subgraph.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return subgraph;
}
