#!/usr/bin/env node
/**
 * The compose step: prints every subgraph's SDL from its built schema, composes the supergraph
 * with @apollo/composition, and derives the partner contract (every element no subgraph tags
 * `@tag(name: "public")` is marked @inaccessible, mutations always). Writes, committed:
 *   schema/subgraphs/<name>.graphql   each subgraph's SDL
 *   schema/supergraph.graphql         what the gateway serves
 *   schema/public-supergraph.graphql  what the gateway serves to partners on /public/graphql
 *   schema/public.graphql             the partners' API schema, to read
 *   docker-compose.yml, scripts/postgres-init.sql   from subgraphs/registry.json
 * Fails loudly, writing nothing, on any composition error, and when an operation one subgraph
 * sends another (@coopgraph/clients) is not valid against the composed graph.
 */
const fs = require("node:fs");
const path = require("node:path");
const { composeServices } = require("@apollo/composition");
const { parse, printSchema } = require("graphql");
const { readRegistry, localSubgraphUrl, repoRoot } = require("@coopgraph/kit");
const { checkOperations } = require("@coopgraph/clients");
const { contractTypeDefs } = require("./contract");
const { dockerCompose, postgresInit } = require("./platform-files");

async function main() {
  const registry = readRegistry();
  const subgraphs = [];
  for (const entry of registry) {
    const { subgraph } = require(entry.package);
    if (!subgraph || subgraph.name !== entry.name) throw new Error(`${entry.package} does not export the subgraph ${entry.name} from its src/app.ts`);
    const { sdl } = await subgraph.schema();
    subgraphs.push({ name: entry.name, url: localSubgraphUrl(entry), sdl });
  }

  const full = compose(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })),
    "supergraph",
  );
  const contractDefs = contractTypeDefs(subgraphs.map((s) => ({ name: s.name, typeDefs: parse(s.sdl) })));
  const contract = compose(
    subgraphs.map((s, i) => ({ name: s.name, url: s.url, typeDefs: contractDefs[i] })),
    "public contract",
  );

  const problems = checkOperations(full.schema.toAPISchema().toGraphQLJSSchema());
  if (problems.length) throw new Error(`operations subgraphs send each other do not fit the composed graph:\n${problems.map((p) => `  - ${p}`).join("\n")}`);

  const outDir = path.join(__dirname, "subgraphs");
  fs.mkdirSync(outDir, { recursive: true });
  for (const s of subgraphs) write(path.join(outDir, `${s.name}.graphql`), s.sdl);
  // A subgraph taken out of the registry takes its SDL with it.
  for (const file of fs.readdirSync(outDir)) {
    if (file.endsWith(".graphql") && !subgraphs.some((s) => `${s.name}.graphql` === file)) fs.rmSync(path.join(outDir, file));
  }
  write(path.join(__dirname, "supergraph.graphql"), full.supergraphSdl);
  write(path.join(__dirname, "public-supergraph.graphql"), contract.supergraphSdl);
  write(path.join(__dirname, "public.graphql"), printSchema(contract.schema.toAPISchema().toGraphQLJSSchema()));
  write(path.join(repoRoot, "docker-compose.yml"), dockerCompose(registry));
  write(path.join(repoRoot, "scripts", "postgres-init.sql"), postgresInit(registry));
  process.stdout.write(`composed ${subgraphs.map((s) => s.name).join(", ")} into schema/supergraph.graphql and the public contract\n`);
}

/**
 * @param {Parameters<typeof composeServices>[0]} services
 * @param {string} what
 * @returns {import("@apollo/composition").CompositionSuccess}
 */
function compose(services, what) {
  const result = composeServices(services);
  if (result.errors) {
    const lines = result.errors.map((e) => `  - ${e.extensions?.code ? `[${e.extensions.code}] ` : ""}${e.message}`);
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
