import * as fs from "node:fs";
import * as path from "node:path";
import * as timers from "node:timers";
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Prisma's schema engine compiled to Wasm (`@prisma/schema-engine-wasm`, the build that matches
 * Prisma 7.10.0): the same migration logic, `_prisma_migrations` table and migration folders as
 * the native CLI, talking to the database through a driver adapter instead of its own drivers.
 */

export interface MigrationFile {
  path: string;
  content: { tag: "ok"; value: string } | { tag: "error"; value: string };
}

export interface MigrationList {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: Array<{ path: string; migrationFile: MigrationFile }>;
}

export interface SchemaFilter {
  externalTables: string[];
  externalEnums: string[];
}

export type HistoryDiagnostic =
  | { diagnostic: "databaseIsBehind"; unappliedMigrationNames: string[] }
  | { diagnostic: "migrationsDirectoryIsBehind"; unpersistedMigrationNames: string[] }
  | {
      diagnostic: "historiesDiverge";
      lastCommonMigrationName: string | null;
      unpersistedMigrationNames: string[];
      unappliedMigrationNames: string[];
    };

type SchemaFiles = { files: Array<{ path: string; content: string }> };

export type DiffTarget = { tag: "empty" } | ({ tag: "schemaDatamodel" } & SchemaFiles) | ({ tag: "migrations" } & MigrationList);

/** The subset of the engine's API this package uses (see schema_engine.d.ts in the package). */
export interface SchemaEngine {
  applyMigrations(input: { migrationsList: MigrationList; filters: SchemaFilter }): Promise<{
    appliedMigrationNames: string[];
  }>;
  diagnoseMigrationHistory(input: { migrationsList: MigrationList; optInToShadowDatabase: boolean; filters: SchemaFilter }): Promise<{
    editedMigrationNames: string[];
    failedMigrationNames: string[];
    hasMigrationsTable: boolean;
    history: HistoryDiagnostic | null;
  }>;
  devDiagnostic(input: { migrationsList: MigrationList; filters: SchemaFilter }): Promise<{
    action: { tag: "reset"; reason: string } | { tag: "createMigration" };
  }>;
  diff(params: { from: DiffTarget; to: DiffTarget; script: boolean; exitCode: boolean | null; filters: SchemaFilter }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

interface EngineModule {
  SchemaEngine: { new: (options: { datamodels: undefined }, log: (line: string) => void, adapter: object) => Promise<SchemaEngine> };
  version(): string;
}

/** The WebAssembly global (its types come with the DOM lib, which this package does not load). */
interface WasmModule {
  readonly __brand: "WebAssembly.Module";
}
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: object): Promise<{ exports: Record<string, unknown> }>;
  Module: { imports(module: WasmModule): Array<{ module: string; name: string; kind: string }> };
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

const GLUE = "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Loads the engine once per process. The package is ESM only: plain Node (20.19+) require()s it;
 * jest's module system cannot (ERR_REQUIRE_ESM on Node < 24.9), so there the wasm-bindgen glue,
 * which consists only of top-level `export function`/`export class` declarations, is evaluated
 * as a function in the test's own realm.
 */
function loadEngineModule(): Promise<EngineModule> {
  // In plain Node the glue is one module instance per process, whoever loads it: keep one engine.
  const key = Symbol.for("@coopgraph/db.schemaEngineWasm");
  const holder = globalThis as unknown as Record<symbol, Promise<EngineModule> | undefined>;
  let glue: Record<string, unknown>;
  let native = true;
  try {
    glue = require(GLUE) as Record<string, unknown>;
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_REQUIRE_ESM") throw error;
    native = false;
    glue = evaluateGlue(require.resolve(GLUE));
  }
  if (!native) return instantiate(glue);
  holder[key] ??= instantiate(glue);
  return holder[key];
}

let evaluated: Promise<EngineModule> | undefined;

function evaluateGlue(file: string): Record<string, unknown> {
  const source = fs.readFileSync(file, "utf8");
  const names: string[] = [];
  const body = source.replace(/^export (function|class) ([\w$]+)/gm, (_match, kind: string, name: string) => {
    names.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*(export|import)\b/m.test(body) || !names.includes("SchemaEngine") || !names.includes("__wbg_set_wasm")) {
    throw new Error(`${file} is not the wasm-bindgen glue this loader knows: update packages/db/src/engine.ts`);
  }
  const factory = new Function("module", `"use strict";\n${body}\nreturn { ${names.join(", ")} };`);
  return factory({ require }) as Record<string, unknown>;
}

async function instantiate(glue: Record<string, unknown>): Promise<EngineModule> {
  const wasmFile = path.join(path.dirname(require.resolve(GLUE)), "schema_engine_bg.wasm");
  const wasmModule = await wasmApi.compile(fs.readFileSync(wasmFile));
  const imports: Record<string, Record<string, unknown>> = {};
  for (const { module, name } of wasmApi.Module.imports(wasmModule)) {
    const value = name.startsWith("__wbg_setTimeout_") ? unrefSetTimeout : glue[name];
    if (value === undefined) throw new Error(`The schema engine glue does not provide the import ${name}`);
    imports[module] ??= {};
    imports[module][name] = value;
  }
  const instance = await wasmApi.instantiate(wasmModule, imports);
  (glue.__wbg_set_wasm as (exports: Record<string, unknown>) => void)(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue as unknown as EngineModule;
}

/**
 * The engine arms a 10 s timer (its advisory-lock timeout) and never clears it: left referenced,
 * it keeps a CLI or a test process alive. Node's own timers also escape jest's fake timers.
 */
function unrefSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = timers.setTimeout(callback, ms >>> 0);
  timer.unref();
  return timer;
}

function engineModule(): Promise<EngineModule> {
  if (evaluated) return evaluated;
  const loading = loadEngineModule();
  evaluated = loading.catch((error) => {
    evaluated = undefined;
    throw error;
  });
  return evaluated;
}

export async function engineVersion(): Promise<string> {
  return (await engineModule()).version();
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` with a schema engine connected through `factory`, one engine at a time per process.
 * Afterwards it frees the engine and disposes every adapter the engine opened (free() does not).
 * The factory's own connection stays open: it belongs to the caller.
 */
export function withSchemaEngine<T>(factory: SqlMigrationAwareDriverAdapterFactory, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const { SchemaEngine } = await engineModule();
    const opened: SqlDriverAdapter[] = [];
    const tracking: SqlMigrationAwareDriverAdapterFactory = {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => track(await factory.connect()),
      connectToShadowDb: async () => track(await factory.connectToShadowDb()),
    };
    const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
      let disposed = false;
      const entry: SqlDriverAdapter = {
        ...adapter,
        provider: adapter.provider,
        adapterName: adapter.adapterName,
        queryRaw: (q) => adapter.queryRaw(q),
        executeRaw: (q) => adapter.executeRaw(q),
        executeScript: (s) => adapter.executeScript(s),
        startTransaction: (i) => adapter.startTransaction(i),
        getConnectionInfo: adapter.getConnectionInfo && (() => adapter.getConnectionInfo!()),
        dispose: async () => {
          if (disposed) return;
          disposed = true;
          await adapter.dispose();
        },
      };
      opened.push(entry);
      return entry;
    };
    const bound = bindMigrationAwareSqlAdapterFactory(tracking);
    let engine: SchemaEngine | undefined;
    try {
      engine = await SchemaEngine.new({ datamodels: undefined }, engineLog, bound);
      return await work(engine);
    } catch (error) {
      throw engineError(error, bound.errorRegistry);
    } finally {
      engine?.free();
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    }
  });
  queue = run.catch(() => {});
  return run;
}

function engineLog(line: string): void {
  if (process.env.COOPGRAPH_DB_DEBUG) process.stderr.write(`[schema-engine] ${line.trim()}\n`);
}

/**
 * Engine errors carry a Rust span trace after the message: keep the message. A JavaScript error
 * thrown by the adapter reaches the engine only as "External error id#N": put it back.
 */
function engineError(error: unknown, registry: ErrorRegistry): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const external = /External error id#(\d+)/.exec(error.message);
  const original = external ? registry.consumeError(Number(external[1]))?.error : undefined;
  if (original instanceof Error) return original;
  const message = error.message.split(/\n\s+0: /)[0]!.trim();
  if (message === error.message) return error;
  const clean = new Error(message, { cause: error });
  clean.name = error.name;
  return clean;
}
