import { composeServices } from "@apollo/composition";
import type { Subgraph } from "@coopgraph/kit";
import { type RegistryEntry, readRegistry, registryPath } from "@coopgraph/kit";
import { startPlatform } from "@coopgraph/testing";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parse } from "graphql";

const { namesOf, printRegistry, renderTemplate, withEntry } = require("../scripts/new-subgraph.js") as {
  namesOf(name: string): { name: string; Name: string; camel: string };
  printRegistry(registry: RegistryEntry[]): string;
  renderTemplate(name: string, target: string): string[];
  withEntry(registry: RegistryEntry[], name: string): RegistryEntry[];
};

const root = path.join(__dirname, "..");
const name = `tpl-${process.pid.toString(36)}`;
// Beside subgraphs/ at the same depth, so that the template's ../../ paths and its imports resolve;
// under .data/, which git ignores.
const dir = path.join(root, ".data", name);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run new:subgraph", () => {
  it("names a subgraph's types and fields after it, and gives it the next free port", () => {
    expect(namesOf("purchasing-groups")).toEqual({ name: "purchasing-groups", Name: "PurchasingGroups", camel: "purchasingGroups" });
    const registry = readRegistry();
    const next = withEntry(registry, "demo").at(-1);
    expect(next).toEqual({ name: "demo", package: "@coopgraph/demo", port: Math.max(...registry.map((e) => e.port)) + 1, database: "demo" });
    expect(() => withEntry(registry, registry[0].name)).toThrow("already in subgraphs/registry.json");
    // It writes the registry as it is written by hand: one line per subgraph.
    expect(printRegistry(registry)).toBe(fs.readFileSync(registryPath, "utf8"));
  });

  it("writes a subgraph that compiles, migrates, composes with the others and answers", async () => {
    const files = renderTemplate(name, dir);
    expect(files).toEqual([
      "package.json",
      "prisma/schema.prisma",
      "src/app.ts",
      "src/context.ts",
      "src/db.ts",
      "src/index.ts",
      "src/item/item.commands.ts",
      "src/item/item.loaders.ts",
      "src/item/item.resolver.ts",
      "src/item/item.type.ts",
      "src/seed.ts",
      `test/${name}.e2e.test.ts`,
      "tsconfig.build.json",
    ]);
    const cli = path.join(root, "packages", "db", "dist", "cli.js");
    execFileSync(process.execPath, [cli, "generate"], { cwd: dir, stdio: "pipe" });
    execFileSync(process.execPath, [cli, "dev", "--create-only", "--name", "init"], { cwd: dir, stdio: "pipe" });
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "--noEmit", "-p", path.join(dir, "tsconfig.build.json")], { cwd: root, stdio: "pipe" });

    const { subgraph } = require(path.join(dir, "src", "app.ts")) as { subgraph: Subgraph<any> };
    const { sdl } = await subgraph.schema();
    const others = readRegistry().map((entry) => ({
      name: entry.name,
      url: `http://localhost:${entry.port}/graphql`,
      typeDefs: parse(fs.readFileSync(path.join(root, "schema", "subgraphs", `${entry.name}.graphql`), "utf8")),
    }));
    const composed = composeServices([...others, { name, url: "http://localhost:1/graphql", typeDefs: parse(sdl) }]);
    expect(composed.errors).toBeUndefined();

    // The committed supergraph does not know it: asked straight, as the gateway would ask it.
    const platform = await startPlatform([subgraph]);
    try {
      const { Name, camel } = namesOf(name);
      const created = await platform.query(`mutation { create${Name}Item(input: { name: "First" }) { name } }`, {}, { role: "ADMIN" }, { subgraph: name });
      expect(created.data).toEqual({ [`create${Name}Item`]: { name: "First" } });
      const listed = await platform.query(`{ ${camel}Items { totalCount nodes { name } } }`, {}, { role: "ANALYST" }, { subgraph: name });
      expect(listed.data).toEqual({ [`${camel}Items`]: { totalCount: 1, nodes: [{ name: "First" }] } });
    } finally {
      await platform.stop();
    }
  });
});
