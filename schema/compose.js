#!/usr/bin/env node
/**
 * The compose step: prints every subgraph's SDL from its built schema, composes the supergraph
 * with @apollo/composition, and derives the partner contract (every element no subgraph tags
 * `@tag(name: "public")` is marked @inaccessible, mutations always). Writes, committed:
 *   schema/subgraphs/<name>.graphql   each subgraph's SDL
 *   schema/supergraph.graphql         what the gateway serves
 *   schema/public-supergraph.graphql  what the gateway serves to partners on /public/graphql
 *   schema/public.graphql             the partners' API schema, to read
 * Fails loudly, writing nothing, on any composition error.
 */
const fs = require("node:fs");
const path = require("node:path");
const { composeServices } = require("@apollo/composition");
const { parse, print, printSchema, visit, Kind } = require("graphql");
const { contractTypeDefs } = require("./contract");

async function main() {
  const registry = JSON.parse(fs.readFileSync(path.join(__dirname, "subgraphs.json"), "utf8"));
  const subgraphs = [];
  for (const entry of registry) {
    const app = require(`${entry.package}/dist/app`);
    const { sdl } = await app.schema();
    subgraphs.push({ name: entry.name, url: entry.url, sdl });
  }

  const full = compose(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })), "supergraph");
  const contractDefs = contractTypeDefs(subgraphs.map((s) => ({ name: s.name, typeDefs: parse(s.sdl) })));
  const contract = compose(subgraphs.map((s, i) => ({ name: s.name, url: s.url, typeDefs: contractDefs[i] })), "public contract");

  const outDir = path.join(__dirname, "subgraphs");
  fs.mkdirSync(outDir, { recursive: true });
  for (const s of subgraphs) write(path.join(outDir, `${s.name}.graphql`), s.sdl);
  write(path.join(__dirname, "supergraph.graphql"), full.supergraphSdl);
  write(path.join(__dirname, "public-supergraph.graphql"), contract.supergraphSdl);
  write(path.join(__dirname, "public.graphql"), printSchema(contract.schema.toAPISchema().toGraphQLJSSchema()));
  process.stdout.write(`composed ${subgraphs.map((s) => s.name).join(", ")} into schema/supergraph.graphql and the public contract\n`);
}

function compose(services, what) {
  const result = composeServices(services);
  if (result.errors && result.errors.length) {
    const lines = result.errors.map((e) => `  - ${e.extensions && e.extensions.code ? `[${e.extensions.code}] ` : ""}${e.message}`);
    throw new Error(`composition of the ${what} failed:\n${lines.join("\n")}`);
  }
  return result;
}

function write(file, text) {
  fs.writeFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
}

main().catch((error) => {
  process.stderr.write(`compose: ${error.message}\n`);
  process.exit(1);
});
