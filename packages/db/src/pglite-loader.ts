import * as fs from "node:fs";
import * as path from "node:path";
import type { PGlite as PGliteClass, PGliteOptions } from "@electric-sql/pglite";
import type { PrismaPGlite as PrismaPGliteClass } from "pglite-prisma-adapter";

export interface PgliteModules {
  PGlite: typeof PGliteClass;
  PrismaPGlite: typeof PrismaPGliteClass;
  /**
   * PGlite's Wasm modules and file-system bundle, read and compiled once per process (per test
   * file under jest) and handed to every PGlite.create(): about 0.2 s less per instance.
   */
  assets: Required<Pick<PGliteOptions, "pgliteWasmModule" | "initdbWasmModule" | "fsBundle">>;
}

let loaded: Promise<PgliteModules> | undefined;

/**
 * PGlite and its Prisma adapter. In plain Node they are ordinary require()s. Inside jest they are
 * not usable as such: PGlite's CommonJS build calls import("node:module") and import("fs/promises")
 * every time an instance starts, and jest's vm sandbox rejects dynamic import() unless Node runs
 * with --experimental-vm-modules. There both packages are evaluated in the test's realm with
 * those imports (of Node built-ins only) turned into require(); the adapter gets that same PGlite,
 * so its `instanceof DatabaseError` checks still hold.
 */
export function pgliteModules(): Promise<PgliteModules> {
  loaded ??= (async () => {
    const assets = await loadAssets();
    if (await dynamicImportWorks()) {
      return {
        PGlite: (require("@electric-sql/pglite") as { PGlite: typeof PGliteClass }).PGlite,
        PrismaPGlite: (require("pglite-prisma-adapter") as { PrismaPGlite: typeof PrismaPGliteClass }).PrismaPGlite,
        assets,
      };
    }
    const pglite = evaluateCommonJs(require.resolve("@electric-sql/pglite"), {}, importsOfBuiltinsAsRequire);
    const adapter = evaluateCommonJs(require.resolve("pglite-prisma-adapter"), { "@electric-sql/pglite": pglite });
    return {
      PGlite: (pglite as { PGlite: typeof PGliteClass }).PGlite,
      PrismaPGlite: (adapter as { PrismaPGlite: typeof PrismaPGliteClass }).PrismaPGlite,
      assets,
    };
  })();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

async function loadAssets(): Promise<PgliteModules["assets"]> {
  const dist = path.dirname(require.resolve("@electric-sql/pglite"));
  type Module = PgliteModules["assets"]["pgliteWasmModule"];
  const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<Module> } }).WebAssembly;
  const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
    wasm.compile(fs.readFileSync(path.join(dist, "pglite.wasm"))),
    wasm.compile(fs.readFileSync(path.join(dist, "initdb.wasm"))),
  ]);
  return { pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([fs.readFileSync(path.join(dist, "pglite.data"))]) };
}

async function dynamicImportWorks(): Promise<boolean> {
  try {
    // A real import() (TypeScript would compile a literal one to require()).
    await (new Function('return import("node:path")') as () => Promise<unknown>)();
    return true;
  } catch {
    return false;
  }
}

const DYNAMIC_IMPORT = /(?<![\w$.])import\((["'][^"']+["'])\)/g;

function importsOfBuiltinsAsRequire(source: string, file: string): string {
  const rewritten = source.replace(DYNAMIC_IMPORT, (_match, specifier: string) => {
    const name = JSON.parse(specifier.replace(/^'|'$/g, '"')) as string;
    if (!require("node:module").isBuiltin(name)) {
      throw new Error(`${file} imports ${name} dynamically: only Node built-ins are expected; update src/pglite-loader.ts`);
    }
    return `__importBuiltin(${specifier})`;
  });
  if (/(?<![\w$.])import\(/.test(rewritten)) {
    throw new Error(`${file} has a dynamic import this loader cannot rewrite; update src/pglite-loader.ts`);
  }
  return rewritten;
}

/** Runs a CommonJS file as Node would, with some of its requires answered by `overrides`. */
function evaluateCommonJs(file: string, overrides: Record<string, unknown>, transform: (source: string, file: string) => string = (source) => source): unknown {
  const dir = path.dirname(file);
  const localRequire = (id: string): unknown => (id in overrides ? overrides[id] : require(require("node:module").isBuiltin(id) ? id : require.resolve(id, { paths: [dir] })));
  const module = { exports: {} as unknown };
  const body = new Function("exports", "require", "module", "__filename", "__dirname", "__importBuiltin", transform(fs.readFileSync(file, "utf8"), file));
  body(module.exports, localRequire, module, file, dir, (id: string) => Promise.resolve().then(() => localRequire(id)));
  return module.exports;
}
