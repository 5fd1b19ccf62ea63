/**
 * The operations `npm run bench` sends: saved client operations (packages/client/operations) with
 * the variables of their `# variables:` comment, or of a JSON file (`--variables`, from
 * `npm run seed:large`), and the subgraph each one belongs to whole, if any (sent straight to it too).
 */
const fs = require("node:fs");
const path = require("node:path");
const { isDeepStrictEqual } = require("node:util");

const root = path.join(__dirname, "..", "..");

/** @typedef {{ name: string, label: string, file: string, query: string, variables: Record<string, unknown>, subgraph?: string }} Operation */

const OPERATIONS = [
  { label: "coop dashboard, every subgraph", file: "across/CooperativeDashboard.graphql" },
  { label: "directory page", file: "membership/CooperativeDirectory.graphql", subgraph: "membership" },
  { label: "tender search", file: "procurement/TendersByStatus.graphql", subgraph: "procurement" },
  { label: "inclusion statistics", file: "inclusion/InclusionStats.graphql", subgraph: "inclusion" },
  { label: "consortium compliance", file: "membership/ConsortiumCompliance.graphql", subgraph: "membership" },
];

/**
 * Variables for an operation from the seed's JSON: `{ "<OperationName>": { ...variables } }`, or a
 * value under a variable's own name (`{ "id": …, "year": … }`) for every operation that declares it,
 * also under `variables`; the dashboard's `$id` is also read from `coopId` / `cooperativeId`.
 * @param {string} name @param {string[]} declared @param {any} json
 */
function variablesFromJson(name, declared, json) {
  const sources = [json, json?.variables].filter((s) => s && typeof s === "object");
  /** @type {Record<string, unknown>} */
  const variables = {};
  for (const source of sources) {
    for (const variable of declared) if (source[variable] !== undefined) variables[variable] = source[variable];
    if (name === "CooperativeDashboard") {
      const id = source.coopId ?? source.cooperativeId;
      if (id !== undefined && variables.id === undefined) variables.id = id;
    }
    if (source[name] && typeof source[name] === "object") Object.assign(variables, source[name]);
  }
  return variables;
}

/** @param {{ only?: string[], variablesFile?: string }} options @returns {Operation[]} */
function loadOperations(options = {}) {
  const json = options.variablesFile ? JSON.parse(fs.readFileSync(options.variablesFile, "utf8")) : undefined;
  return OPERATIONS.map((entry) => {
    const query = fs.readFileSync(path.join(root, "packages", "client", "operations", entry.file), "utf8");
    const name = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    if (!name) throw new Error(`${entry.file}: no named operation`);
    const comment = /^#\s*variables:\s*(\{.*\})\s*$/m.exec(query);
    const declared = [...query.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]);
    const variables = { ...(comment ? JSON.parse(comment[1]) : {}), ...(json ? variablesFromJson(name, declared, json) : {}) };
    return { ...entry, name, query, variables };
  }).filter((op) => !options.only?.length || options.only.includes(op.name));
}

/**
 * Where two answers differ (objects by key, lists in order): up to `limit` lines `path: a ≠ b`.
 * @param {unknown} a @param {unknown} b
 */
function differences(a, b, at = "data", out = /** @type {string[]} */ ([]), limit = 10) {
  if (out.length >= limit || isDeepStrictEqual(a, b)) return out;
  const show = (v) => (v === undefined ? "(absent)" : JSON.stringify(v).slice(0, 120));
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${at}: ${a.length} items ≠ ${b.length} items`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], `${at}.${i}`, out, limit);
  } else if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[key], b[key], `${at}.${key}`, out, limit);
  } else {
    out.push(`${at}: ${show(a)} ≠ ${show(b)}`);
  }
  return out;
}

module.exports = { loadOperations, differences, OPERATIONS };
