import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { pgliteModules } from "./pglite-loader";

/**
 * Opens an embedded PGlite: in memory when `dataDir` is undefined, else persisted in `dataDir`.
 * A new database starts from a copy of an empty cluster made once (initdb costs about 2.5 s,
 * loading the copy about 0.6 s); `loadDataDir` starts it from another copy instead.
 */
export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  let release = () => {};
  let exists = false;
  if (dataDir !== undefined) {
    // PGlite creates its own folder but not a missing parent.
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    release = lockDataDir(dataDir);
    exists = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  }
  try {
    const seed = exists ? undefined : (loadDataDir ?? (await emptyCluster()));
    const { PGlite, assets } = await pgliteModules();
    const db = await PGlite.create({ ...assets, dataDir, loadDataDir: seed });
    const close = db.close.bind(db);
    db.close = async () => {
      try {
        await close();
      } finally {
        release();
      }
    };
    return db;
  } catch (error) {
    release();
    const where = dataDir === undefined ? "in memory" : `in ${dataDir}`;
    throw new Error(`Cannot open PGlite ${where}: ${(error as Error).message}`, { cause: error });
  }
}

const heldLocks = new Set<string>();

/**
 * PGlite opens a folder another process (or this one) has open without complaint, and two
 * PostgreSQL instances on one folder corrupt it. A `<dir>.lock` file holding the owner's pid
 * refuses the second opener; a lock whose process has died is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  const mine = String(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, mine, { flag: "wx" });
      heldLocks.add(lockFile);
      return () => {
        heldLocks.delete(lockFile);
        try {
          if (fs.readFileSync(lockFile, "utf8") === mine) fs.unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8").trim());
      const inUse = owner === process.pid ? heldLocks.has(lockFile) : isAlive(owner);
      if (inUse) {
        throw new Error(`PGlite folder ${dataDir} is open in process ${owner}; PGlite allows one process at a time (stop that process, or use another DATABASE_URL)`);
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Cannot lock PGlite folder ${dataDir}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The folder for caches shared by processes on this machine (templates, the empty cluster). */
export function cacheDir(): string {
  const dir = path.join(os.tmpdir(), `coopgraph-db-${os.userInfo().uid}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes a cache file so that a concurrent reader sees either nothing or the whole file. */
export function writeFileAtomic(file: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

let emptyClusterMemo: Promise<Blob> | undefined;

/** A dump of a freshly initialised PGlite cluster, cached in memory and on disk per PGlite version. */
function emptyCluster(): Promise<Blob> {
  emptyClusterMemo ??= (async () => {
    const file = path.join(cacheDir(), `pglite-${pgliteVersion()}-empty.tar`);
    try {
      return new Blob([fs.readFileSync(file)]);
    } catch {
      const { PGlite, assets } = await pgliteModules();
      const db = await PGlite.create({ ...assets });
      try {
        const dump = await db.dumpDataDir("none");
        const bytes = new Uint8Array(await dump.arrayBuffer());
        writeFileAtomic(file, bytes);
        return new Blob([bytes]);
      } finally {
        await db.close();
      }
    }
  })().catch((error) => {
    emptyClusterMemo = undefined;
    throw error;
  });
  return emptyClusterMemo;
}

export function pgliteVersion(): string {
  return packageVersion("@electric-sql/pglite");
}

/** The installed version of a dependency (read from its package.json, which `exports` may hide). */
export function packageVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the package.json of ${name}`);
    dir = parent;
  }
}
