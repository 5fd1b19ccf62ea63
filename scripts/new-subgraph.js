#!/usr/bin/env node
/**
 * `npm run new:subgraph -- <name>`: a new, minimal, working subgraph from scripts/templates/subgraph
 * (one entity with its type, loader, command and resolver, a seed, one end-to-end test):
 *   1. writes subgraphs/<name>/ from the template, and its rows of the access matrix and values of
 *      the bad-input sweep (test/access/<name>.ts, test/sweep/<name>.ts, from scripts/templates/tests);
 *   2. adds it to subgraphs/registry.json with the next free port, and to schema/package.json
 *      (so the compose step builds after it);
 *   3. `npm install` links the new workspace;
 *   4. writes its first migration from prisma/schema.prisma, offline (`migrate:dev --create-only --name init`).
 * Then `npm run build` composes it into the supergraph and `npx jest subgraphs/<name>` runs its test.
 * Removing it: delete subgraphs/<name>/, test/access/<name>.ts, test/sweep/<name>.ts, and its lines
 * in subgraphs/registry.json and schema/package.json.
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const TEMPLATE = path.join(__dirname, "templates", "subgraph");
const NAME = /^[a-z][a-z0-9-]{1,30}$/;

/** `purchasing-groups` → `{ name: "purchasing-groups", Name: "PurchasingGroups", camel: "purchasingGroups" }`. */
function namesOf(name) {
  const Name = name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
  return { name, Name, camel: Name.charAt(0).toLowerCase() + Name.slice(1) };
}

/** The template's text with its placeholders (`__name__`, `__Name__`, `__camel__`) filled in. */
function fill(text, names) {
  return text.replaceAll("__Name__", names.Name).replaceAll("__camel__", names.camel).replaceAll("__name__", names.name);
}

/**
 * Writes the template for `name` into `target` (file names are filled in too); returns the files written.
 * @param {string} name
 * @param {string} target
 */
function renderTemplate(name, target) {
  const names = namesOf(name);
  const written = [];
  const copy = (from, to) => {
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const destination = path.join(to, fill(entry.name, names));
      if (entry.isDirectory()) {
        fs.mkdirSync(destination, { recursive: true });
        copy(source, destination);
      } else {
        fs.writeFileSync(destination, fill(fs.readFileSync(source, "utf8"), names));
        written.push(path.relative(target, destination));
      }
    }
  };
  fs.mkdirSync(target, { recursive: true });
  copy(TEMPLATE, target);
  return written.sort();
}

/**
 * The registry with `name` added: the next port after the highest one, a database of its own.
 * @param {{ name: string, package: string, port: number, database: string }[]} registry
 * @param {string} name
 */
function withEntry(registry, name) {
  if (registry.some((entry) => entry.name === name)) throw new Error(`${name} is already in subgraphs/registry.json`);
  const port = Math.max(4000, ...registry.map((entry) => entry.port)) + 1;
  return [...registry, { name, package: `@coopgraph/${name}`, port, database: name.replace(/-/g, "_") }];
}

/** One line per subgraph, as the registry is written by hand. */
function printRegistry(registry) {
  return `[\n${registry.map((entry) => `  ${JSON.stringify(entry).replace(/,"/g, ', "').replace(/":/g, '": ').replace(/^\{/, "{ ").replace(/\}$/, " }")}`).join(",\n")}\n]\n`;
}

function main(argv) {
  const name = argv[0];
  if (!name || argv.length > 1) throw new Error("usage: npm run new:subgraph -- <name>   (lower case letters, digits and -, e.g. training)");
  if (!NAME.test(name)) throw new Error(`"${name}" is not a subgraph name: lower case letters, digits and -, starting with a letter`);
  const dir = path.join(root, "subgraphs", name);
  if (fs.existsSync(dir)) throw new Error(`subgraphs/${name} already exists`);

  const registryFile = path.join(root, "subgraphs", "registry.json");
  const registry = withEntry(JSON.parse(fs.readFileSync(registryFile, "utf8")), name);
  const schemaPackageFile = path.join(root, "schema", "package.json");
  const schemaPackage = JSON.parse(fs.readFileSync(schemaPackageFile, "utf8"));

  const files = renderTemplate(name, dir);
  // Its rows in the access matrix and its values in the bad-input sweep: both tests cover every
  // subgraph of the registry, so the new one has its own from the start.
  for (const kind of ["access", "sweep"]) {
    const file = path.join(root, "test", kind, `${name}.ts`);
    fs.writeFileSync(file, fill(fs.readFileSync(path.join(__dirname, "templates", "tests", `${kind}.ts`), "utf8"), namesOf(name)));
    files.push(path.relative(dir, file));
  }
  fs.writeFileSync(registryFile, printRegistry(registry));
  schemaPackage.dependencies[`@coopgraph/${name}`] = "0.1.0";
  fs.writeFileSync(schemaPackageFile, `${JSON.stringify(schemaPackage, null, 2)}\n`);
  const entry = registry[registry.length - 1];
  process.stdout.write(`new:subgraph: wrote subgraphs/${name}/ (${files.length} files); port ${entry.port} and database ${entry.database} in subgraphs/registry.json\n`);

  const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: "inherit" });
  run("npm", ["install", "--no-audit", "--no-fund"], root);
  run(process.execPath, [path.join(root, "packages", "db", "dist", "cli.js"), "dev", "--create-only", "--name", "init"], dir);
  process.stdout.write(`\nnew:subgraph: ${name} is ready. Next: npm run build && npx jest subgraphs/${name}; npm start serves it.\n`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`new:subgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

module.exports = { namesOf, renderTemplate, withEntry, printRegistry };
