#!/usr/bin/env node
/**
 * Partners rely on schema/public.graphql. A change that breaks it (a field removed, a type
 * changed, an argument made required...) must be said out loud: this check compares it with the
 * accepted contract, schema/public.accepted.graphql, and fails on breaking changes.
 *   node schema/contract-check.js                   check (CI)
 *   node schema/contract-check.js --accept "why"    accept the current contract, recording why in
 *                                                   schema/CONTRACT-CHANGES.md
 * Additions are not breaking: they pass and are folded into the accepted contract on --accept.
 */
const fs = require("node:fs");
const path = require("node:path");
const { buildSchema, findBreakingChanges } = require("graphql");

const current = path.join(__dirname, "public.graphql");
const accepted = path.join(__dirname, "public.accepted.graphql");
const changelog = path.join(__dirname, "CONTRACT-CHANGES.md");

/** What breaks for a partner going from the accepted contract's SDL to the current one. */
function breakingChangesBetween(acceptedSdl, currentSdl) {
  return findBreakingChanges(buildSchema(acceptedSdl), buildSchema(currentSdl));
}

function breakingChanges() {
  if (!fs.existsSync(accepted)) {
    throw new Error("schema/public.accepted.graphql is missing: run node schema/contract-check.js --accept to create it");
  }
  return breakingChangesBetween(fs.readFileSync(accepted, "utf8"), fs.readFileSync(current, "utf8"));
}

function main() {
const acceptAt = process.argv.indexOf("--accept");
if (acceptAt !== -1) {
  const why = (process.argv[acceptAt + 1] || "").trim();
  const changes = fs.existsSync(accepted) ? breakingChanges() : [];
  if (changes.length && !why) {
    process.stderr.write("contract: say why the partner contract breaks: --accept \"reason\"\n");
    process.exit(2);
  }
  if (changes.length) {
    const entry = [`## ${new Date().toISOString().slice(0, 10)}: ${why}`, ...changes.map((c) => `- ${c.type}: ${c.description}`), ""].join("\n");
    fs.appendFileSync(changelog, (fs.existsSync(changelog) ? "\n" : "# Breaking changes to the partner contract\n\n") + entry);
  }
  fs.copyFileSync(current, accepted);
  process.stdout.write(`contract: accepted schema/public.graphql${changes.length ? ` with ${changes.length} breaking change(s) recorded` : ""}\n`);
} else {
  const changes = breakingChanges();
  if (changes.length) {
    process.stderr.write(
      [
        "contract: schema/public.graphql breaks the accepted partner contract:",
        ...changes.map((c) => `  - ${c.type}: ${c.description}`),
        'If this is intended, run: node schema/contract-check.js --accept "why partners must change" and commit the result.',
        "",
      ].join("\n"),
    );
    process.exit(1);
  }
  process.stdout.write("contract: the partner contract has no breaking change\n");
}
}

module.exports = { breakingChangesBetween };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`contract: ${error.message}\n`);
    process.exit(1);
  }
}
