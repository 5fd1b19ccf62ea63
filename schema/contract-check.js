#!/usr/bin/env node
/**
 * Partners rely on schema/public.graphql. Nothing reaches them unreviewed: this check compares it
 * with the accepted contract, schema/public.accepted.graphql, and fails on any difference. A change
 * that breaks it (a field removed, a type changed, an argument made required...) must also say why.
 *   node schema/contract-check.js                   check (CI)
 *   node schema/contract-check.js --accept "why"    accept the current contract, recording why in
 *                                                   schema/CONTRACT-CHANGES.md
 * Additions (a newly public field, say) need --accept too, without a reason: they break nobody,
 * but someone should have looked at what partners will now see.
 */
const fs = require("node:fs");
const path = require("node:path");
const { buildSchema, findBreakingChanges, isEnumType, isInputObjectType, isInterfaceType, isObjectType } = require("graphql");

const current = path.join(__dirname, "public.graphql");
const accepted = path.join(__dirname, "public.accepted.graphql");
const changelog = path.join(__dirname, "CONTRACT-CHANGES.md");

/** Every `Type.field` (and enum value, input field) of an SDL, to tell additions apart. */
function elements(sdl) {
  const names = new Set();
  for (const type of Object.values(buildSchema(sdl).getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    names.add(type.name);
    const members =
      isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.keys(type.getFields()) : isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    for (const member of members) names.add(`${type.name}.${member}`);
  }
  return names;
}

/** What a partner would newly see going from the accepted contract's SDL to the current one. */
function additionsBetween(acceptedSdl, currentSdl) {
  const before = elements(acceptedSdl);
  return [...elements(currentSdl)].filter((name) => !before.has(name)).sort();
}

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
      process.stderr.write('contract: say why the partner contract breaks: --accept "reason"\n');
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
    const acceptedSdl = fs.readFileSync(accepted, "utf8");
    const currentSdl = fs.readFileSync(current, "utf8");
    if (!changes.length && acceptedSdl !== currentSdl) {
      const added = additionsBetween(acceptedSdl, currentSdl);
      process.stderr.write(
        [
          "contract: schema/public.graphql differs from the accepted partner contract (nothing breaks).",
          ...(added.length ? ["Partners would newly see:", ...added.map((name) => `  + ${name}`)] : ["(descriptions or order changed)"]),
          "If that is intended, run: node schema/contract-check.js --accept and commit the result.",
          "",
        ].join("\n"),
      );
      process.exit(1);
    }
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

module.exports = { additionsBetween, breakingChangesBetween };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`contract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
