#!/usr/bin/env node
/**
 * The client's build step, from the committed supergraph and the operations in operations/:
 *   schema.graphql              the API schema of schema/supergraph.graphql (what clients may ask)
 *   src/gql/                    graphql-codegen's client preset: result and variable types and a
 *                               typed document per operation
 *   persisted-operations.json   every operation the gateway registers by hash (sha256 of the
 *                               normalised document): these, and the ones subgraphs send each
 *                               other (@coopgraph/clients)
 *   saved-operations.json       the explorer's saved operations: each file's text, its example
 *                               variables, and whether the partner contract can run it
 * All are committed; CI fails when they differ from what this step writes.
 *
 * An operation is one file, operations/<domain>/<OperationName>.graphql, holding one named
 * operation. Its leading comment describes it; a comment line `# variables: {...}` gives the
 * example variables the explorer fills in (they must work against the demo data).
 */
const fs = require("node:fs");
const path = require("node:path");
const { createHash } = require("node:crypto");
const { CUSTOM_SCALARS } = require("@coopgraph/scalars");
const { Supergraph } = require("@apollo/federation-internals");
const { generate } = require("@graphql-codegen/cli");
const { printExecutableGraphQLDocument } = require("@graphql-tools/documents");
const { buildSchema, Kind, parse, printSchema, validate } = require("graphql");

const root = path.join(__dirname, "..");
const repo = path.join(root, "..", "..");
const operationsDir = path.join(root, "operations");
const generatedDir = path.join(root, "src", "gql");

/** What the gateway hashes: the document printed in one canonical form, as the client preset prints it. */
function normalise(text) {
  return printExecutableGraphQLDocument(parse(text));
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

function operationFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return operationFiles(file);
      return entry.name.endsWith(".graphql") ? [file] : [];
    });
}

/** One operation file: its name, domain, description, example variables, and problems found. */
function readOperation(file) {
  const text = fs.readFileSync(file, "utf8");
  const relative = path.relative(root, file).split(path.sep).join("/");
  const document = parse(text);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const expected = path.basename(file, ".graphql");
  if (operations.length !== 1 || document.definitions.length !== 1) {
    throw new Error(`${relative} must hold exactly one operation (and no fragments)`);
  }
  const [operation] = operations;
  if (operation.name?.value !== expected) {
    throw new Error(`${relative} must hold the operation ${expected}, the file's name (found ${operation.name?.value ?? "an anonymous one"})`);
  }
  const header = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("#")) break;
    header.push(line.replace(/^#\s?/, ""));
  }
  let variables;
  const description = [];
  for (const line of header) {
    const match = /^variables:\s*(.*)$/.exec(line);
    if (!match) {
      description.push(line);
      continue;
    }
    try {
      variables = JSON.parse(match[1]);
    } catch (error) {
      throw new Error(`${relative}: the example variables are not JSON: ${error.message}`);
    }
  }
  return {
    name: expected,
    domain: path.basename(path.dirname(file)),
    file: relative,
    kind: operation.operation,
    description: description.join(" ").trim(),
    text,
    document,
    variables,
  };
}

async function main() {
  const supergraphSdl = fs.readFileSync(path.join(repo, "schema", "supergraph.graphql"), "utf8");
  const apiSchema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  const publicSchema = buildSchema(fs.readFileSync(path.join(repo, "schema", "public.graphql"), "utf8"));
  write(path.join(root, "schema.graphql"), printSchema(apiSchema));

  const operations = operationFiles(operationsDir).map(readOperation);
  const problems = operations.flatMap((op) => validate(apiSchema, op.document).map((error) => `${op.file}: ${error.message}`));
  if (problems.length) throw new Error(`operations that do not fit the composed graph:\n${problems.map((p) => `  - ${p}`).join("\n")}`);

  fs.rmSync(generatedDir, { recursive: true, force: true });
  await generate(
    {
      schema: path.join(root, "schema.graphql"),
      documents: operations.map((op) => path.join(root, op.file)),
      silent: true,
      generates: {
        [`${generatedDir}/`]: {
          preset: "client",
          presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
          config: {
            // The graph's custom scalars all travel as strings: Decimal and Rate are exact ("1234.50",
            // "4.125"), Date YYYY-MM-DD, DateTime ISO 8601.
            scalars: Object.fromEntries(Object.keys(CUSTOM_SCALARS).map((name) => [name, "string"])),
            strictScalars: true,
            enumsAsTypes: true,
            useTypeImports: true,
          },
        },
      },
    },
    true,
  );

  // The preset's own manifest covers the front-end's operations; the gateway's also registers the subgraphs'.
  const manifestFile = path.join(generatedDir, "persisted-documents.json");
  const frontEnd = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  fs.rmSync(manifestFile);
  const registered = { ...frontEnd };
  const { operations: serviceOperations } = require("@coopgraph/clients");
  for (const text of serviceOperations.values()) {
    const printed = normalise(text);
    registered[sha256(printed)] = printed;
  }
  for (const [hash, printed] of Object.entries(registered)) {
    if (sha256(printed) !== hash) throw new Error(`the client preset hashed an operation differently from the gateway: ${printed.slice(0, 60)}`);
  }
  write(path.join(root, "persisted-operations.json"), JSON.stringify(sortKeys(registered), null, 2));

  const saved = operations.map((op) => ({
    name: op.name,
    domain: op.domain,
    file: op.file,
    kind: op.kind,
    description: op.description,
    hash: sha256(normalise(op.text)),
    public: op.kind === "query" && validate(publicSchema, op.document).length === 0,
    query: op.text,
    ...(op.variables === undefined ? {} : { variables: op.variables }),
  }));
  for (const op of saved) {
    if (!frontEnd[op.hash]) throw new Error(`${op.file}: the client preset registered it under another hash`);
  }
  write(path.join(root, "saved-operations.json"), JSON.stringify(saved, null, 2));
  process.stdout.write(`client: ${operations.length} operations typed, ${Object.keys(registered).length} registered for the gateway\n`);
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

function write(file, text) {
  fs.writeFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
}

main().catch((error) => {
  process.stderr.write(`client: ${error.message}\n`);
  process.exit(1);
});
